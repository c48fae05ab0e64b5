import ArgumentParser
import SangKienInterchange
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien prizes`.
  struct PrizesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "prizes", abstract: "Allocate the prizes from the prize round's ranking.")
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "prizes")) { cli in
        let prizes = try cli.workflow.prizes(round: report.round, by: cli.person)
        Output.list(
          prizes, format: report.format,
          layout: .init(flexible: [3: 2, 6: 1], rightAligned: [4, 5]))
      }
    }
  }
}
