import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien prizes`.
  struct PrizesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "prizes",
      abstract: CLIHelp.t(.allocatePrizesRecord),
      subcommands: [Show.self, Decide.self], defaultSubcommand: Show.self)
  }
}

extension SangKienCommand.PrizesCommand {
  /// `sangkien prizes [show]`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: CLIHelp.t(.allocatePrizesPrize))
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "prizes")) { cli in
        let prizes = try cli.workflow.prizes(round: report.round, by: cli.person)
        try Output.list(
          prizes, format: report.format, out: report.out,
          layout: .init(flexible: [3: 2, 6: 1], rightAligned: [4, 5]))
      }
    }
  }

  /// `sangkien prizes decide --group G --prize NAME --award CODE… --reason …`.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "decide",
      abstract: CLIHelp.t(.recordJurysDecision),
      discussion: Language.text(
        vi: """
          Chỉ dành cho giải còn chờ vì các sáng kiến bằng điểm ở chỗ cuối của giải; các sáng \
          kiến được trao phải nằm trong số bằng điểm, đúng bằng số chỗ.
          """,
        en: """
          Only for places pending because entries tie on the prize's last place; the entries \
          awarded must be among the tied ones, as many as there are places.
          """))
    @Option(help: ArgumentHelp(CLIHelp.t(.prizeGroupE))) var group: String
    @Option(help: ArgumentHelp(CLIHelp.t(.prizesNameContest))) var prize: String
    @Option(
      parsing: .upToNextOption,
      help: ArgumentHelp(CLIHelp.t(.entriesJuryGives)))
    var award: [String]
    @Option(help: ArgumentHelp(CLIHelp.t(.jurysReasonRequired))) var reason: String
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "prizes decide", style: .usage)) { cli in
        let prizes = try cli.workflow.decidePrize(
          round: round.round, group: group, prize: prize, award: award, reason: reason,
          by: cli.person)
        Console.current.line(CLIText.decided(prize, group: group, award: award))
        try Output.list(
          prizes, format: .table, layout: .init(flexible: [3: 2, 6: 1], rightAligned: [4, 5]))
      }
    }
  }
}
