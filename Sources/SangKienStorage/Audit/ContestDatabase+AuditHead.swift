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

/// Whether the log still leads to a head kept elsewhere.
public struct HeadCheck: Sendable, Hashable {
  /// The record the head (or publication code) names, when the chain still reaches it
  /// unchanged.
  public var record: Int64?
  /// Records written after it.
  public var recordsAfter: Int
}

extension ContestDatabase {
  /// Whether the chain, recomputed from the first record, still reaches `head` (a hash kept
  /// from a ranking or a printed result), or the record numbered `publication`, unchanged.
  public func checkHead(_ head: String?, publication: Int64? = nil) throws(StorageError)
    -> HeadCheck
  {
    try read { db in
      var previous = ""
      var reached: Int64? = nil
      var total: Int64 = 0
      let rows = try Row.fetchCursor(
        db,
        sql:
          "SELECT id, at, actor, action, subject, before, after, note, hash FROM audit ORDER BY id")
      while let row = try rows.next() {
        let id: Int64 = row["id"]
        total = id
        let hash = AuditChain.hash(
          previous: previous,
          content: AuditChain.content(
            at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"],
            before: row["before"], after: row["after"], note: row["note"]))
        let stored: String? = row["hash"]
        // Past a break the chain leads nowhere: what follows cannot vouch for the head.
        guard stored == hash else { break }
        if reached == nil && (hash == head || id == publication) { reached = id }
        previous = hash
      }
      return HeadCheck(record: reached, recordsAfter: reached.map { Int(total - $0) } ?? 0)
    }
  }
}
