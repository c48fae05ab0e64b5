import SangKienInterchange
import SangKienModel
import SangKienStorage

/// The secretariat's registration of entries: file or flags in, contest rules checked,
/// stored in one transaction, every problem reported together.
struct EntryRegistration {
  let database: ContestDatabase
  let context: AuditContext

  /// Options that relax the checks.
  struct Allowances {
    /// Accept entries received after the deadline, for this recorded reason.
    var lateReason: String?
    /// Accept likely duplicates.
    var duplicates = false
  }

  /// What an import did.
  struct ImportReport {
    /// How many entries were (or, on a dry run, would be) registered.
    var count = 0
    /// The first and last codes given.
    var firstCode: String?
    var lastCode: String?
    var warnings: [Diagnostic] = []
    var dryRun: Bool
  }

  /// Imports an entries CSV: the whole file is checked; nothing is written unless every
  /// row is good (and never on a dry run).
  func importFile(
    path: String, allowances: Allowances, dryRun: Bool
  ) throws -> ImportReport {
    var reader = try EntryCSVReader(path: path)
    var collector = DiagnosticCollector()
    for problem in reader.readHeader() { collector.add(problem) }
    try collector.check()
    let contest = try database.contest()
    var duplicates = 0
    let progress = ProgressBar(
      label: Language.text(vi: "Đang kiểm tra và nhập", en: "Checking and importing"), total: nil)
    defer { progress.finish() }
    var report = try database.importEntries(
      context: context, note: path, commit: !dryRun
    ) { importer in
      var report = ImportReport(dryRun: dryRun)
      var codeLines: [String: Int] = [:]
      while let row = reader.next() {
        progress.update(reader.rowCount)
        for problem in row.diagnostics { collector.add(problem) }
        guard let draft = row.draft else { continue }
        var rowOK = true
        func problem(_ column: String, _ message: String, _ severity: Diagnostic.Severity = .error)
        {
          if severity == .error { rowOK = false }
          collector.add(
            Diagnostic(
              file: path, line: row.line, column: column, message: message, severity: severity))
        }
        for issue in contest.problems(with: draft, lateAllowed: allowances.lateReason != nil) {
          problem(issue.column, issue.message)
        }
        if let code = draft.code {
          if let first = codeLines[code] {
            problem(
              "code",
              Language.text(
                vi: "mã '\(code)' trùng với dòng \(first)",
                en: "code '\(code)' is also on line \(first)"))
          } else {
            codeLines[code] = row.line
            if try importer.codeInUse(code) {
              problem(
                "code",
                Language.text(
                  vi: "mã '\(code)' đã có trong cơ sở dữ liệu",
                  en: "code '\(code)' is already in the database"))
            }
          }
        }
        let key = draft.duplicateKey
        if let other = try importer.duplicate(key: key) {
          duplicates += 1
          problem(
            "title",
            Language.text(
              vi: "có thể trùng với \(other) (cùng tên và đơn vị)",
              en: "likely duplicate of \(other) (same title and unit)"),
            .warning)
        }
        let late = draft.receivedOn > contest.deadline ? allowances.lateReason : nil
        if rowOK {
          let entry = try importer.insert(draft, lateReason: late, duplicateKey: key)
          report.count += 1
          report.firstCode = report.firstCode ?? entry.code
          report.lastCode = entry.code
        }
      }
      if reader.rowCount == 0 { collector.add(reader.headerOnly()) }
      if duplicates > 0 && !allowances.duplicates {
        collector.add(
          Diagnostic(
            file: path,
            message: Language.text(
              vi:
                "\(duplicates) dòng có thể trùng; kiểm tra lại, hoặc dùng --allow-duplicates nếu đó là các sáng kiến khác nhau",
              en:
                "\(duplicates) likely duplicate\(duplicates == 1 ? "" : "s"); check them, or use --allow-duplicates if they are distinct entries"
            )))
      }
      try collector.check()
      return report
    }
    report.warnings = collector.warnings
    return report
  }

  /// Checks one draft from flags against the contest and the register, then stores it.
  func add(_ draft: EntryDraft, allowances: Allowances) throws -> (Entry, [Diagnostic]) {
    let warnings = try check(draft, excluding: nil, allowances: allowances, source: "entry add")
    let late = draft.receivedOn > (try database.contest()).deadline ? allowances.lateReason : nil
    let entry = try database.addEntry(draft, lateReason: late, context: context)
    return (entry, warnings)
  }

  /// Checks a changed draft, then stores it over the entry's fields.
  func update(code: String, to draft: EntryDraft, allowances: Allowances) throws -> (
    Entry, [Diagnostic]
  ) {
    // A duplicate accepted once is not asked about again unless the title or unit change.
    let unchanged = try database.entry(code: code).draft.duplicateKey == draft.duplicateKey
    let warnings = try check(
      draft, excluding: code, allowances: allowances, source: "entry update",
      checkDuplicates: !unchanged)
    let late = draft.receivedOn > (try database.contest()).deadline ? allowances.lateReason : nil
    return (
      try database.updateEntry(code: code, to: draft, lateReason: late, context: context), warnings
    )
  }

  private func check(
    _ draft: EntryDraft, excluding code: String?, allowances: Allowances, source: String,
    checkDuplicates: Bool = true
  ) throws -> [Diagnostic] {
    var collector = DiagnosticCollector()
    let contest = try database.contest()
    for issue in contest.problems(with: draft, lateAllowed: allowances.lateReason != nil) {
      collector.add(
        Diagnostic(
          file: source, column: "--" + issue.column.replacingOccurrences(of: "_", with: "-"),
          message: issue.message))
    }
    let others = checkDuplicates ? try database.likelyDuplicates(of: draft, excluding: code) : []
    if !others.isEmpty {
      collector.add(
        Diagnostic(
          file: source, column: "--title",
          message: Language.text(
            vi: "có thể trùng với \(others.joined(separator: ", ")) (cùng tên và đơn vị)",
            en: "likely duplicate of \(others.joined(separator: ", ")) (same title and unit)"),
          severity: allowances.duplicates ? .warning : .error))
    }
    try collector.check()
    return collector.warnings
  }
}
