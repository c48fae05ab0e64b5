import GRDB
import SangKienModel

extension ContestDatabase {
  /// The head of the audit log: the last record's hash, which rankings and published
  /// results carry so a printed result can be checked against the database later.
  public func auditHead() throws(StorageError) -> String {
    try read { db in
      try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? ""
    }
  }
}

/// One publication as its audit record holds it.
public struct PublicationRecord: Sendable, Hashable {
  /// The audit record's number: the publication's code.
  public var id: Int64
  /// When.
  public var at: String
  /// The round published.
  public var round: String
  /// The audit head the files were computed from.
  public var auditHead: String
  /// The SHA-256 (hex) of each file, by name.
  public var files: [String: String]
}

extension ContestDatabase {
  /// The number the next audit record will get (inside a transaction, the one it gets).
  public func nextAuditId() throws(StorageError) -> Int64 {
    try read { db in (try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0) + 1 }
  }

  /// Records a publication: the round, the head it was computed from and each file's
  /// SHA-256. Returns the record's number.
  @discardableResult
  public func recordPublication(
    round: String, auditHead: String, files: [String: String], context: AuditContext
  ) throws -> Int64 {
    try write(context) { db, audit in
      try audit.record(
        action: .publish, subject: "round:\(round)", before: nil,
        after: .object([
          "round": .string(round), "audit_head": .string(auditHead),
          "files": .object(files.mapValues { .string($0) }),
        ]))
      return db.lastInsertedRowID
    }
  }

  /// The publication recorded as audit record `id`, or nil when that record is not one.
  public func publication(id: Int64) throws(StorageError) -> PublicationRecord? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT at, after FROM audit WHERE id = ? AND action = ?",
          arguments: [id, AuditAction.publish.rawValue]),
        case .object(let m)? = JSONValue(parsing: row[1] as String),
        case .string(let round)? = m["round"], case .string(let head)? = m["audit_head"],
        case .object(let files)? = m["files"]
      else { return nil }
      return PublicationRecord(
        id: id, at: row[0], round: round, auditHead: head,
        files: files.compactMapValues { if case .string(let s) = $0 { s } else { nil } })
    }
  }
}
