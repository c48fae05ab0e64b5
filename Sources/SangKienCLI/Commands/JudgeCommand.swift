import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien judge`: the jury.
  struct JudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "judge", abstract: "Manage the jury.",
      subcommands: [Add.self, Import.self, List.self, Remove.self])
  }
}

extension SangKienCommand.JudgeCommand {
  /// `sangkien judge add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a judge.")
    @Option(help: "A short id used on sheets (e.g. gk01).") var id: String
    @Option(help: "Full name.") var name: String
    @Option(help: "The judge's unit (for conflicts of interest).") var unit: String = ""
    @Option(name: .customLong("field"), help: "A field of expertise; repeat for each.")
    var fields: [String] = []
    @Option(help: "chair or member.") var role: String = "member"
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let clean = { (text: String) in VietnameseText.clean(text) }
        guard EntryFields.isValidCode(id) else {
          throw ValidationError(
            Language.text(
              vi: "--id: chỉ gồm chữ Latin không dấu, chữ số, '-', '_', '.'",
              en: "--id: ASCII letters, digits, '-', '_' or '.' only"))
        }
        guard let judgeRole = JudgeRole(parsing: role) else {
          throw ValidationError(
            Language.text(vi: "--role: chair hoặc member", en: "--role: chair or member"))
        }
        guard !clean(name).isEmpty else {
          throw ValidationError(
            Language.text(vi: "--name không được để trống", en: "--name is empty"))
        }
        let judge = Judge(
          id: id, name: clean(name), unit: clean(unit), fields: fields.map(clean), role: judgeRole)
        try database.open(.secretariat, command: "judge add").addJudges(
          [judge], context: try database.context())
        Console.current.line(
          Language.text(
            vi: "Đã thêm giám khảo \(id): \(judge.name)", en: "Added judge \(id): \(judge.name)"))
      }
    }
  }

  /// `sangkien judge import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Add the judges of a CSV file (id, name, unit, fields, role), all or none.")
    @Argument(help: ArgumentHelp("The judges CSV.", valueName: "file")) var file: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let (judges, warnings) = try JudgeCSV.read(path: file)
        for warning in warnings { Console.current.warn(warning.description) }
        try database.open(.secretariat, command: "judge import").addJudges(
          judges, context: try database.context(), note: file)
        Console.current.line(
          Language.text(
            vi: "Đã thêm \(judges.count) giám khảo từ \(file).",
            en: "Added \(judges.count) judges from \(file)."))
      }
    }
  }

  /// `sangkien judge list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the judges.")
    @Flag(help: "Include judges removed but kept for their sheets.") var all = false
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let judges = try database.open(.staff, command: "judge list").judges(includeRemoved: all)
        let vi = Language.current == .vi
        let headers =
          vi
          ? ["Mã", "Họ và tên", "Đơn vị", "Lĩnh vực", "Vai trò"]
          : ["Id", "Name", "Unit", "Fields", "Role"]
        let rows = judges.map { j in
          [
            j.id, j.name, j.unit, j.fields.joined(separator: "; "),
            (vi ? (j.role == .chair ? "trưởng ban" : "thành viên") : j.role.rawValue)
              + (j.active ? "" : (vi ? " (đã rút)" : " (removed)")),
          ]
        }
        Output.table(
          headers: headers, rows: rows, csvHeaders: ["id", "name", "unit", "fields", "role"],
          csvRows: judges.map {
            [$0.id, $0.name, $0.unit, $0.fields.joined(separator: ";"), $0.role.rawValue]
          },
          json: .array(judges.map(\.jsonValue)), format: format, flexible: [1: 1, 2: 1, 3: 1])
      }
    }
  }

  /// `sangkien judge remove ID`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove",
      abstract: "Remove a judge; their sheets stay unless --drop-scores.")
    @Argument(help: ArgumentHelp("The judge's id.", valueName: "id")) var id: String
    @Flag(name: .customLong("drop-scores"), help: "Delete the sheets the judge already scored.")
    var dropScores = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let result = try database.open(.secretariat, command: "judge remove").removeJudge(
          id: id, dropScores: dropScores, context: try database.context())
        let console = Console.current
        if result.sheets > 0 && !result.droppedScores {
          console.line(
            Language.text(
              vi:
                "Đã rút giám khảo \(id). \(result.sheets) phiếu đã chấm được giữ lại (dùng --drop-scores để xoá).",
              en:
                "Removed judge \(id). The \(result.sheets) sheets they scored are kept (--drop-scores deletes them)."
            ))
        } else if result.droppedScores {
          console.line(
            Language.text(
              vi: "Đã rút giám khảo \(id) và xoá \(result.sheets) phiếu đã chấm (có ghi nhật ký).",
              en:
                "Removed judge \(id) and deleted the \(result.sheets) sheets they scored (audited)."
            ))
        } else {
          console.line(Language.text(vi: "Đã rút giám khảo \(id).", en: "Removed judge \(id)."))
        }
        if result.freedAssignments > 0 {
          console.line(
            Language.text(
              vi: "\(result.freedAssignments) lượt phân công chưa chấm cần phân công lại.",
              en: "\(result.freedAssignments) unscored assignments need a new judge."))
        }
      }
    }
  }
}
