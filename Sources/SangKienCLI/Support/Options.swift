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

  /// Opens the database for someone allowed to do `permission`; anyone else is refused,
  /// and the refusal is audited.
  func open(_ permission: Permission, command: String) throws -> ContestDatabase {
    try authorize(permission, command: command).database
  }

  /// Opens the database and says who is acting, once they are allowed to do `permission`.
  func authorize(_ permission: Permission, command: String) throws -> (
    database: ContestDatabase, actor: Actor
  ) {
    let database = try ContestDatabase.open(path: path)
    let context = try context()
    let actor = try database.actor(named: context.actor)
    if let reason = permission.refusal(for: actor, name: context.actor) {
      try database.recordRefusal(command: command, reason: reason, context: context)
      throw CLIError.refused(reason)
    }
    return (database, actor!)
  }

  /// The name given by `--as`, `$SANGKIEN_ACTOR` or the OS user.
  var actorName: String {
    let environment = Console.current.environment
    return actor ?? environment["SANGKIEN_ACTOR"] ?? environment["USER"] ?? NSUserName()
  }

  /// The actor and the time of a change.
  func context() throws -> AuditContext {
    let cleaned = VietnameseText.clean(actorName)
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

/// What a command needs its actor to be.
enum Permission {
  /// Anyone on the staff or the jury.
  case anyone
  /// A member of staff (secretariat or organiser).
  case staff
  /// The secretariat.
  case secretariat
  /// The organisers.
  case organiser
  /// The secretariat, or the judge whose scores or worklist these are.
  case judgeOrSecretariat(String?)
  /// Any member of staff, or the judge whose worklist this is.
  case judgeOrStaff(String?)

  /// Why `actor` may not, or nil when they may.
  func refusal(for actor: Actor?, name: String) -> String? {
    guard let actor else {
      return Language.text(
        vi:
          "'\(name)' không có trong danh sách Tổ thư ký, Ban tổ chức hay Ban giám khảo; dùng --as TÊN (Tổ thư ký thêm người bằng 'sangkien staff add')",
        en:
          "'\(name)' is not on the staff or the jury; use --as NAME (the secretariat adds people with 'sangkien staff add')"
      )
    }
    let allowed: Bool
    let who: String
    switch self {
    case .anyone:
      return nil
    case .staff:
      allowed = actor.role != .judge
      who = Language.text(vi: "Tổ thư ký và Ban tổ chức", en: "the secretariat and the organisers")
    case .secretariat:
      allowed = actor.role == .secretariat
      who = Language.text(vi: "Tổ thư ký", en: "the secretariat")
    case .organiser:
      allowed = actor.role == .organiser
      who = Language.text(vi: "Ban tổ chức", en: "the organisers")
    case .judgeOrSecretariat(let judge):
      allowed =
        actor.role == .secretariat
        || (actor.role == .judge && (judge == nil || actor.judgeId == judge))
      who = Language.text(
        vi: "Tổ thư ký và chính giám khảo đó", en: "the secretariat and that judge themselves")
    case .judgeOrStaff(let judge):
      allowed = actor.role != .judge || judge == nil || actor.judgeId == judge
      who = Language.text(
        vi: "Tổ thư ký, Ban tổ chức và chính giám khảo đó",
        en: "the staff and that judge themselves")
    }
    guard !allowed else { return nil }
    return Language.text(
      vi: "\(actor.name) (\(actor.role.vietnamese)) không được làm việc này: chỉ \(who)",
      en: "\(actor.name) (\(actor.role.rawValue)) may not do this: only \(who) may")
  }
}
