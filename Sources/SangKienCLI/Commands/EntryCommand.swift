import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien entry`: registering and managing entries.
  struct EntryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "entry", abstract: CLIHelp.t(.registerListChange),
      subcommands: [
        Add.self, Import.self, List.self, Show.self, Update.self, Validate.self, Reject.self,
        Withdraw.self, Request.self, Export.self, Attach.self, Attachments.self, Detach.self,
        Blind.self,
        Extract.self, Similar.self, Distinct.self,
      ])
  }
}

/// One flag per column of the entries CSV.
struct EntryFieldOptions: ParsableArguments {
  @Option(help: ArgumentHelp(CLIHelp.t(.codeDefaultNext)))
  var code: String?
  @Option(help: ArgumentHelp(CLIHelp.t(.title2))) var title: String?
  @Option(
    help: ArgumentHelp(CLIHelp.t(.ideaSolutionModel)))
  var category: String?
  @Option(
    name: .customLong("entrant-kind"),
    help: ArgumentHelp(
      CLIHelp.t(.individualCollectiveOrganisation)))
  var entrantKind: String?
  @Option(
    name: .customLong("author"),
    help: ArgumentHelp(
      CLIHelp.t(.authorOptionallyUnit)))
  var authors: [String] = []
  @Option(help: ArgumentHelp(CLIHelp.t(.submittingUnit2))) var unit: String?
  @Option(help: ArgumentHelp(CLIHelp.t(.fieldAdministrativeProcedure)))
  var field: String?
  @Option(name: .customLong("received-by"), help: ArgumentHelp(CLIHelp.t(.receivingOffice2)))
  var receivedBy: String?
  @Option(
    name: .customLong("received-on"),
    help: ArgumentHelp(CLIHelp.t(.dayReceivedDd)))
  var receivedOn: String?
  @Option(help: ArgumentHelp(CLIHelp.t(.shortSummary2))) var summary: String?
  @Option(help: ArgumentHelp(CLIHelp.t(.phoneNumberE))) var contact: String?

  /// The values given, by column (the workflow cleans them).
  var values: [EntryColumn: String] {
    var result: [EntryColumn: String] = [:]
    let given: [(EntryColumn, String?)] = [
      (.code, code), (.title, title), (.category, category), (.entrantKind, entrantKind),
      (.authors, authors.isEmpty ? nil : authors.joined(separator: ";")), (.unit, unit),
      (.field, field), (.receivedBy, receivedBy), (.receivedOn, receivedOn),
      (.summary, summary), (.contact, contact),
    ]
    for case (let column, let value?) in given { result[column] = value }
    return result
  }
}

/// `--late-ok`, `--reason` and `--allow-duplicates`.
struct AllowanceOptions: ParsableArguments {
  @Flag(
    name: .customLong("late-ok"),
    help: ArgumentHelp(CLIHelp.t(.acceptEntryReceived)))
  var lateOK = false
  @Option(
    help: ArgumentHelp(
      CLIHelp.t(.whyLateEntry)))
  var reason: String?
  @Flag(
    name: .customLong("allow-duplicates"),
    help: ArgumentHelp(CLIHelp.t(.acceptLikelyDuplicates)))
  var allowDuplicates = false

  func validate() throws {
    if lateOK && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(CLIText.lateNeedsReason)
    }
  }

  var allowances: Allowances {
    Allowances(lateReason: lateOK ? reason : nil, duplicates: allowDuplicates)
  }
}

extension SangKienCommand.EntryCommand {
  /// `sangkien entry add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: CLIHelp.t(.registerEntry2))

    @OptionGroup var fields: EntryFieldOptions
    @OptionGroup var allowances: AllowanceOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry add")) { cli in
        let change = try cli.workflow.addEntry(
          fields.values, allowances: allowances.allowances, by: cli.person)
        Output.warnings(change.warnings, source: "entry add")
        Console.current.line(CLIText.registered(change.entry))
        try NearDuplicateOutput.say([change.entry.code], session: cli)
      }
    }
  }

  /// `sangkien entry import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: CLIHelp.t(.registerEntriesCsv),
      discussion: Language.text(
        vi: """
          Tệp được kiểm tra toàn bộ; mọi lỗi được liệt kê kèm dòng và cột, và không ghi gì \
          trừ khi mọi dòng đều đúng. Các cột: code (không bắt buộc), title, category, \
          entrant_kind, authors, unit, field, received_by, received_on, summary, contact, \
          attachments (tệp hồ sơ, đường dẫn tính từ thư mục của tệp, cách nhau bằng ';') (nhận cả \
          tiêu đề cột tiếng Việt).
          """,
        en: """
          The file is checked whole; every problem is listed with its line and column, and \
          nothing is written unless every row is good. Columns: code (optional), title, \
          category, entrant_kind, authors, unit, field, received_by, received_on, summary, \
          contact, attachments (dossier files, paths relative to the file's folder, separated by \
          ';') (Vietnamese headers are accepted too).
          """))

    @Argument(
      help: ArgumentHelp(
        CLIHelp.t(.entriesFileCsv), valueName: "file"))
    var file: String

    @Flag(
      name: .customLong("dry-run"),
      help: ArgumentHelp(CLIHelp.t(.onlyCheckFileWrite)))
    var dryRun = false

    @OptionGroup var encoding: EncodingOption
    @OptionGroup var sheet: SheetOption
    @OptionGroup var allowances: AllowanceOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry import")) { cli in
        let report = try cli.workflow.importEntries(
          .path(file), allowances: allowances.allowances, dryRun: dryRun,
          encoding: encoding.encoding, sheet: sheet.sheet, by: cli.person)
        Output.warnings(report.warnings, source: file)
        Console.current.line(CLIText.imported(report, file: file))
        try NearDuplicateOutput.say(report.codes, session: cli)
      }
    }
  }

  /// `sangkien entry list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: CLIHelp.t(.listEntries2))

    @Option(
      help: ArgumentHelp(
        CLIHelp.t(.onlyEntriesStatus)))
    var status: EntryStatus?
    @Option(help: ArgumentHelp(CLIHelp.t(.onlyEntriesCategory))) var category: EntryCategory?
    @Option(help: ArgumentHelp(CLIHelp.t(.sortCodeTitle)))
    var sort: EntrySortOption =
      .code
    @Option(help: ArgumentHelp(CLIHelp.t(.tableCsvJsonMd))) var format: OutputFormat =
      .table

    @OptionGroup var common: CommonOptions

    func validate() throws {
      if format == .xlsx { throw ValidationError(CLIText.entryListNoXLSX) }
    }

    func run() throws {
      try common.run(Invocation(command: "entry list")) { cli in
        let entries = try cli.workflow.entries(status: status, category: category, by: cli.person)
        EntryOutput.list(sort.value.sorted(entries), format: format)
      }
    }
  }

  /// `sangkien entry show CODE`.
  /// `sangkien entry similar CODE [--contests DIR] [--threshold X]`.
  struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "similar", abstract: CLIHelp.t(.entrySimilar),
      discussion: CLIHelp.t(.entrySimilarDiscussion))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(help: ArgumentHelp(CLIHelp.t(.similarContests), valueName: "dir")) var contests: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.similarThreshold), valueName: "0-1"))
    var threshold: Double?
    @OptionGroup var report: ReportOptions

    func validate() throws {
      if let threshold, !(0...1).contains(threshold) {
        throw ValidationError(CLIText.thresholdRange)
      }
    }

    func run() throws {
      try report.common.run(Invocation(command: "entry similar", style: .usage)) { cli in
        let found = try cli.workflow.similarEntries(
          code: code, folder: contests, threshold: threshold ?? SimilarityIndex.threshold,
          by: cli.person)
        try Output.list(
          SimilarDocument(found), format: report.format, out: report.out,
          layout: .init(flexible: [2: 3], rightAligned: [3]))
        if report.format == .table { Console.current.warn(CLIText.similarSummary(found)) }
      }
    }
  }

  /// `sangkien entry distinct CODE OTHER --reason …`.
  struct Distinct: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "distinct", abstract: CLIHelp.t(.entryDistinct),
      discussion: CLIHelp.t(.entryDistinctDiscussion))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Argument(help: ArgumentHelp(CLIHelp.t(.distinctOther), valueName: "other")) var other: String
    @Option(help: ArgumentHelp(CLIHelp.t(.distinctReason), valueName: "text")) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry distinct")) { cli in
        let flag = try cli.workflow.markDistinct(
          code: code, other: other, reason: reason, by: cli.person)
        Console.current.line(NearDuplicateOutput.marked(flag))
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: CLIHelp.t(.showEntryFull))

    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(help: ArgumentHelp(CLIHelp.t(.tableJson2))) var format: OutputFormat = .table

    @OptionGroup var common: CommonOptions

    func validate() throws {
      guard format == .table || format == .json else { throw ValidationError(CLIText.tableOrJSON) }
    }

    func run() throws {
      try common.run(Invocation(command: "entry show")) { cli in
        let detail = try cli.workflow.entry(code: code, by: cli.person)
        Console.current.out(
          format == .json
            ? detail.entry.jsonValue.prettyText
            : EntryOutput.detail(
              detail.entry, history: detail.history, attachments: detail.attachments))
      }
    }
  }

  /// `sangkien entry update CODE …`.
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: CLIHelp.t(.changeEntrysFields))

    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @OptionGroup var fields: EntryFieldOptions
    @OptionGroup var allowances: AllowanceOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
      if fields.code != nil { throw ValidationError(CLIText.updateCannotChangeCode) }
    }

    func run() throws {
      try common.run(Invocation(command: "entry update")) { cli in
        let change = try cli.workflow.updateEntry(
          code: code, changes: fields.values, allowances: allowances.allowances, by: cli.person)
        Output.warnings(change.warnings, source: "entry update")
        Console.current.line(
          change.changed ? CLIText.updated(change.entry) : CLIText.unchanged(code))
      }
    }
  }

  /// `sangkien entry validate CODE`.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: CLIHelp.t(.markEntriesValid))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entriesCodes2), valueName: "code")) var codes:
      [String] = []
    @Flag(
      name: .customLong("all-received"),
      help: ArgumentHelp(CLIHelp.t(.everyEntryStill)))
    var allReceived = false
    @Option(help: ArgumentHelp(CLIHelp.t(.noteAuditLog))) var reason: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
      if codes.isEmpty && !allReceived { throw ValidationError(CLIText.codesOrAllReceived) }
    }

    func run() throws {
      try common.run(Invocation(command: "entry validate", style: .usage)) { cli in
        let entries = try cli.workflow.setStatus(
          codes: codes, allReceived: allReceived, to: .valid, reason: reason, by: cli.person)
        for entry in entries { Console.current.line(CLIText.status(entry)) }
      }
    }
  }

  /// `sangkien entry reject CODE --reason …`.
  struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reject",
      abstract: CLIHelp.t(.rejectEntryReason))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyRejectedRequired))) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws { try EntryOutput.setStatus(code, to: .rejected, reason: reason, common) }
  }

  /// `sangkien entry withdraw CODE --reason …`.
  struct Withdraw: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "withdraw",
      abstract: CLIHelp.t(.withdrawEntryAuthors))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyWithdrawnRequired))) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws { try EntryOutput.setStatus(code, to: .withdrawn, reason: reason, common) }
  }

  /// `sangkien entry request CODE --reason … --until DATE`: ask an online entrant for more.
  struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "request",
      abstract: CLIHelp.t(.requestSupplement))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whatIsMissing))) var reason: String
    @Option(help: ArgumentHelp(CLIHelp.t(.supplementUntil), valueName: "date")) var until: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry request", style: .usage)) { cli in
        guard let day = Day(parsing: until) else {
          throw WorkflowError.invalid([Problem(field: "until", message: CLIText.badDay(until))])
        }
        try cli.workflow.requestSupplement(
          code: code, reason: reason, until: day,
          site: cli.site, by: cli.person)
        Console.current.line(CLIText.supplementRequested(code, until: day))
      }
    }
  }

  /// `sangkien entry export`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: CLIHelp.t(.exportEveryEntry))
    @Option(help: ArgumentHelp(CLIHelp.t(.csvJsonXlsx))) var format: OutputFormat = .csv
    @OptionGroup var file: OutOption
    @OptionGroup var common: CommonOptions

    var out: String? { file.out }

    func validate() throws {
      guard [.csv, .json, .xlsx].contains(format) else {
        throw ValidationError(CLIText.csvJSONOrXLSX)
      }
      if format == .xlsx && out == nil { throw ValidationError(CLIText.xlsxNeedsOut) }
    }

    func run() throws {
      try common.run(Invocation(command: "entry export")) { cli in
        let entries = try cli.workflow.entries(by: cli.person, for: .entryExport)
        try Output.write(try EntryOutput.bytes(entries, format: format), to: out)
        if let out { Console.current.warn(CLIText.wroteEntries(entries.count, to: out)) }
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
