import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  /// The number the next audit record will get (inside a transaction, the one it gets).
  public func nextAuditId() throws(StorageError) -> Int64 {
    try read { db in (try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0) + 1 }
  }

  /// Records a publication: the round, the head it was computed from, each file's SHA-256
  /// in the audit record and each file's bytes beside it (so a backup holds them), and the
  /// publication it supersedes. Returns the record's number.
  @discardableResult
  public func recordPublication(
    round: String, auditHead: String, files: [(name: String, bytes: [UInt8])],
    supersedes: Int64?, because: [String], acceptedDisagreements: String? = nil,
    complaints: [Int64] = [], context: AuditContext
  ) throws -> Int64 {
    try write(context) { db, audit in
      var after: [String: JSONValue] = [
        "round": .string(round), "audit_head": .string(auditHead),
        "files": .object(
          Dictionary(
            files.map { ($0.name, JSONValue.string(Fingerprint.sha256($0.bytes))) },
            uniquingKeysWith: { a, _ in a })),
      ]
      if let supersedes {
        after["supersedes"] = .number(String(supersedes))
        after["because"] = .array(because.map(JSONValue.string))
      }
      // The complaints whose decisions this publication answers.
      if !complaints.isEmpty {
        after["complaints"] = .array(complaints.map { .number(String($0)) })
      }
      // Why the jury accepted prizes on disagreeing totals, when it had to say.
      if let acceptedDisagreements {
        after["accepted_disagreements"] = .string(acceptedDisagreements)
      }
      try audit.record(
        action: .publish, subject: "round:\(round)", before: nil, after: .object(after),
        note: supersedes.map { "supersedes #\($0)" })
      let id = db.lastInsertedRowID
      let insert = try db.cachedStatement(
        sql: """
          INSERT INTO published_file (publication, name, sha256, size, content)
          VALUES (?, ?, ?, ?, ?)
          """)
      for file in files {
        try insert.execute(arguments: [
          id, file.name, Fingerprint.sha256(file.bytes), file.bytes.count, Data(file.bytes),
        ])
      }
      return id
    }
  }

  /// The publication recorded as audit record `id`, or nil when that record is not one.
  public func publication(id: Int64) throws(StorageError) -> PublicationRecord? {
    try publications(id: id).first
  }

  /// Every publication, oldest first (or only the one numbered `id`).
  public func publications(id: Int64? = nil) throws(StorageError) -> [PublicationRecord] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, at, actor, after FROM audit WHERE action = ?1 AND (?2 IS NULL OR id = ?2)
          ORDER BY id
          """,
        arguments: [AuditAction.publish.rawValue, id]
      ).compactMap { row in
        guard case .object(let m)? = JSONValue(parsing: row[3] as String),
          case .string(let round)? = m["round"], case .string(let head)? = m["audit_head"],
          case .object(let files)? = m["files"]
        else { return nil }
        var supersedes: Int64? = nil
        if case .number(let n)? = m["supersedes"] { supersedes = Int64(n) }
        var because: [String] = []
        if case .array(let reasons)? = m["because"] {
          for case .string(let reason) in reasons { because.append(reason) }
        }
        var record = PublicationRecord(
          id: row[0], at: row[1], actor: row[2], round: round, auditHead: head,
          files: files.compactMapValues { if case .string(let s) = $0 { s } else { nil } },
          supersedes: supersedes, because: because)
        if case .array(let answered)? = m["complaints"] {
          for case .number(let n) in answered {
            if let id = Int64(n) { record.complaints.append(id) }
          }
        }
        return record
      }
    }
  }

  /// The bytes of a published file kept in the database, or nil.
  public func publishedFile(publication: Int64, name: String) throws(StorageError) -> [UInt8]? {
    try read { db in
      try Data.fetchOne(
        db, sql: "SELECT content FROM published_file WHERE publication = ? AND name = ?",
        arguments: [publication, name]
      ).map { [UInt8]($0) }
    }
  }

  /// The names of the files kept for each publication.
  public func publishedFileNames() throws(StorageError) -> [Int64: [String]] {
    try read { db in
      var result: [Int64: [String]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT publication, name FROM published_file ORDER BY publication, name")
      {
        result[row[0], default: []].append(row[1])
      }
      return result
    }
  }

  /// Keeps files of an earlier publication that were written beside the database before
  /// files were kept inside it: only a file whose SHA-256 is the one its publication
  /// recorded is taken. Returns how many were taken.
  @discardableResult
  public func adoptPublishedFiles(_ files: [(publication: Int64, name: String, bytes: [UInt8])])
    throws -> Int
  {
    guard !isReadOnly else { return 0 }
    let records = Dictionary(
      try publications().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let wanted = files.filter { file in
      records[file.publication]?.files[file.name] == Fingerprint.sha256(file.bytes)
    }
    guard !wanted.isEmpty else { return 0 }
    return try writer.write { db in
      let insert = try db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO published_file (publication, name, sha256, size, content)
          VALUES (?, ?, ?, ?, ?)
          """)
      var taken = 0
      for file in wanted {
        try insert.execute(arguments: [
          file.publication, file.name, Fingerprint.sha256(file.bytes), file.bytes.count,
          Data(file.bytes),
        ])
        taken += db.changesCount
      }
      return taken
    }
  }
}
