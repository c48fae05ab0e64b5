import GRDB

extension ContestDatabase {
  /// The head of the audit log: the last record's hash, which rankings and published
  /// results carry so a printed result can be checked against the database later.
  public func auditHead() throws(StorageError) -> String {
    try read { db in
      try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? ""
    }
  }
}
