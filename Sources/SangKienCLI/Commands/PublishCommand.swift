import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

extension SangKienCommand {
  /// `sangkien publish --round R --out DIR`.
  struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "publish",
      abstract:
        "Write the round's result: ranking.html (A4), ranking.csv, ranking.json, prizes.csv.",
      discussion: "Published in Vietnamese unless --lang en.")
    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir")) var out: String
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.organiser, command: "publish")
        let context = try RoundContext.load(db, round: round.round)
        let files = try Publisher.publish(context, database: db, to: out)
        for file in files { Console.current.line(file) }
      }
    }
  }
}

/// Writing a round's published files.
enum Publisher {
  /// Writes the four files into `folder` (created if needed); returns their paths.
  static func publish(_ context: RoundContext, database: ContestDatabase, to folder: String) throws
    -> [String]
  {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw InterchangeError.cannotWrite(path: folder)
    }
    let now = Console.current.now()
    let timestamp = AuditContext.format(now)
    let day = Day(parsing: String(timestamp.prefix(10))) ?? context.contest.deadline
    let head = try database.auditHead()
    let plain = context.ranking()
    let (ranking, outcomes) = RankingService.withPrizes(plain, context)
    let document = RankingDocument(
      contest: context.contest.id, ranking: ranking, generatedAt: timestamp, auditHead: head)
    let stats = RoundStatistics.compute(
      context, plain: plain, ranked: ranking, replicates: 0, seed: 1)
    let judgesWhoScored = Set(context.sheets.map(\.judge))
    let panel = context.judges.values.filter { judgesWhoScored.contains($0.id) }
      .sorted { ($0.role == .chair ? 0 : 1, $0.id) < ($1.role == .chair ? 0 : 1, $1.id) }
      .map { ResultReport.PanelMember(id: $0.id, name: $0.name, unit: $0.unit, role: $0.role) }
    let report = ResultReport(
      contest: context.contest, round: context.round, ranking: ranking, panel: panel,
      judgeTotals: stats.profiles.map { ($0.judge, $0.totals) },
      reliability:
        "\(stats.reliability.name) = \(stats.reliability.value.map { NumberFormat.format($0, places: 2) } ?? "–"): \(stats.reliability.meaning).",
      day: day, auditHead: head,
      maximum: NSDecimalNumber(decimal: context.rubric.total).doubleValue)
    var written: [String] = []
    func write(_ name: String, _ bytes: [UInt8]) throws {
      let path = (folder as NSString).appendingPathComponent(name)
      try EntryOutput.write(bytes, to: path)
      written.append(path)
    }
    try write("ranking.html", Array(try report.html().utf8))
    var csv: [UInt8] = []
    var writer = CSVWriter { csv += $0 }
    writer.write(RankingDocument.csvHeader)
    for row in document.csvRows { writer.write(row) }
    writer.flush()
    try write("ranking.csv", csv)
    try write("ranking.json", Array(document.json.prettyText.utf8))
    if context.contest.prizes?.round == context.round.id {
      var prizes: [UInt8] = []
      var prizeWriter = CSVWriter { prizes += $0 }
      prizeWriter.write(PrizeTable.csvHeader)
      for row in PrizeTable.rows(outcomes, titles: context.entries.mapValues(\.draft.title)) {
        prizeWriter.write(row)
      }
      prizeWriter.flush()
      try write("prizes.csv", prizes)
    }
    return written
  }
}
