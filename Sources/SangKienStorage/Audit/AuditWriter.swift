import GRDB
import SangKienModel

/// Writes audit records inside the transaction of the change they describe.
struct AuditWriter {
  let db: Database
  let context: AuditContext

  func record(
    action: String, subject: String, before: JSONValue?, after: JSONValue?, note: String? = nil
  ) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO audit (at, actor, action, subject, before, after, note)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [
      context.timestamp, context.actor, action, subject, before?.canonicalText,
      after?.canonicalText, note,
    ])
  }
}

extension ContestDatabase {
  /// The audit log, oldest first; `subject` keeps only the records about one entry or
  /// thing, `limit` only the newest so many.
  public func auditLog(subject: String? = nil, limit: Int? = nil) throws(StorageError)
    -> [AuditRecord]
  {
    try read { db in
      var sql = "SELECT id, at, actor, action, subject, before, after, note FROM audit"
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
          subject: row["subject"], before: row["before"], after: row["after"], note: row["note"])
      }
    }
  }
}
