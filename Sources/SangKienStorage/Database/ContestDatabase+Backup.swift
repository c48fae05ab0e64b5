import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  /// Copies the database to `path` through SQLite's online backup API: a consistent copy
  /// even while others write. An existing file is refused unless `replace`; a disk without
  /// room for the copy is said so, before and during the copy (SQLite's own message for
  /// it is "not an error").
  ///
  /// - Parameter freeSpace: the bytes free on the volume holding a path (the default asks
  ///   the file system; tests pass their own).
  public func backup(
    to path: String, replace: Bool,
    freeSpace: (String) -> Int64? = ContestDatabase.freeSpace(at:)
  ) throws(StorageError) {
    let manager = FileManager.default
    if manager.fileExists(atPath: path) && !replace { throw .alreadyExists(path: path) }
    let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    let folder = (path as NSString).deletingLastPathComponent
    let needed = try? read { db in
      try Int64.fetchOne(
        db, sql: "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")
    }
    func noRoom() -> StorageError? {
      guard let needed, let available = freeSpace(folder.isEmpty ? "." : folder),
        available < needed
      else { return nil }
      return .file(message: StorageText.diskFull(path, needed: needed, available: available))
    }
    if let error = noRoom() { throw error }
    do {
      for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: temporary + suffix) }
      let destination = try DatabaseQueue(path: temporary)
      try writer.backup(to: destination)
      // A single self-contained file: no -wal beside it.
      try destination.writeWithoutTransaction {
        try $0.execute(sql: "PRAGMA journal_mode = DELETE")
      }
      try destination.close()
      if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
      try manager.moveItem(atPath: temporary, toPath: path)
    } catch {
      // Judged at the moment of failure: the disk is full when what is left free is less
      // than what was still to be copied. SQLite says "disk I/O error" or "not an error".
      let written = ["", "-wal", "-shm"].reduce(Int64(0)) { sum, suffix in
        let size = try? manager.attributesOfItem(atPath: temporary + suffix)[.size] as? Int64
        return sum + (size ?? 0)
      }
      let availableThen = freeSpace(folder.isEmpty ? "." : folder)
      for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: temporary + suffix) }
      if let needed, let availableThen, availableThen < max(needed - written, 1) {
        // The copy needs more than the database while it is written (its journal), so
        // the sizes would not explain it: the message says only that the disk filled up.
        throw .file(message: StorageText.diskFull(path, needed: nil, available: nil))
      }
      if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
        throw .file(message: StorageText.diskFull(path, needed: nil, available: nil))
      }
      throw StorageError.wrap(error)
    }
  }

  /// The bytes free for this process on the volume holding `path`, or nil when unknown.
  public static func freeSpace(at path: String) -> Int64? {
    let values = try? URL(fileURLWithPath: path).resourceValues(forKeys: [
      .volumeAvailableCapacityKey
    ])
    return values?.volumeAvailableCapacity.map(Int64.init)
  }

  /// Checks a copy before it replaces anything: SQLite's integrity check, then the audit
  /// chain and replay. Returns the copy's verification, or throws what is wrong.
  public static func checkCopy(path: String) throws(StorageError) -> AuditVerification {
    let copy = try ContestDatabase.open(path: path, readOnly: true)
    let integrity = try copy.integrityProblems()
    guard integrity.isEmpty else {
      throw .damaged(path: path, problems: integrity)
    }
    let verification = try copy.verifyAudit()
    guard verification.isIntact else {
      throw .damaged(path: path, problems: verification.chainProblems + verification.dataProblems)
    }
    return verification
  }

  /// Replaces this database's content with the copy at `path`, after checking it; the
  /// current content is first kept as `keepAs`. Records the restore in the restored log.
  public func restore(from path: String, keepAs: String, context: AuditContext) throws
    -> AuditVerification
  {
    let verification = try ContestDatabase.checkCopy(path: path)
    let previousHead = try auditHead()
    try backup(to: keepAs, replace: false)
    let source = try DatabaseQueue(
      path: path,
      configuration: { () -> Configuration in
        var configuration = ContestDatabase.configuration()
        configuration.readonly = true
        return configuration
      }())
    try source.backup(to: writer)
    try source.close()
    try write(context) { _, audit in
      try audit.record(
        action: .databaseRestore, subject: "database",
        before: .object(["head": .string(previousHead)]),
        after: .object(["head": .string(verification.head), "from": .string(path)]),
        note: Language.text(vi: "bản cũ giữ ở \(keepAs)", en: "previous content kept as \(keepAs)"))
    }
    return verification
  }

  /// Creates the database at `target`, where there is none, from the copy at `path`, after
  /// checking it (integrity, audit chain and replay) and checking that `actor` is a member
  /// of the secretariat in the copy. Records the restore in the restored log.
  public static func restoreNew(from path: String, to target: String, context: AuditContext)
    throws -> AuditVerification
  {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: target) else {
      throw StorageError.alreadyExists(path: target)
    }
    let verification = try checkCopy(path: path)
    let copy = try ContestDatabase.open(path: path, readOnly: true)
    guard try copy.staff().contains(where: { $0.name == context.actor && $0.role == .secretariat })
    else { throw StorageError.notSecretariat(name: context.actor, path: path) }
    let temporary = target + ".restoring-\(ProcessInfo.processInfo.processIdentifier)"
    do {
      try copy.backup(to: temporary, replace: true)
      try manager.moveItem(atPath: temporary, toPath: target)
    } catch {
      try? manager.removeItem(atPath: temporary)
      throw error
    }
    let restored = try ContestDatabase.open(path: target)
    try restored.write(context) { _, audit in
      try audit.record(
        action: .databaseRestore, subject: "database", before: nil,
        after: .object(["head": .string(verification.head), "from": .string(path)]),
        note: Language.text(
          vi: "tạo cơ sở dữ liệu từ bản sao lưu", en: "database created from the backup"))
    }
    return verification
  }

  /// SQLite's integrity check: empty when the file is sound.
  public func integrityProblems() throws(StorageError) -> [String] {
    try read { db in
      let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      return rows == ["ok"] ? [] : rows
    }
  }
}
