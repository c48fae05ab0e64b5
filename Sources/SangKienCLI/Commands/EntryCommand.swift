import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien entry`: registering and managing entries.
  struct EntryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "entry", abstract: "Register, list, change and export entries.",
      subcommands: [
        Add.self, Import.self, List.self, Show.self, Update.self, Validate.self, Reject.self,
        Withdraw.self, Export.self,
      ])
  }
}

/// One flag per column of the entries CSV.
struct EntryFieldOptions: ParsableArguments {
  @Option(help: "The code (default: the next one, e.g. SK-0041).") var code: String?
  @Option(help: "The title.") var title: String?
  @Option(help: "idea | solution | model (or sáng kiến | giải pháp | mô hình).")
  var category: String?
  @Option(
    name: .customLong("entrant-kind"),
    help: "individual | collective | organisation | business | agency (or cá nhân, tập thể, …).")
  var entrantKind: String?
  @Option(
    name: .customLong("author"),
    help: "An author, optionally with \"(unit)\"; repeat for each, or separate with ';'.")
  var authors: [String] = []
  @Option(help: "The submitting unit.") var unit: String?
  @Option(help: "The field of administrative procedure (lĩnh vực).") var field: String?
  @Option(name: .customLong("received-by"), help: "The receiving office.") var receivedBy: String?
  @Option(name: .customLong("received-on"), help: "The day received: dd/mm/yyyy or yyyy-mm-dd.")
  var receivedOn: String?
  @Option(help: "A short summary.") var summary: String?
  @Option(help: "A phone number or e-mail address.") var contact: String?

  /// The values given, cleaned to NFC, by column.
  var values: [EntryColumn: String] {
    var result: [EntryColumn: String] = [:]
    let given: [(EntryColumn, String?)] = [
      (.code, code), (.title, title), (.category, category), (.entrantKind, entrantKind),
      (.authors, authors.isEmpty ? nil : authors.joined(separator: ";")), (.unit, unit),
      (.field, field), (.receivedBy, receivedBy), (.receivedOn, receivedOn),
      (.summary, summary), (.contact, contact),
    ]
    for case (let column, let value?) in given {
      result[column] = VietnameseText.clean(value, keepLineBreaks: column.keepsLineBreaks)
    }
    return result
  }

  /// The flag that sets a column, for messages.
  static func flag(_ column: EntryColumn) -> String {
    column == .authors
      ? "--author" : "--" + column.rawValue.replacingOccurrences(of: "_", with: "-")
  }

  /// Builds a draft from `base` (the entry's current values, for an update) and the flags.
  func draft(source: String, base: [EntryColumn: String] = [:]) throws -> EntryDraft {
    var merged = base
    for (column, value) in values { merged[column] = value }
    var diagnostics: [Diagnostic] = []
    for (column, value) in merged where value.count > column.limit {
      diagnostics.append(
        Diagnostic(
          file: source, column: Self.flag(column),
          message: Language.text(
            vi: "dài \(value.count) ký tự, tối đa \(column.limit)",
            en: "\(value.count) characters long, at most \(column.limit) allowed")))
    }
    let draft = EntryFields.draft(
      from: merged, file: source, line: nil, headerFor: Self.flag, diagnostics: &diagnostics)
    guard diagnostics.isEmpty, let draft else { throw DiagnosticsError(diagnostics) }
    return draft
  }
}

/// `--late-ok`, `--reason` and `--allow-duplicates`.
struct AllowanceOptions: ParsableArguments {
  @Flag(name: .customLong("late-ok"), help: "Accept an entry received after the deadline.")
  var lateOK = false
  @Option(help: "Why a late entry is accepted (required with --late-ok; recorded).")
  var reason: String?
  @Flag(name: .customLong("allow-duplicates"), help: "Accept likely duplicates.")
  var allowDuplicates = false

  func validate() throws {
    if lateOK && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(
        Language.text(
          vi: "--late-ok cần --reason \"lý do nhận muộn\"",
          en: "--late-ok needs --reason \"why it is accepted late\""))
    }
  }

  var allowances: EntryRegistration.Allowances {
    EntryRegistration.Allowances(
      lateReason: lateOK ? reason.map { VietnameseText.clean($0) } : nil,
      duplicates: allowDuplicates)
  }
}

extension SangKienCommand.EntryCommand {
  /// `sangkien entry add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Register one entry.")

    @OptionGroup var fields: EntryFieldOptions
    @OptionGroup var allowances: AllowanceOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let draft = try fields.draft(source: "entry add")
        let registration = EntryRegistration(
          database: try database.open(.secretariat, command: "entry add"),
          context: try database.context())
        let (entry, warnings) = try registration.add(draft, allowances: allowances.allowances)
        for warning in warnings { Console.current.warn(warning.description) }
        Console.current.line(
          Language.text(
            vi: "Đã đăng ký \(entry.code): \(entry.draft.title)",
            en: "Registered \(entry.code): \(entry.draft.title)"))
      }
    }
  }

  /// `sangkien entry import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Register the entries of a CSV file, all or none.",
      discussion: """
        The file is checked whole; every problem is listed with its line and column, and \
        nothing is written unless every row is good. Columns: code (optional), title, \
        category, entrant_kind, authors, unit, field, received_by, received_on, summary, \
        contact (Vietnamese headers are accepted too).
        """)

    @Argument(help: ArgumentHelp("The entries CSV (UTF-8).", valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: "Only check the file; write nothing.")
    var dryRun = false

    @OptionGroup var allowances: AllowanceOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let registration = EntryRegistration(
          database: try database.open(.secretariat, command: "entry import"),
          context: try database.context())
        let report = try registration.importFile(
          path: file, allowances: allowances.allowances, dryRun: dryRun)
        let console = Console.current
        for warning in report.warnings { console.warn(warning.description) }
        let count = report.count
        let range = report.firstCode.map { " (\($0) … \(report.lastCode ?? $0))" } ?? ""
        console.line(
          report.dryRun
            ? Language.text(
              vi: "Kiểm tra xong \(file): \(count) sáng kiến hợp lệ; chưa ghi gì (--dry-run).",
              en: "Checked \(file): \(count) entries are good; nothing written (--dry-run).")
            : Language.text(
              vi: "Đã nhập \(count) sáng kiến\(range) từ \(file).",
              en: "Imported \(count) entries\(range) from \(file)."))
      }
    }
  }

  /// `sangkien entry list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List entries.")

    @Option(help: "Only entries with this status: received, valid, rejected, withdrawn.")
    var status: EntryStatus?
    @Option(help: "Only entries of this category.") var category: EntryCategory?
    @Option(help: "Sort by code, title or author (Vietnamese order).") var sort: EntrySortOption =
      .code
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let entries = try database.open(.staff, command: "entry list").entries(
          status: status, category: category)
        EntryOutput.list(sort.value.sorted(entries), format: format)
      }
    }
  }

  /// `sangkien entry show CODE`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one entry in full, with its history.")

    @Argument(help: ArgumentHelp("The entry's code.", valueName: "code")) var code: String
    @Option(help: "table or json.") var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.staff, command: "entry show")
        let entry = try db.entry(code: code)
        if format == .json {
          Console.current.out(entry.jsonValue.prettyText)
        } else {
          Console.current.out(EntryOutput.detail(entry, history: try db.auditLog(subject: code)))
        }
      }
    }
  }

  /// `sangkien entry update CODE …`.
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Change an entry's fields (the code and status stay).")

    @Argument(help: ArgumentHelp("The entry's code.", valueName: "code")) var code: String
    @OptionGroup var fields: EntryFieldOptions
    @OptionGroup var allowances: AllowanceOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
      if fields.code != nil {
        throw ValidationError(
          Language.text(
            vi: "mã sáng kiến không đổi được bằng entry update",
            en: "entry update cannot change the code"))
      }
    }

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "entry update")
        let current = try db.entry(code: code)
        let base = Dictionary(
          uniqueKeysWithValues: zip(EntryColumn.allCases, EntryTable.exportRow(current)))
        let draft = try fields.draft(source: "entry update", base: base)
        guard draft != current.draft else {
          Console.current.line(
            Language.text(vi: "\(code): không có gì thay đổi.", en: "\(code): nothing changed."))
          return
        }
        let registration = EntryRegistration(database: db, context: try database.context())
        let (entry, warnings) = try registration.update(
          code: code, to: draft, allowances: allowances.allowances)
        for warning in warnings { Console.current.warn(warning.description) }
        Console.current.line(
          Language.text(
            vi: "Đã cập nhật \(entry.code): \(entry.draft.title)",
            en: "Updated \(entry.code): \(entry.draft.title)"))
      }
    }
  }

  /// `sangkien entry validate CODE`.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Mark an entry valid (admitted to judging).")
    @Argument(help: ArgumentHelp("The entry's code.", valueName: "code")) var code: String
    @Option(help: "A note for the audit log.") var reason: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        try EntryOutput.changeStatus(code, to: .valid, reason: reason, database: database)
      }
    }
  }

  /// `sangkien entry reject CODE --reason …`.
  struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reject",
      abstract: "Reject an entry, with the reason.")
    @Argument(help: ArgumentHelp("The entry's code.", valueName: "code")) var code: String
    @Option(help: "Why it is rejected (required; recorded).") var reason: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        try EntryOutput.changeStatus(code, to: .rejected, reason: reason, database: database)
      }
    }
  }

  /// `sangkien entry withdraw CODE --reason …`.
  struct Withdraw: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "withdraw",
      abstract: "Withdraw an entry at its authors' request, with the reason.")
    @Argument(help: ArgumentHelp("The entry's code.", valueName: "code")) var code: String
    @Option(help: "Why it is withdrawn (required; recorded).") var reason: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        try EntryOutput.changeStatus(code, to: .withdrawn, reason: reason, database: database)
      }
    }
  }

  /// `sangkien entry export`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export every entry as CSV (for Excel, re-importable) or JSON.")
    @Option(help: "csv or json.") var format: OutputFormat = .csv
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard format == .csv || format == .json else {
        throw ValidationError("--format must be csv or json for export")
      }
    }

    func run() throws {
      try language.apply {
        let entries = try database.open(.staff, command: "entry export").entries()
        try EntryOutput.export(entries, format: format, to: out)
      }
    }
  }
}

/// `--sort code|title|author`.
struct EntrySortOption: ExpressibleByArgument {
  var value: EntrySort
  init(_ value: EntrySort) { self.value = value }
  init?(argument: String) {
    guard let value = EntrySort(rawValue: argument) else { return nil }
    self.value = value
  }
  static let code = EntrySortOption(.code)
  var defaultValueDescription: String { value.rawValue }
  static var allValueStrings: [String] { EntrySort.allCases.map(\.rawValue) }
}
