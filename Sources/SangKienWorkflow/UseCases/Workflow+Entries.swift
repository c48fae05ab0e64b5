import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// What relaxes the checks of a registration.
public struct Allowances: Sendable, Hashable {
  /// Accept entries received after the deadline, for this recorded reason.
  public var lateReason: String?
  /// Accept likely duplicates.
  public var duplicates: Bool

  /// Creates allowances.
  public init(lateReason: String? = nil, duplicates: Bool = false) {
    self.lateReason = lateReason.map { VietnameseText.clean($0) }
    self.duplicates = duplicates
  }
}

/// An entry registered or changed, with what the checks warned of.
public struct EntryChange: Sendable {
  /// The entry as stored.
  public var entry: Entry
  /// Warnings (a likely duplicate accepted).
  public var warnings: [Problem]
  /// Whether anything changed (an update giving the same values changes nothing).
  public var changed: Bool
}

/// What an import did.
public struct ImportReport: Sendable {
  /// How many rows were (or, on a dry run, would be) written.
  public var count = 0
  /// The first and last codes given.
  public var firstCode: String?
  /// The last code given.
  public var lastCode: String?
  /// Every code written (none on a dry run).
  public var codes: [String] = []
  /// How many dossier files the `attachments` column attached.
  public var attached = 0
  /// Warnings, with their lines.
  public var warnings: [Problem] = []
  /// Whether nothing was written.
  public var dryRun: Bool
}

/// An entry in full: its fields and its history.
public struct EntryDetail: Sendable {
  /// The entry.
  public var entry: Entry
  /// Every audit record about it, oldest first.
  public var history: [AuditRecord]
  /// Its dossier's files, in the order they were added.
  public var attachments: [Attachment] = []
}

extension Workflow {
  /// Registers one entry from its fields (texts by entries-CSV column, as a form or the
  /// command line gives them).
  public func addEntry(
    _ fields: [EntryColumn: String], allowances: Allowances = Allowances(), by person: Person
  ) throws(WorkflowError) -> EntryChange {
    try authorize(.entryAdd, person)
    let draft = try Self.draft(from: fields)
    return try transaction(person) {
      let warnings = try check(draft, excluding: nil, allowances: allowances)
      let late = draft.receivedOn > (try database.contest()).deadline ? allowances.lateReason : nil
      let entry = try database.addEntry(draft, lateReason: late, context: context(person))
      return EntryChange(entry: entry, warnings: warnings, changed: true)
    }
  }

  /// Changes an entry's fields (its code and status stay): `changes` are merged into its
  /// current values by column.
  public func updateEntry(
    code: String, changes: [EntryColumn: String], allowances: Allowances = Allowances(),
    by person: Person
  ) throws(WorkflowError) -> EntryChange {
    try authorize(.entryUpdate, person)
    let code = try attempt { try database.canonicalCode(code) }
    if let given = changes[.code], given != code {
      throw .invalid([Problem(field: "code", message: WorkflowText.codeCannotChange)])
    }
    // A new unit or new authors can bring a conflict that sets aside a closed round's sheet.
    return try keepingClosedRounds(.entryUpdate, person) {
      let current = try database.entry(code: code)
      var merged = EntryFields.values(of: current)
      for (column, value) in changes { merged[column] = value }
      let draft = try Self.draft(from: merged)
      guard draft != current.draft else {
        return EntryChange(entry: current, warnings: [], changed: false)
      }
      // A duplicate accepted once is not asked about again unless the title or unit change.
      var warnings = try check(
        draft, excluding: code, allowances: allowances,
        duplicates: current.draft.duplicateKey != draft.duplicateKey)
      warnings += try publishedWarnings(code)
      let late = draft.receivedOn > (try database.contest()).deadline ? allowances.lateReason : nil
      let entry = try database.updateEntry(
        code: code, to: draft, lateReason: late, context: context(person))
      return EntryChange(entry: entry, warnings: warnings, changed: true)
    }
  }

  /// Moves an entry to `status`: valid, rejected or withdrawn. Rejecting and withdrawing
  /// need a reason.
  public func setStatus(
    code: String, to status: EntryStatus, reason: String?, site: String? = nil,
    by person: Person
  ) throws(WorkflowError) -> Entry {
    try setStatus(codes: [code], to: status, reason: reason, site: site, by: person)[0]
  }

  /// Moves several entries to `status` in one transaction: all of them or none. With no
  /// codes and `allReceived`, every entry still `received`.
  public func setStatus(
    codes: [String], allReceived: Bool = false, to status: EntryStatus, reason: String?,
    site: String? = nil, by person: Person
  ) throws(WorkflowError) -> [Entry] {
    let useCase: UseCase =
      switch status {
      case .valid, .received: .entryValidate
      case .rejected: .entryReject
      case .withdrawn: .entryWithdraw
      }
    try authorize(useCase, person)
    let cleaned = reason.map { VietnameseText.clean($0) }
    if status != .valid && (cleaned ?? "").isEmpty {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    try Self.bounded(cleaned ?? "", field: "reason", limit: TextLimits.reason)
    // Rejecting or withdrawing takes an entry out of a closed round's ranking.
    return try keepingClosedRounds(useCase, person) {
      var given = try codes.map { try database.canonicalCode($0) }
      if allReceived { given += try database.entries(status: .received).map(\.code) }
      guard !given.isEmpty else {
        throw WorkflowError.invalid([Problem(field: "code", message: WorkflowText.noCodes)])
      }
      var seen: Set<String> = []
      return try given.filter { seen.insert($0).inserted }.map { code in
        let entry = try database.setStatus(
          code: code, to: status, reason: cleaned, context: context(person))
        // An entry submitted online: its entrant is told, in the same transaction.
        try followStatus(entry, site: site, person: person)
        return entry
      }
    }
  }

  /// Registers the entries of a file: the whole file is checked; nothing is written unless
  /// every row is good (and never on a dry run).
  ///
  /// A workbook (`.xlsx`, by its content) is read from `sheet`, or the first worksheet with a
  /// header naming the required columns; its problems name their cells.
  public func importEntries(
    _ source: FileSource, allowances: Allowances = Allowances(), dryRun: Bool = false,
    encoding: LegacyEncoding? = nil, sheet: String? = nil, by person: Person
  ) throws(WorkflowError) -> ImportReport {
    try authorize(.entryImport, person)
    try Self.bounded(allowances.lateReason ?? "", field: "reason", limit: TextLimits.reason)
    // Dossier files are named relative to the imported file; an upload has no folder.
    let base: String?
    switch source {
    case .path(let path), .file(let path, _): base = (path as NSString).deletingLastPathComponent
    case .bytes: base = nil
    }
    var table = try tabular(source, sheet: sheet, kind: .entries)
    table.source = try attempt { try encoding.map(table.source.decoded) ?? table.source }
    var report = try importing(table, dryRun: dryRun) { (dryRun) throws(WorkflowError) in
      try importEntries(
        read: table.source, allowances: allowances, dryRun: dryRun, base: base, map: table.map,
        by: person)
    }
    report.warnings = Self.locate(report.warnings, table.map) + table.footerWarnings
    return report
  }

  private func importEntries(
    read source: FileSource, allowances: Allowances, dryRun: Bool, base: String?,
    map: CellMap?, by person: Person
  ) throws(WorkflowError) -> ImportReport {
    // Days are read day/month; a file that turns out to be all month/day (an American
    // Excel) is read again that way, the first reading rolled back.
    do {
      return try importEntries(
        source, allowances: allowances, dryRun: dryRun, order: .dayMonth, base: base, map: map,
        by: person)
    } catch .failed(let message) where message == Self.monthDayFile {
      return try importEntries(
        source, allowances: allowances, dryRun: dryRun, order: .monthDay, base: base, map: map,
        by: person)
    }
  }

  /// A marker for a file read day/month that is all month/day.
  static let monthDayFile = "\u{1F}month-day file"

  /// A row read and checked, to be written.
  struct CheckedEntry {
    var draft: EntryDraft
    var late: String?
    var key: String
    var files: [IncomingFile]
  }

  /// Imports an entries file in two steps, so that reading it (and hashing the dossier files
  /// it names) never holds the write lock: every row is read and checked on a snapshot,
  /// where the importer gives each row the code the import will (a dry run ends there, the
  /// lock never taken); then the checked rows are written in one short transaction — in
  /// which, if anything was written since the snapshot (the audit head moved), the file is
  /// read and checked again.
  private func importEntries(
    _ source: FileSource, allowances: Allowances, dryRun: Bool, order: DayText.Order,
    base: String?, map: CellMap?, by person: Person
  ) throws(WorkflowError) -> ImportReport {
    let path = source.name
    let (update, finish) = report(WorkflowText.checkingAndImporting, total: nil)
    defer { finish() }
    func check(_ importer: EntryImporter) throws -> (ImportReport, [CheckedEntry], [Problem]) {
      try checkEntries(
        source, allowances: allowances, order: order, base: base, map: map, importer: importer,
        dryRun: dryRun, update: update)
    }
    var (planned, rows, warnings, marker) = try attempt {
      try database.planEntries { importer in
        let (report, rows, warnings) = try check(importer)
        return (report, rows, warnings, try database.auditHead())
      }
    }
    if !dryRun {
      planned = try attempt {
        try database.importEntries(context: context(person), note: path, commit: true) {
          importer in
          guard try database.auditHead() == marker else {
            // The contest changed since the snapshot: checked again, inside the lock.
            let (report, _, again) = try check(importer)
            warnings = again
            return report
          }
          var report = ImportReport(dryRun: false)
          for row in rows {
            let entry = try importer.insert(row.draft, lateReason: row.late, duplicateKey: row.key)
            for file in row.files { _ = try importer.attach(file, to: entry.code) }
            report.attached += row.files.count
            report.count += 1
            report.firstCode = report.firstCode ?? entry.code
            report.lastCode = entry.code
            report.codes.append(entry.code)
          }
          return report
        }
      }
    }
    planned.warnings = warnings
    return planned
  }

  /// Reads every row of an entries file and checks it; `importer` inserts the good ones (or,
  /// planning, gives them their codes).
  private func checkEntries(
    _ source: FileSource, allowances: Allowances, order: DayText.Order, base: String?,
    map: CellMap?, importer: EntryImporter, dryRun: Bool, update: (Int) -> Void
  ) throws -> (ImportReport, [CheckedEntry], [Problem]) {
    // A row named as the file numbers it: a spreadsheet's cell, a CSV file's line.
    func place(_ line: Int, _ column: String) -> String {
      WorkflowText.place(line: line, cell: map?.cellName(line: line, column: column))
    }
    let path = source.name
    var reader = try EntryCSVReader(source: source)
    reader.order = order
    var collector = DiagnosticCollector()
    for problem in reader.readHeader() { collector.add(problem) }
    try collector.check()
    let contest = try database.contest()
    var duplicates = 0
    var rows: [CheckedEntry] = []
    var report = ImportReport(dryRun: dryRun)
    var codeLines: [String: Int] = [:]
    var fileKeys: [String: Int] = [:]
    while let row = reader.next() {
      update(reader.rowCount)
      for problem in row.diagnostics { collector.add(problem) }
      guard let draft = row.draft else { continue }
      var rowOK = true
      func problem(
        _ column: String, _ message: String, _ severity: Diagnostic.Severity = .error
      ) {
        if severity == .error { rowOK = false }
        // Named as the file heads the column (`Tên sáng kiến`), not by its id.
        let shown = EntryColumn(rawValue: column).map(reader.header(for:)) ?? column
        collector.add(
          Diagnostic(
            file: path, line: row.line, column: shown, message: message, severity: severity))
      }
      for issue in contest.problems(with: draft, lateAllowed: allowances.lateReason != nil) {
        problem(issue.column, issue.message)
      }
      if draft.entrantKind == .individual && draft.authors.count > 1 {
        problem("entrant_kind", WorkflowText.individualWithAuthors(draft.authors.count), .warning)
      }
      if let code = draft.code {
        if let first = codeLines[code] {
          problem("code", WorkflowText.codeOnLine(code, place(first, "code")))
        } else {
          codeLines[code] = row.line
          if try importer.codeInUse(code) { problem("code", WorkflowText.codeInDatabase(code)) }
        }
      }
      let key = draft.duplicateKey
      // A twin earlier in the same file is named by its line: its code does not exist
      // until the file is written.
      if let line = fileKeys[key] {
        duplicates += 1
        problem("title", WorkflowText.likelyDuplicateOfLine(place(line, "title")), .warning)
      } else if let other = try importer.duplicate(key: key) {
        duplicates += 1
        problem("title", WorkflowText.likelyDuplicate([other]), .warning)
      }
      if fileKeys[key] == nil { fileKeys[key] = row.line }
      let late = draft.receivedOn > contest.deadline ? allowances.lateReason : nil
      // The row's dossier: each file checked as `entry attach` checks it.
      var files: [(file: IncomingFile, shown: String)] = []
      for named in row.attachments {
        guard let base else {
          problem(reader.attachmentsHeader, WorkflowText.uploadNamesFiles)
          break
        }
        let path =
          named.hasPrefix("/") ? named : (base as NSString).appendingPathComponent(named)
        switch DossierRules.prepare(
          path: path, shown: named, blind: false, limits: contest.attachmentLimits)
        {
        case .success(let file): files.append((file, named))
        case .failure(let refusal): problem(reader.attachmentsHeader, refusal.message)
        }
      }
      for (_, message) in DossierRules.check(
        files, existing: [],
        code: draft.code ?? place(row.line, "title"),
        limits: contest.attachmentLimits)
      {
        problem(reader.attachmentsHeader, message)
      }
      if rowOK {
        let entry = try importer.insert(draft, lateReason: late, duplicateKey: key)
        if !importer.planning {
          for (file, _) in files { _ = try importer.attach(file, to: entry.code) }
        }
        rows.append(CheckedEntry(draft: draft, late: late, key: key, files: files.map(\.file)))
        report.attached += files.count
        report.count += 1
        report.firstCode = report.firstCode ?? entry.code
        report.lastCode = entry.code
        if !importer.planning { report.codes.append(entry.code) }
      }
    }
    if reader.rowCount == 0 { collector.add(reader.headerOnly()) }
    if let monthDay = reader.monthDayOnlyLine {
      if let dayMonth = reader.dayMonthOnlyLine {
        collector.add(
          Diagnostic(
            file: path, line: monthDay, column: "received_on",
            message: WorkflowText.mixedDayOrders(
              monthDay: place(monthDay, "received_on"), dayMonth: place(dayMonth, "received_on"))))
      } else if order == .dayMonth {
        throw WorkflowError.failed(Self.monthDayFile)
      } else {
        collector.add(
          Diagnostic(
            file: path, line: monthDay, column: "received_on",
            message: WorkflowText.readAsMonthDay, severity: .warning))
      }
    }
    if let footer = reader.footer {
      collector.add(
        Diagnostic(
          file: path, line: footer.row,
          message: footer.message, severity: .warning))
    }
    if duplicates > 0 && !allowances.duplicates {
      collector.add(Diagnostic(file: path, message: WorkflowText.duplicatesFound(duplicates)))
    }
    try collector.check()
    return (report, rows, collector.warnings.map(Problem.init))
  }

  /// The entries, optionally of one status or category, in code order.
  public func entries(
    status: EntryStatus? = nil, category: EntryCategory? = nil, by person: Person,
    for useCase: UseCase = .entryList
  ) throws(WorkflowError) -> [Entry] {
    try authorize(useCase, person)
    return try attempt { try database.entries(status: status, category: category) }
  }

  /// One entry with its history.
  public func entry(code: String, by person: Person) throws(WorkflowError) -> EntryDetail {
    try authorize(.entryShow, person)
    let code = try attempt { try database.canonicalCode(code) }
    return try attempt {
      try database.snapshot {
        EntryDetail(
          entry: try database.entry(code: code), history: try database.auditLog(subject: code),
          attachments: try database.attachments(codes: [code])[code] ?? [])
      }
    }
  }

  /// A draft from field texts; every problem named by its field.
  static func draft(from fields: [EntryColumn: String]) throws(WorkflowError) -> EntryDraft {
    var cleaned: [EntryColumn: String] = [:]
    for (column, value) in fields {
      cleaned[column] = VietnameseText.clean(value, keepLineBreaks: column.keepsLineBreaks)
    }
    var diagnostics: [Diagnostic] = []
    for column in EntryColumn.allCases {
      guard let value = cleaned[column], value.count > column.limit else { continue }
      diagnostics.append(
        Diagnostic(
          file: "", column: column.rawValue,
          message: WorkflowText.tooLong(value.count, limit: column.limit)))
    }
    let draft = EntryFields.draft(from: cleaned, file: "", line: nil, diagnostics: &diagnostics)
    guard diagnostics.isEmpty, let draft else {
      throw .invalid(
        diagnostics.map { Problem(field: $0.column, message: $0.message, severity: $0.severity) })
    }
    return draft
  }

  /// Checks a draft against the contest and the register; returns the warnings.
  func check(
    _ draft: EntryDraft, excluding code: String?, allowances: Allowances, duplicates: Bool = true
  ) throws -> [Problem] {
    var problems: [Problem] = []
    let contest = try database.contest()
    for issue in contest.problems(with: draft, lateAllowed: allowances.lateReason != nil) {
      problems.append(Problem(field: issue.column, message: issue.message))
    }
    let others = duplicates ? try database.likelyDuplicates(of: draft, excluding: code) : []
    if !others.isEmpty {
      problems.append(
        Problem(
          field: "title", message: WorkflowText.likelyDuplicate(others),
          severity: allowances.duplicates ? .warning : .error))
    }
    try WorkflowError.check(problems)
    return problems.filter { $0.severity == .warning }
  }
}
