import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien judge`: the jury.
  struct JudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "judge", abstract: CLIHelp.t(.manageJury2),
      subcommands: [Add.self, Import.self, List.self, Update.self, Remove.self, Reinstate.self])
  }
}

extension SangKienCommand.JudgeCommand {
  /// `sangkien judge add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: CLIHelp.t(.addJudge2))
    @Option(help: ArgumentHelp(CLIHelp.t(.shortIdUsed))) var id: String
    @Option(help: ArgumentHelp(CLIHelp.t(.fullName2))) var name: String
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesUnitConflicts)))
    var unit: String = ""
    @Option(
      name: .customLong("field"),
      help: ArgumentHelp(CLIHelp.t(.fieldExpertiseRepeat)))
    var fields: [String] = []
    @Option(help: ArgumentHelp(CLIHelp.t(.chairMember2))) var role: String = "member"
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesPostCh)))
    var title: String = ""
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesEmail))) var email: String = ""
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesPhone))) var phone: String = ""
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge add", style: .usage)) { cli in
        let judge = try cli.workflow.addJudge(
          JudgeInput(
            id: id, name: name, unit: unit, fields: fields, role: role, title: title,
            email: email, phone: phone),
          by: cli.person)
        Console.current.line(CLIText.addedJudge(judge))
      }
    }
  }

  /// `sangkien judge import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: CLIHelp.t(.addJudgesCsv))
    @Argument(
      help: ArgumentHelp(
        CLIHelp.t(.judgesFileCsv), valueName: "file"))
    var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var sheet: SheetOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge import")) { cli in
        let result = try cli.workflow.importJudges(
          .path(file), encoding: encoding.encoding, sheet: sheet.sheet, by: cli.person)
        Output.warnings(result.warnings, source: file)
        Console.current.line(CLIText.addedJudges(result.judges.count, from: file))
      }
    }
  }

  /// `sangkien judge list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: CLIHelp.t(.listJudges2))
    @Flag(help: ArgumentHelp(CLIHelp.t(.includeJudgesRemoved)))
    var all = false
    @Option(help: ArgumentHelp(CLIHelp.t(.tableCsvJsonMdXlsx))) var format: OutputFormat = .table
    @OptionGroup var file: OutOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge list")) { cli in
        let judges = try cli.workflow.judges(includeRemoved: all, by: cli.person)
        try Output.list(
          JudgeListDocument(judges), format: format, out: file.out,
          layout: .init(flexible: [1: 1, 2: 1, 3: 1, 4: 1]))
      }
    }
  }

  /// `sangkien judge update ID …`.
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: CLIHelp.t(.changeJudgesName))
    @Argument(help: ArgumentHelp(CLIHelp.t(.judgesId2), valueName: "id")) var id: String
    @Option(help: ArgumentHelp(CLIHelp.t(.fullName2))) var name: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesUnitConflicts)))
    var unit: String?
    @Option(
      name: .customLong("field"),
      help: ArgumentHelp(CLIHelp.t(.fieldExpertiseRepeatReplaces)))
    var fields: [String] = []
    @Option(help: ArgumentHelp(CLIHelp.t(.chairMember2))) var role: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesPostChC))) var title: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesEmail))) var email: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesPhone))) var phone: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge update", style: .usage)) { cli in
        let update = try cli.workflow.updateJudge(
          id: id,
          changes: JudgeChanges(
            name: name, unit: unit, fields: fields.isEmpty ? nil : fields, role: role, title: title,
            email: email, phone: phone),
          by: cli.person)
        for line in CLIText.judgeUpdated(update) { Console.current.line(line) }
      }
    }
  }

  /// `sangkien judge remove ID`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove",
      abstract: CLIHelp.t(.removeJudgeTheir))
    @Argument(help: ArgumentHelp(CLIHelp.t(.judgesId2), valueName: "id")) var id: String
    @Flag(
      name: .customLong("drop-scores"),
      help: ArgumentHelp(CLIHelp.t(.deleteSheetsJudge)))
    var dropScores = false
    @Option(help: ArgumentHelp(CLIHelp.t(.whyKeptAudit))) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge remove")) { cli in
        let result = try cli.workflow.removeJudge(
          id: id, dropScores: dropScores, reason: reason, by: cli.person)
        for line in CLIText.removedJudge(id, result) { Console.current.line(line) }
      }
    }
  }

  /// `sangkien judge reinstate ID --reason …`.
  struct Reinstate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reinstate",
      abstract: CLIHelp.t(.putRemovedJudge),
      discussion: Language.text(
        vi: "Phân công không được trả lại: 'sangkien assign repair' đề xuất lại các chỗ trống.",
        en: "Assignments are not given back: 'sangkien assign repair' offers the free places."))
    @Argument(help: ArgumentHelp(CLIHelp.t(.judgesId2), valueName: "id")) var id: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyKeptAudit))) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge reinstate")) { cli in
        let judge = try cli.workflow.reinstateJudge(id: id, reason: reason, by: cli.person)
        Console.current.line(CLIText.reinstatedJudge(judge))
      }
    }
  }
}
