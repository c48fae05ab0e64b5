import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien rank`.
  struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rank", abstract: CLIHelp.t(.rankRoundsEntries),
      discussion: Language.text(
        vi: "--method tính lại theo cách tổng hợp khác để ban tổ chức so sánh (giá trị: ",
        en: "--method recomputes with another aggregation so organisers can compare (values: ")
        + Aggregation.allCases.map { "\($0.rawValue) — \($0.label)" }.joined(separator: "; ")
        + Language.text(
          vi: "). Ở vòng trao giải, hiển thị cả giải.",
          en: "). In the prize round, prizes are shown too."))
    @Option(help: ArgumentHelp(CLIHelp.t(.aggregateMethodInstead)))
    var method: Aggregation?
    @Option(
      help: ArgumentHelp(CLIHelp.t(.onlyEntriesCategoryRanks)))
    var category: EntryCategory?
    @Option(
      help: ArgumentHelp(
        CLIHelp.t(.onlyEntriesPrize))) var group: String?
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "rank", style: .usage)) { cli in
        let result = try cli.workflow.rank(
          round: report.round,
          filter: RankingFilter(method: method, category: category, group: group),
          by: cli.person)
        // A command uses what it loaded to its end: the process frees it faster at exit.
        Teardown.skip(result)
        try Output.list(
          result.document, format: report.format, out: report.out,
          layout: .init(flexible: [2: 3, 5: 1], rightAligned: [0, 3, 4]))
        if report.format == .table { RankingOutput.explainFlags(result.ranking) }
      }
    }
  }
}

/// Rankings on the terminal.
enum RankingOutput {
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

  /// The first `top` entries of a ranking as a table.
  static func show(_ ranking: Ranking, top: Int) {
    let document = RankingDocument(contest: "", ranking: ranking, generatedAt: "", auditHead: "")
    Output.table(
      RankingDocument.tableColumns, Array(document.tableRows.prefix(top)),
      layout: .init(flexible: [2: 3, 5: 1], rightAligned: [0, 3, 4]))
  }
}
