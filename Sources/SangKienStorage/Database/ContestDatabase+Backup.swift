import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  /// Copies the database to `path` through SQLite's online backup API: a consistent copy
  /// even while others write. An existing file is refused unless `replace`.
  public func backup(to path: String, replace: Bool) throws(StorageError) {
    let manager = FileManager.default
    if manager.fileExists(atPath: path) && !replace { throw .alreadyExists(path: path) }
    let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
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
      for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: temporary + suffix) }
      throw StorageError.wrap(error)
    }
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

  /// SQLite's integrity check: empty when the file is sound.
  public func integrityProblems() throws(StorageError) -> [String] {
    try read { db in
      let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      return rows == ["ok"] ? [] : rows
    }
  }
}
