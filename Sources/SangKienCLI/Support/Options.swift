import ArgumentParser
import Foundation
import SangKienModel
import SangKienStorage

/// `--db` and `--as`: which database, and who is acting.
struct DatabaseOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database file (default: $SANGKIEN_DB, else ./sangkien.sqlite).", valueName: "path"))
  var db: String?

  @Option(
    name: [.customLong("as")],
    help: ArgumentHelp(
      "Who is acting, for the audit log (default: $SANGKIEN_ACTOR, else the OS user).",
      valueName: "name"))
  var actor: String?

  /// The database path in force.
  var path: String {
    db ?? Console.current.environment["SANGKIEN_DB"] ?? "sangkien.sqlite"
  }

  /// Opens the database.
  func open() throws -> ContestDatabase {
    try ContestDatabase.open(path: path)
  }

  /// The actor and the time of a change.
  func context() throws -> AuditContext {
    let environment = Console.current.environment
    let name = actor ?? environment["SANGKIEN_ACTOR"] ?? environment["USER"] ?? NSUserName()
    let cleaned = VietnameseText.clean(name)
    guard !cleaned.isEmpty else {
      throw ValidationError(
        Language.text(vi: "--as không được để trống", en: "--as must not be empty"))
    }
    return AuditContext(actor: cleaned, now: Console.current.now())
  }
}

/// `--lang`: the language of messages and documents.
struct LanguageOption: ParsableArguments {
  @Option(help: "The language of messages: vi (default) or en.")
  var lang: Language?

  /// Runs `body` with the chosen language in force.
  func apply<T>(_ body: () throws -> T) rethrows -> T {
    try Language.$current.withValue(lang ?? Language.current, operation: body)
  }
}

extension Language: ExpressibleByArgument {}

/// The output format of a list or report.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json, md
}

extension EntryStatus: ExpressibleByArgument {}

extension EntryCategory: ExpressibleByArgument {
  /// Accepts the id or the Vietnamese word.
  public init?(argument: String) {
    self.init(parsing: argument)
  }
}
