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
