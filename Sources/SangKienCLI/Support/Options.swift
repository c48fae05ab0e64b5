import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// `--db`, `--as` and `--lang`: which database, who is acting, and in which language.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      CLIHelp.t(.databaseFileDefault),
      valueName: "path"))
  var db: String?

  @Option(
    name: [.customLong("as")],
    help: ArgumentHelp(
      CLIHelp.t(.whoActingAudit),
      valueName: "name"))
  var actor: String?

  @OptionGroup var language: LanguageOption

  /// The database path in force.
  var path: String {
    db ?? Console.current.environment["SANGKIEN_DB"] ?? "sangkien.sqlite"
  }

  /// The name given by `--as`, `$SANGKIEN_ACTOR` or the OS user.
  var actorName: String {
    let environment = Console.current.environment
    return actor ?? environment["SANGKIEN_ACTOR"] ?? environment["USER"] ?? NSUserName()
  }

  /// Runs `body` in the chosen language, without opening the database (`init`).
  func apply<T>(_ invocation: Invocation, _ body: () throws -> T) throws -> T {
    try language.apply(invocation, body)
  }

  /// Opens the database and runs `body` as the person acting.
  func run<T>(_ invocation: Invocation, _ body: (Session) throws -> T) throws -> T {
    try apply(invocation) {
      let console = Console.current
      let workflow = try Workflow.open(
        path: path, clock: console.now, progress: TerminalProgress())
      return try body(Session(workflow: workflow, person: try workflow.person(named: actorName)))
    }
  }
}

/// `--lang`: the language of messages and documents.
struct LanguageOption: ParsableArguments {
  @Option(help: ArgumentHelp(CLIHelp.t(.languageMessagesVi)))
  var lang: Language?

  /// Runs `body` in the chosen language; workflow errors are turned into the command
  /// line's messages and exit status.
  func apply<T>(_ invocation: Invocation, _ body: () throws -> T) throws -> T {
    try Language.$current.withValue(lang ?? Language.current) {
      do {
        return try body()
      } catch let error as WorkflowError {
        throw invocation.translate(error)
      }
    }
  }
}

/// `--round`, `--format` and the common options: the block every list and report takes.
struct ReportOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(CLIHelp.t(.roundIdDefault)))
  var round: String?
  @Option(help: ArgumentHelp(CLIHelp.t(.tableCsvJsonMdXlsx))) var format: OutputFormat = .table
  @OptionGroup var file: OutOption
  @OptionGroup var common: CommonOptions

  /// The file to write, if any.
  var out: String? { file.out }
}

/// `--out FILE`: write to a file instead of standard output.
struct OutOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      CLIHelp.t(.writeFileInstead), valueName: "file"))
  var out: String?
}

/// `--from-encoding`: a file in a legacy Vietnamese encoding, or re-saved from one.
struct EncodingOption: ParsableArguments {
  @Option(
    name: .customLong("from-encoding"),
    help: ArgumentHelp(
      CLIHelp.t(.convertTcvn3Abc)))
  var encoding: LegacyEncoding?
}

extension LegacyEncoding: ExpressibleByArgument {}

/// `--sheet NAME`, for imports that read Excel workbooks.
struct SheetOption: ParsableArguments {
  @Option(
    name: .customLong("sheet"),
    help: ArgumentHelp(
      CLIHelp.t(.excelWorkbookWorksheet), valueName: "name"))
  var sheet: String?
}

/// `--round`, for commands with no list to format.
struct RoundOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(CLIHelp.t(.roundIdDefault)))
  var round: String?
}

/// A workflow and the person acting, for one command.
struct Session {
  let workflow: Workflow
  let person: Person

  /// The address of the contest's pages for links in mail: `$SANGKIEN_BASE_URL`, under
  /// `/c/{contest-id}` when the database lies in `$SANGKIEN_CONTESTS` (the folder
  /// `serve --contests` serves).
  var site: String? {
    let environment = Console.current.environment
    return workflow.siteAddress(
      environment["SANGKIEN_BASE_URL"], servedFolder: environment["SANGKIEN_CONTESTS"])
  }
}

/// How a command reports a workflow's refusal: its name (for problems with no file) and
/// whether bad input is bad usage (exit 64, flags named) or a list of problems (exit 1).
struct Invocation {
  enum Style {
    /// Problems are printed as `COMMAND:--flag: error: …`, exit 1.
    case diagnostics
    /// Problems are bad usage: `--flag: …`, exit 64.
    case usage
  }

  let command: String
  var style: Style = .diagnostics

  /// The flag that sets a field.
  static func flag(_ field: String?) -> String? {
    guard let field else { return nil }
    if field.hasPrefix("points.") { return String(field.dropFirst("points.".count)) }
    switch field {
    case "actor": return "--as"
    case "authors": return "--author"
    // An argument, not an option: named as the usage line names it.
    case "other": return "<other>"
    default: return "--" + field.replacingOccurrences(of: "_", with: "-")
    }
  }

  /// The error the command line shows for `error`.
  func translate(_ error: WorkflowError) -> any Error {
    guard case .invalid(let problems, let omitted) = error else {
      return CLIError.refused(error.description)
    }
    let onlyFields = problems.allSatisfy { $0.file == nil }
    if style == .usage && onlyFields {
      return ValidationError(
        problems.map {
          [Self.flag($0.field), $0.message].compactMap { $0 }.joined(separator: ": ")
        }
        .joined(separator: "\n"))
    }
    return DiagnosticsError(
      problems.map {
        $0.diagnostic(source: command, column: $0.file == nil ? Self.flag($0.field) : nil)
      },
      omitted: omitted)
  }
}

extension Language: ExpressibleByArgument {}

/// The output format of a list or report.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json, md, xlsx
}

extension EntryStatus: ExpressibleByArgument {
  /// Accepts the id or the Vietnamese word (hợp lệ, bị loại, đã rút, đã nhận).
  public init?(argument: String) {
    let key = VietnameseText.fold(argument)
    guard
      let status = EntryStatus.allCases.first(where: {
        $0.rawValue == key || VietnameseText.fold($0.vietnamese) == key
      })
    else { return nil }
    self = status
  }
}

extension Aggregation: ExpressibleByArgument {}

extension EntryCategory: ExpressibleByArgument {
  /// Accepts the id or the Vietnamese word.
  public init?(argument: String) {
    self.init(parsing: argument)
  }
}

/// Progress lines on the terminal for the workflow's long tasks.
struct TerminalProgress: ProgressReporter {
  func start(_ label: String, total: Int?) -> (update: (Int) -> Void, finish: () -> Void) {
    let bar = ProgressBar(label: label, total: total)
    return ({ bar.update($0) }, { bar.finish() })
  }
}
