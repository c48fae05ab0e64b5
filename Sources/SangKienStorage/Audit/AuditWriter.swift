import GRDB
import SangKienModel

/// Writes audit records inside the transaction of the change they describe, each chained
/// to the one before by its hash.
final class AuditWriter {
  let db: Database
  let context: AuditContext
  private var lastHash: String?
  /// Where the transaction's actions are noted (what a slow write is named by).
  private let log: WriteLog?

  init(db: Database, context: AuditContext, log: WriteLog? = nil) {
    self.db = db
    self.context = context
    self.log = log
  }

  func record(
    action: AuditAction, subject: String, before: JSONValue?, after: JSONValue?,
    note: String? = nil
  ) throws {
    let previous: String
    if let lastHash {
      previous = lastHash
    } else {
      previous =
        try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? ""
    }
    log?.actions.append(action)
    let beforeText = before?.canonicalText
    let afterText = after?.canonicalText
    let at = context.timestamp
    let hash = AuditChain.hash(
      previous: previous,
      content: AuditChain.content(
        at: at, actor: context.actor, action: action.rawValue, subject: subject, before: beforeText,
        after: afterText, note: note))
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO audit (at, actor, action, subject, before, after, note, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [
      at, context.actor, action.rawValue, subject, beforeText, afterText, note, hash,
    ])
    lastHash = hash
  }
}

extension ContestDatabase {
  /// The audit log, oldest first; `subject` keeps only the records about one entry or
  /// thing, `limit` only the newest so many.
  public func auditLog(subject: String? = nil, limit: Int? = nil) throws(StorageError)
    -> [AuditRecord]
  {
    try read { db in
      var sql = "SELECT id, at, actor, action, subject, before, after, note, hash FROM audit"
      var arguments: StatementArguments = []
      if let subject {
        sql += " WHERE subject = ?"
        arguments += [subject]
      }
      sql += " ORDER BY id DESC"
      if let limit {
        sql += " LIMIT ?"
        arguments += [limit]
      }
      let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
      return rows.reversed().map { row in
        AuditRecord(
          id: row["id"], at: row["at"], actor: row["actor"], action: row["action"],
          subject: row["subject"], before: row["before"], after: row["after"], note: row["note"],
          hash: row["hash"])
      }
    }
  }
}
