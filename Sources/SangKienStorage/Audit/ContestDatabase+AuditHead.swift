import GRDB

extension ContestDatabase {
  /// The head of the audit log: until records are hash-chained, the number of the last
  /// record (`#123`), so a printed result names the state it was made from.
  public func auditHead() throws(StorageError) -> String {
    try read { db in
      "#" + String(try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0)
    }
  }
}
