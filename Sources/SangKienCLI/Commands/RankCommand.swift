import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

extension Aggregation: ExpressibleByArgument {}

extension SangKienCommand {
  /// `sangkien rank`.
  struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rank", abstract: "Rank a round's entries by their judges' scores.",
      discussion: """
        --method recomputes with another aggregation (mean, trimmed, median, zscore) so \
        organisers can compare. In the prize round, prizes are shown too.
        """)
    @Option(help: "Aggregate by this method instead of the round's.") var method: Aggregation?
    @Option(help: "Only entries of this category (ranks worked out among them).")
    var category: EntryCategory?
    @Option(help: "Only entries of this prize group (ranks worked out among them).") var group:
      String?
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.staff, command: "rank")
        let context = try RoundContext.load(db, round: round.round)
        if let group, !context.contest.groups.contains(where: { $0.name == group }) {
          throw ValidationError(
            "--group: \(context.contest.groups.map(\.name).joined(separator: ", "))")
        }
        var ranking = RankingService.ranking(context, method: method)
        let tieBreak = context.round.tieBreak
        if let category {
          ranking = ranking.keeping({ $0.entry.category == category }, tieBreak: tieBreak)
        }
        if let group { ranking = ranking.keeping({ $0.entry.group == group }, tieBreak: tieBreak) }
        let document = RankingDocument(
          contest: context.contest.id, ranking: ranking,
          generatedAt: AuditContext.format(Console.current.now()), auditHead: try db.auditHead())
        Output.table(
          headers: RankingDocument.tableHeaders, rows: document.tableRows,
          csvHeaders: RankingDocument.csvHeader, csvRows: document.csvRows, json: document.json,
          format: format, flexible: [2: 3, 5: 1], rightAligned: [0, 3, 4])
        if format == .table { RankingService.explainFlags(ranking) }
        Teardown.skip(ranking, document)
      }
    }
  }
}

/// Rankings with prizes filled in where the round gives them.
enum RankingService {
  /// The round's ranking; in the prize round, with each entry's prize and boundary flags.
  static func ranking(_ context: RoundContext, method: Aggregation? = nil) -> Ranking {
    withPrizes(context.ranking(method: method), context).ranking
  }

  /// `plain` with prizes and boundary flags filled in, and the prize outcomes themselves
  /// (none outside the prize round).
  static func withPrizes(_ plain: Ranking, _ context: RoundContext) -> (
    ranking: Ranking, outcomes: [PrizeOutcome]
  ) {
    var ranking = plain
    guard let rules = context.contest.prizes, rules.round == context.round.id else {
      return (ranking, [])
    }
    let outcomes = PrizeAllocator.allocate(
      ranking, rules: rules, groups: context.contest.groups, tieBreak: context.round.tieBreak)
    var byCode: [String: RankedEntry] = [:]
    for outcome in outcomes {
      for entry in outcome.ranking.entries { byCode[entry.entry.code] = entry }
    }
    for index in ranking.entries.indices {
      if let allocated = byCode[ranking.entries[index].entry.code] {
        ranking.entries[index].prize = allocated.prize
        ranking.entries[index].flags = allocated.flags
      }
    }
    return (ranking, outcomes)
  }

  /// Explains the flags that appear, under a table.
  static func explainFlags(_ ranking: Ranking) {
    let present = Set(ranking.entries.flatMap(\.flags)).sorted()
    guard !present.isEmpty else { return }
    let console = Console.current
    console.line()
    for flag in present {
      let count = ranking.entries.filter { $0.flags.contains(flag) }.count
      console.line("\(flag.label) (\(count)): \(flag.explanation)")
    }
  }
}
