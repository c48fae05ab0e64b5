import SangKienAssignment
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// One thing wrong with what was asked: a field of a form or a command (`title`,
/// `points.novelty`, `received_on`), or a place in a file (file, line, column).
public struct Problem: Hashable, Sendable, CustomStringConvertible {
  /// The field at fault, by its interchange id; for a file, the column.
  public var field: String?
  /// The file, for problems found in one.
  public var file: String?
  /// The line in the file.
  public var line: Int?
  /// What is wrong, and what to do.
  public var message: String
  /// Error or warning.
  public var severity: Diagnostic.Severity
  /// In a workbook, the worksheet and cell (`Danh sách!I12`).
  public var cell: String?

  /// A problem with a field.
  public init(field: String?, message: String, severity: Diagnostic.Severity = .error) {
    self.field = field
    self.message = message
    self.severity = severity
  }

  /// A problem found in a file.
  public init(_ diagnostic: Diagnostic) {
    field = diagnostic.column
    file = diagnostic.file
    line = diagnostic.line
    message = diagnostic.message
    severity = diagnostic.severity
    cell = diagnostic.cell
  }

  /// As a diagnostic, naming `source` where the problem has no file.
  public func diagnostic(source: String, column: String? = nil) -> Diagnostic {
    Diagnostic(
      file: file ?? source, line: line, column: column ?? field, message: message,
      severity: severity, cell: cell)
  }

  /// `field: error: message`, or the file's `file:line:column: error: message`.
  public var description: String { diagnostic(source: "").description }
}

/// Why a use case did not happen. Nothing was written.
public enum WorkflowError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The person may not do this; the message says who may.
  case notPermitted(String)
  /// The input is wrong: every problem, each with its field or its place in a file, and
  /// how many more were found but not kept.
  case invalid([Problem], omitted: Int = 0)
  /// What it names does not exist (an entry, a judge, a round, a file).
  case notFound(String)
  /// Not now: the round is closed, the sheet is already there, the entry is withdrawn…
  case wrongState(String)
  /// Too many tries from one place: wait and try again (an anonymous sign-up, a code).
  case tooMany(String)
  /// The database or a file failed (not the person's doing).
  case failed(String)

  /// The message for a person, as the command line prints it.
  public var description: String {
    switch self {
    case .notPermitted(let message), .notFound(let message), .wrongState(let message),
      .failed(let message), .tooMany(let message):
      message
    case .invalid(let problems, let omitted):
      DiagnosticsError(problems.map { $0.diagnostic(source: "") }, omitted: omitted).description
    }
  }

  /// The problems of an invalid input (empty for other errors).
  public var problems: [Problem] {
    if case .invalid(let problems, _) = self { return problems }
    return []
  }

  /// Any error met while carrying out a use case, classified.
  public init(_ error: any Error) {
    switch error {
    case let error as WorkflowError: self = error
    case let error as DiagnosticsError:
      self = .invalid(error.diagnostics.map(Problem.init), omitted: error.omitted)
    case let error as StorageError: self = WorkflowError(storage: error)
    case let error as InterchangeError:
      if case .cannotRead = error {
        self = .notFound(error.description)
      } else {
        self = .failed(error.description)
      }
    case let error as AssignmentFailure: self = .wrongState(error.description)
    case let error as WorkbookError:
      self = .invalid([Problem(Diagnostic(file: error.file, message: error.message))])
    default: self = .failed(String(describing: error))
    }
  }

  init(storage error: StorageError) {
    let message = error.description
    switch error {
    case .noDatabase, .entryNotFound, .judgeNotFound, .roundNotFound, .assignmentNotFound,
      .sheetNotFound, .attachmentNotFound:
      self = .notFound(message)
    case .alreadyExists, .duplicateCode, .duplicateJudge, .duplicateStaff, .invalidTransition,
      .roundClosed, .roundAlreadyInState, .shortlistExists, .sheetExists, .alreadyDecided,
      .codeSpent:
      self = .wrongState(message)
    case .notAContestDatabase, .damaged, .database, .file:
      self = .failed(message)
    case .notSecretariat:
      self = .notPermitted(message)
    }
  }

  /// Input problems, thrown when there is any error among them.
  static func check(_ problems: [Problem]) throws(WorkflowError) {
    if problems.contains(where: { $0.severity == .error }) { throw .invalid(problems) }
  }
}
