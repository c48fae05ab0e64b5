import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien judge`: the jury.
  struct JudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "judge", abstract: CLIHelp.t("Manage the jury."),
      subcommands: [Add.self, Import.self, List.self, Update.self, Remove.self, Reinstate.self])
  }
}

extension SangKienCommand.JudgeCommand {
  /// `sangkien judge add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: CLIHelp.t("Add a judge."))
    @Option(help: ArgumentHelp(CLIHelp.t("A short id used on sheets (e.g. gk01)."))) var id: String
    @Option(help: ArgumentHelp(CLIHelp.t("Full name."))) var name: String
    @Option(help: ArgumentHelp(CLIHelp.t("The judge's unit (for conflicts of interest).")))
    var unit: String = ""
    @Option(
      name: .customLong("field"),
      help: ArgumentHelp(CLIHelp.t("A field of expertise; repeat for each.")))
    var fields: [String] = []
    @Option(help: ArgumentHelp(CLIHelp.t("chair or member."))) var role: String = "member"
    @Option(help: ArgumentHelp(CLIHelp.t("The judge's post (chức vụ), e.g. \"Phó Giám đốc Sở\".")))
    var title: String = ""
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge add", style: .usage)) { cli in
        let judge = try cli.workflow.addJudge(
          JudgeInput(id: id, name: name, unit: unit, fields: fields, role: role, title: title),
          by: cli.person)
        Console.current.line(CLIText.addedJudge(judge))
      }
    }
  }

  /// `sangkien judge import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: CLIHelp.t(
        "Add the judges of a CSV file (id, name, unit, fields, role), all or none."))
    @Argument(
      help: ArgumentHelp(
        CLIHelp.t("The judges file: CSV or an Excel workbook (.xlsx)."), valueName: "file"))
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
      commandName: "list", abstract: CLIHelp.t("List the judges."))
    @Flag(help: ArgumentHelp(CLIHelp.t("Include judges removed but kept for their sheets.")))
    var all = false
    @Option(help: ArgumentHelp(CLIHelp.t("table, csv, json, md or xlsx (with --out)."))) var format:
      OutputFormat = .table
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
      abstract: CLIHelp.t(
        "Change a judge's name, unit, fields, role or post; conflicts are detected again."))
    @Argument(help: ArgumentHelp(CLIHelp.t("The judge's id."), valueName: "id")) var id: String
    @Option(help: ArgumentHelp(CLIHelp.t("Full name."))) var name: String?
    @Option(help: ArgumentHelp(CLIHelp.t("The judge's unit (for conflicts of interest).")))
    var unit: String?
    @Option(
      name: .customLong("field"),
      help: ArgumentHelp(CLIHelp.t("A field of expertise; repeat for each (replaces all).")))
    var fields: [String] = []
    @Option(help: ArgumentHelp(CLIHelp.t("chair or member."))) var role: String?
    @Option(help: ArgumentHelp(CLIHelp.t("The judge's post (chức vụ)."))) var title: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge update", style: .usage)) { cli in
        let update = try cli.workflow.updateJudge(
          id: id,
          changes: JudgeChanges(
            name: name, unit: unit, fields: fields.isEmpty ? nil : fields, role: role, title: title),
          by: cli.person)
        for line in CLIText.judgeUpdated(update) { Console.current.line(line) }
      }
    }
  }

  /// `sangkien judge remove ID`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove",
      abstract: CLIHelp.t("Remove a judge; their sheets stay unless --drop-scores."))
    @Argument(help: ArgumentHelp(CLIHelp.t("The judge's id."), valueName: "id")) var id: String
    @Flag(
      name: .customLong("drop-scores"),
      help: ArgumentHelp(CLIHelp.t("Delete the sheets the judge already scored.")))
    var dropScores = false
    @Option(help: ArgumentHelp(CLIHelp.t("Why (kept in the audit log)."))) var reason: String
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
      abstract: CLIHelp.t(
        "Put a removed judge back on the jury; they may be assigned and sign in again."),
      discussion: Language.text(
        vi: "Phân công không được trả lại: 'sangkien assign repair' đề xuất lại các chỗ trống.",
        en: "Assignments are not given back: 'sangkien assign repair' offers the free places."))
    @Argument(help: ArgumentHelp(CLIHelp.t("The judge's id."), valueName: "id")) var id: String
    @Option(help: ArgumentHelp(CLIHelp.t("Why (kept in the audit log)."))) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "judge reinstate")) { cli in
        let judge = try cli.workflow.reinstateJudge(id: id, reason: reason, by: cli.person)
        Console.current.line(CLIText.reinstatedJudge(judge))
      }
    }
  }
}
