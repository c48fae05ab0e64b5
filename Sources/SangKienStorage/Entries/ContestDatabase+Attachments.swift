import Crypto
import Foundation
import GRDB
import GRDBSQLite
import SangKienModel

/// A file to attach, checked by the workflow: where its bytes are, and what they were found
/// to be.
public struct IncomingFile: Sendable, Hashable {
  /// The name to keep (NFC, no folder part).
  public var name: String
  /// Where the bytes are read from.
  public var path: String
  /// The media type sniffed from the bytes.
  public var mediaType: String
  /// The size, in bytes.
  public var size: Int64
  /// The SHA-256 the workflow found; the bytes are hashed again as they are stored, and a
  /// file that changed in between is refused.
  public var sha256: String
  /// Whether judges may see it.
  public var blind: Bool

  /// Creates a file to attach.
  public init(
    name: String, path: String, mediaType: String, size: Int64, sha256: String, blind: Bool
  ) {
    self.name = name
    self.path = path
    self.mediaType = mediaType
    self.size = size
    self.sha256 = sha256
    self.blind = blind
  }
}

extension Fingerprint {
  /// The SHA-256 and size of the file at `path`, read 1 MB at a time.
  public static func sha256(file path: String) throws(StorageError) -> (sha256: String, size: Int64)
  {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .file(
        message: Language.text(vi: "không đọc được '\(path)'", en: "cannot read '\(path)'"))
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var size: Int64 = 0
    while let chunk = try? handle.read(upToCount: Attachments.chunk), !chunk.isEmpty {
      hasher.update(data: chunk)
      size += Int64(chunk.count)
    }
    return (hex(hasher.finalize()), size)
  }

  static func hex(_ digest: SHA256.Digest) -> String {
    Hex.lowercase(digest)
  }
}

/// Attachments' rows and bytes. The bytes go in and out through SQLite's incremental blob
/// I/O, 1 MB at a time, so a 25 MB file is never held whole.
enum Attachments {
  static let chunk = 1 << 20
  static let columns =
    "a.id, e.code, a.name, a.media_type, a.size, a.sha256, a.blind, a.added_by, a.added_at"

  static func attachment(_ row: Row) -> Attachment {
    Attachment(
      id: row[0], entry: row[1], name: row[2], mediaType: row[3], size: row[4], sha256: row[5],
      blind: row[6], addedBy: row[7], addedAt: row[8])
  }

  /// The JSON an attach record carries, and a detach record's after (with `detached`).
  static func json(_ attachment: Attachment, detached: String? = nil) -> JSONValue {
    guard let detached, case .object(var members) = attachment.jsonValue else {
      return attachment.jsonValue
    }
    members["detached"] = .string(detached)
    return .object(members)
  }

  /// The attachment `id`, still in its dossier.
  static func live(_ id: Int64, db: Database) throws -> Attachment {
    guard
      let row = try Row.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT \(columns) FROM attachment a JOIN entry e ON e.id = a.entry_id
            WHERE a.id = ? AND a.detached_at IS NULL
            """), arguments: [id])
    else { throw StorageError.attachmentNotFound(id: id, entry: nil) }
    return attachment(row)
  }

  /// Inserts `file` for the entry with row id `entryId` and writes its audit record.
  static func insert(
    _ file: IncomingFile, entryId: Int64, code: String, db: Database, audit: AuditWriter,
    note: String? = nil
  ) throws -> Attachment {
    try db.execute(
      sql: """
        INSERT INTO attachment (entry_id, name, media_type, size, sha256, blind, added_by,
          added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        entryId, file.name, file.mediaType, file.size, file.sha256, file.blind,
        audit.context.actor, audit.context.timestamp,
      ])
    let id = db.lastInsertedRowID
    try reserve(file.size, row: id, db: db)
    try write(file, row: id, db: db)
    let attachment = Attachment(
      id: id, entry: code, name: file.name, mediaType: file.mediaType, size: file.size,
      sha256: file.sha256, blind: file.blind, addedBy: audit.context.actor,
      addedAt: audit.context.timestamp)
    // The note names the file, after the import's file when there is one.
    try audit.record(
      action: .entryAttach, subject: code, before: nil, after: json(attachment),
      note: note.map { "\($0): \(file.name)" } ?? file.name)
    return attachment
  }

  static func changed(_ name: String) -> StorageError {
    .file(
      message: Language.text(
        vi: "tệp '\(name)' đã thay đổi trong lúc đang lưu; hãy đính kèm lại",
        en: "the file '\(name)' changed while it was being stored; attach it again"))
  }

  /// The bytes' row of attachment `id`: `size` zeros, filled by `write`. (A `zeroblob` is
  /// never built in memory.)
  static func reserve(_ size: Int64, row id: Int64, db: Database) throws {
    try db.execute(
      sql: "INSERT INTO attachment_content (id, content) VALUES (?, zeroblob(?))",
      arguments: [id, size])
  }

  /// Streams the file's bytes into the blob of row `id`, hashing them again.
  static func write(_ file: IncomingFile, row id: Int64, db: Database) throws {
    guard let handle = FileHandle(forReadingAtPath: file.path) else { throw changed(file.name) }
    defer { try? handle.close() }
    var blob: OpaquePointer?
    let opened = sqlite3_blob_open(
      db.sqliteConnection, "main", "attachment_content", "content", id, 1, &blob)
    guard opened == SQLITE_OK, let blob else {
      throw StorageError.database(message: String(cString: sqlite3_errstr(opened)))
    }
    defer { sqlite3_blob_close(blob) }
    var hasher = SHA256()
    var offset: Int64 = 0
    while let chunk = try handle.read(upToCount: chunk), !chunk.isEmpty {
      guard offset + Int64(chunk.count) <= file.size else { throw changed(file.name) }
      hasher.update(data: chunk)
      let code = chunk.withUnsafeBytes {
        sqlite3_blob_write(blob, $0.baseAddress, Int32(chunk.count), Int32(offset))
      }
      guard code == SQLITE_OK else {
        throw StorageError.database(message: String(cString: sqlite3_errstr(code)))
      }
      offset += Int64(chunk.count)
    }
    guard offset == file.size, Fingerprint.hex(hasher.finalize()) == file.sha256 else {
      throw changed(file.name)
    }
  }

  /// Reads the blob of row `id` 1 MB at a time, handing each piece to `body`; returns the
  /// SHA-256 of what was read.
  @discardableResult
  static func read(row id: Int64, db: Database, _ body: (Data) throws -> Void = { _ in }) throws
    -> String
  {
    var blob: OpaquePointer?
    let opened = sqlite3_blob_open(
      db.sqliteConnection, "main", "attachment_content", "content", id, 0, &blob)
    guard opened == SQLITE_OK, let blob else {
      throw StorageError.database(message: String(cString: sqlite3_errstr(opened)))
    }
    defer { sqlite3_blob_close(blob) }
    let total = Int(sqlite3_blob_bytes(blob))
    var hasher = SHA256()
    var buffer = Data(count: min(chunk, max(total, 1)))
    var offset = 0
    while offset < total {
      let count = min(chunk, total - offset)
      let code = buffer.withUnsafeMutableBytes {
        sqlite3_blob_read(blob, $0.baseAddress, Int32(count), Int32(offset))
      }
      guard code == SQLITE_OK else {
        throw StorageError.database(message: String(cString: sqlite3_errstr(code)))
      }
      let piece = count == buffer.count ? buffer : buffer.prefix(count)
      hasher.update(data: piece)
      try body(piece)
      offset += count
    }
    return Fingerprint.hex(hasher.finalize())
  }
}

extension ContestDatabase {
  /// Attaches `files` to the entry `code`, all in one transaction with an audit record
  /// each (name, type, size and SHA-256; never the bytes).
  public func attach(_ files: [IncomingFile], to code: String, context: AuditContext) throws
    -> [Attachment]
  {
    try write(context) { db, audit in
      guard
        let entryId = try Int64.fetchOne(
          try db.cachedStatement(sql: "SELECT id FROM entry WHERE code = ?"), arguments: [code])
      else { throw StorageError.entryNotFound(code: code) }
      return try files.map {
        try Attachments.insert($0, entryId: entryId, code: code, db: db, audit: audit)
      }
    }
  }

  /// The files attached to the entries `codes` (all entries when nil), by entry, in the order
  /// they were added; detached files are left out unless `detached` is true.
  public func attachments(codes: [String]? = nil, detached: Bool = false) throws(StorageError)
    -> [String: [Attachment]]
  {
    try read { db in
      var sql =
        "SELECT \(Attachments.columns) FROM attachment a JOIN entry e ON e.id = a.entry_id"
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if !detached { conditions.append("a.detached_at IS NULL") }
      if let codes {
        conditions.append("e.code IN (SELECT value FROM json_each(?))")
        arguments += [JSONValue.array(codes.map(JSONValue.string)).canonicalText]
      }
      if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
      var found: [String: [Attachment]] = [:]
      // Four texts at most: prepared once per connection.
      for row in try Row.fetchAll(
        try db.cachedStatement(sql: sql + " ORDER BY a.id"), arguments: arguments)
      {
        let attachment = Attachments.attachment(row)
        found[attachment.entry, default: []].append(attachment)
      }
      return found
    }
  }

  /// The attachment `id`, attached or detached, with the reason it was detached.
  public func attachment(id: Int64) throws(StorageError) -> (Attachment, detached: String?)? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          try db.cachedStatement(
            sql: """
              SELECT \(Attachments.columns), a.detach_reason FROM attachment a
              JOIN entry e ON e.id = a.entry_id WHERE a.id = ?
              """), arguments: [id])
      else { return nil }
      return (Attachments.attachment(row), row[9])
    }
  }

  /// Takes a file out of the entry's dossier, with the reason. Its bytes stay in the
  /// database (nothing is lost), out of every list; the audit record keeps name and hash.
  public func detach(id: Int64, reason: String, context: AuditContext) throws -> Attachment {
    try write(context) { db, audit in
      let attachment = try Attachments.live(id, db: db)
      try db.execute(
        sql: """
          UPDATE attachment SET detached_at = ?, detached_by = ?, detach_reason = ? WHERE id = ?
          """, arguments: [context.timestamp, context.actor, reason, id])
      try audit.record(
        action: .entryDetach, subject: attachment.entry, before: Attachments.json(attachment),
        after: Attachments.json(attachment, detached: reason), note: reason)
      return attachment
    }
  }

  /// Shows the file `id` to the judges (`blind`: it says nothing of who made the entry) or
  /// hides it from them; the audit record holds the file before and after, and the reason.
  public func setBlind(id: Int64, blind: Bool, reason: String, context: AuditContext) throws
    -> Attachment
  {
    try write(context) { db, audit in
      let before = try Attachments.live(id, db: db)
      var after = before
      after.blind = blind
      try db.execute(
        sql: "UPDATE attachment SET blind = ? WHERE id = ?", arguments: [blind, id])
      try audit.record(
        action: .entryBlind, subject: before.entry, before: Attachments.json(before),
        after: Attachments.json(after),
        note: reason.isEmpty ? before.name : "\(before.name): \(reason)")
      return after
    }
  }

  /// Writes the bytes of attachment `id` to `path`, 1 MB at a time, and returns the SHA-256
  /// of what was written (the caller compares it with the one stored).
  public func extract(id: Int64, to path: String) throws -> String {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw StorageError.file(
        message: Language.text(vi: "không ghi được '\(path)'", en: "cannot write '\(path)'"))
    }
    defer { try? handle.close() }
    return try read { db in
      try Attachments.read(row: id, db: db) { try handle.write(contentsOf: $0) }
    }
  }

  /// The bytes of attachment `id`, whole (a download).
  public func attachmentBytes(id: Int64) throws(StorageError) -> [UInt8] {
    try read { db in
      var bytes: [UInt8] = []
      try Attachments.read(row: id, db: db) { bytes.append(contentsOf: $0) }
      return bytes
    }
  }

  /// The bytes the entry's dossier holds (attached files only).
  public func dossierSize(code: String) throws(StorageError) -> Int64 {
    try read { db in
      try Int64.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT coalesce(sum(a.size), 0) FROM attachment a JOIN entry e ON e.id = a.entry_id
            WHERE e.code = ? AND a.detached_at IS NULL
            """), arguments: [code]) ?? 0
    }
  }
}

extension EntryImporter {
  /// Attaches `file` to the entry `code`, inserted in this transaction or before.
  public func attach(_ file: IncomingFile, to code: String) throws -> Attachment {
    guard let audit else { throw StorageError.database(message: "planning: nothing is attached") }
    guard
      let entryId = try Int64.fetchOne(
        try db.cachedStatement(sql: "SELECT id FROM entry WHERE code = ?"), arguments: [code])
    else { throw StorageError.entryNotFound(code: code) }
    return try Attachments.insert(
      file, entryId: entryId, code: code, db: db, audit: audit, note: note)
  }
}
