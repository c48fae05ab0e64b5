/// One problem found in a file people wrote (a contest file, a rubric, a CSV), with where.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How bad it is.
  public enum Severity: String, Sendable {
    /// Stops the command.
    case error
    /// Printed; stops nothing unless the command says so.
    case warning
  }

  /// The file, as the user named it.
  public var file: String
  /// The line, counting from 1; nil for the file as a whole.
  public var line: Int?
  /// The column: a number in YAML, a column name in CSV.
  public var column: String?
  /// What is wrong, and what to do.
  public var message: String
  /// Error or warning.
  public var severity: Severity
  /// In a workbook, the worksheet and cell (`Danh sách!I12`), or the row (`Danh sách!12:12`).
  public var cell: String?

  /// Creates a diagnostic.
  public init(
    file: String, line: Int? = nil, column: String? = nil, message: String,
    severity: Severity = .error, cell: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
    self.cell = cell
  }

  /// `file:line:column: error: message`, the form editors and people both read; in a
  /// workbook `file:Sheet!I12: column: error: message`.
  public var description: String {
    var place = file
    if let cell {
      place += ":\(cell)"
      if let column { place += ": \(column)" }
    } else {
      if let line { place += ":\(line)" }
      if let column { place += ":\(column)" }
    }
    let word =
      severity == .error
      ? Language.text(vi: "lỗi", en: "error") : Language.text(vi: "cảnh báo", en: "warning")
    return "\(place): \(word): \(message)"
  }
}

/// Problems found in a file, all reported together; nothing was written.
public struct DiagnosticsError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problems, in file order.
  public var diagnostics: [Diagnostic]
  /// How many further problems were found but not kept, to keep the report readable.
  public var omitted: Int

  /// Creates the error.
  public init(_ diagnostics: [Diagnostic], omitted: Int = 0) {
    self.diagnostics = diagnostics
    self.omitted = omitted
  }

  /// Every problem on its own line, then how many there were.
  public var description: String {
    var lines = diagnostics.map(\.description)
    let errors = diagnostics.filter { $0.severity == .error }.count + omitted
    if omitted > 0 {
      lines.append(
        Language.text(
          vi: "… và \(omitted) lỗi khác không in ra.",
          en: "… and \(omitted) more problems not shown."))
    }
    lines.append(
      Language.text(
        vi: "\(errors) lỗi; không có gì được ghi.",
        en: "\(errors) error\(errors == 1 ? "" : "s"); nothing was written."))
    return lines.joined(separator: "\n")
  }
}

/// Collects diagnostics while a file is read, keeping the first `limit` of them.
public struct DiagnosticCollector: Sendable {
  /// The kept diagnostics.
  public private(set) var diagnostics: [Diagnostic] = []
  /// Errors found beyond the limit.
  public private(set) var omitted = 0
  /// How many to keep.
  public let limit: Int

  /// Creates a collector keeping at most `limit` diagnostics.
  public init(limit: Int = 200) {
    self.limit = limit
  }

  /// Whether any error (not a warning) was found.
  public var hasErrors: Bool {
    omitted > 0 || diagnostics.contains { $0.severity == .error }
  }

  /// The warnings found.
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// Records a problem.
  public mutating func add(_ diagnostic: Diagnostic) {
    if diagnostics.count < limit {
      diagnostics.append(diagnostic)
    } else if diagnostic.severity == .error {
      omitted += 1
    }
  }

  /// Throws every problem found, if any is an error.
  public func check() throws(DiagnosticsError) {
    if hasErrors { throw DiagnosticsError(diagnostics, omitted: omitted) }
  }
}
