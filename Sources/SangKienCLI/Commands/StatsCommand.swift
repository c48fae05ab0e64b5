import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien stats`.
  struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: CLIHelp.t(.judgeStatisticsInter),
      discussion: CLIHelp.t(.formatCsvWrites))
    @Option(help: ArgumentHelp(CLIHelp.t(.bootstrapResamplesPrize)))
    var replicates: Int = 1000
    @Option(help: ArgumentHelp(CLIHelp.t(.bootstrapsSeed2))) var seed: UInt64 = 1
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "stats")) { cli in
        let stats = try cli.workflow.statistics(
          round: report.round, replicates: replicates, seed: seed, by: cli.person)
        let document = StatisticsDocument(stats)
        switch report.format {
        case .json, .csv, .xlsx:
          try Output.list(document, format: report.format, out: report.out)
        case .table, .md:
          try StatsOutput.print(
            stats, document: document, format: report.format, replicates: replicates)
        }
      }
    }
  }
}

/// The statistics in words, under the judges' table.
enum StatsOutput {
  static func print(
    _ stats: RoundStatistics, document: StatisticsDocument, format: OutputFormat, replicates: Int
  ) throws {
    let console = Console.current
    console.line(CLIText.statsJudges(stats.round))
    try Output.list(document, format: format, layout: .init(rightAligned: [1, 2, 3, 4]))
    var lines = [CLIText.severityNote, ""]
    let two = StatisticsDocument.two
    lines.append(
      "\(stats.reliability.name) = \(two(stats.reliability.value)): \(stats.reliability.meaning).")
    if let w = stats.kendallW { lines.append(CLIText.kendall(two(w))) }
    if !stats.disagreements.isEmpty {
      lines += ["", CLIText.disagreements]
      for d in stats.disagreements {
        lines.append(
          "  \(d.code): "
            + d.totals.map { "\($0.judge) \(NumberFormat.shown($0.total.decimal))" }
            .joined(separator: ", "))
      }
    }
    if !stats.stability.isEmpty {
      lines += ["", CLIText.stability(replicates: replicates)]
      for s in stats.stability {
        lines.append("  \(s.code) \(s.prize): \(String(format: "%.0f", s.probability * 100))%")
      }
    }
    for line in lines { console.line(line) }
  }
}
