import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien conflict`: conflicts of interest.
  struct ConflictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "conflict",
      abstract: CLIHelp.t(.declareListDismiss),
      discussion: Language.text(
        vi: """
          Tự phát hiện: giám khảo cùng đơn vị với sáng kiến hoặc với một tác giả, \
          hoặc chính là tác giả (so không phân biệt hoa thường và dấu). Giám khảo không bao giờ \
          được phân, được xem hay được chấm sáng kiến có xung đột lợi ích với mình.
          """,
        en: """
          Detected automatically: a judge whose unit is the entry's unit or an author's unit, \
          or who is an author (compared without case and accents). A judge never gets, sees \
          or scores an entry they conflict with.
          """),
      subcommands: [Add.self, List.self, Dismiss.self])
  }
}

extension SangKienCommand.ConflictCommand {
  /// `sangkien conflict add JUDGE ENTRY --reason …`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: CLIHelp.t(.declareConflictInterest))
    @Argument(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyRequiredRecorded))) var reason: String
    @Option(help: ArgumentHelp(CLIHelp.t(.declareRoundOnly)))
    var round: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "conflict add", style: .usage)) { cli in
        let result = try cli.workflow.declareConflict(
          judge: judge, entry: entry, reason: reason, round: round, by: cli.person)
        Console.current.line(CLIText.conflictRecorded(judge, entry))
        if result.removedAssignments > 0 {
          Console.current.line(CLIText.assignmentsRemoved(result.removedAssignments))
        }
        for key in result.setAside { Console.current.line(CLIText.sheetSetAsideByConflict(key)) }
      }
    }
  }

  /// `sangkien conflict list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: CLIHelp.t(.listConflictsInterest))
    @Flag(help: ArgumentHelp(CLIHelp.t(.includeDismissedOnes))) var all = false
    @Option(help: ArgumentHelp(CLIHelp.t(.tableCsvJsonMd))) var format: OutputFormat =
      .table
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "conflict list")) { cli in
        let records = try cli.workflow.conflicts(includeDismissed: all, by: cli.person)
        try Output.list(
          ConflictDocument(records), format: format, layout: .init(flexible: [3: 1, 4: 1]))
      }
    }
  }

  /// `sangkien conflict dismiss JUDGE ENTRY --reason …`.
  struct Dismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dismiss",
      abstract: CLIHelp.t(.dismissDetectedConflict)
    )
    @Argument(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyDoesNot)))
    var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "conflict dismiss", style: .usage)) { cli in
        try cli.workflow.dismissConflict(judge: judge, entry: entry, reason: reason, by: cli.person)
        Console.current.line(CLIText.conflictDismissed(judge, entry))
      }
    }
  }
}
