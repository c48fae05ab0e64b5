import GRDB
import SangKienModel

extension ContestDatabase {
  /// Each round's state.
  public func roundStates() throws(StorageError) -> [String: RoundState] {
    try read { db in
      var states: [String: RoundState] = [:]
      for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, state FROM round")) {
        states[row["id"]] = RoundState(rawValue: row["state"]) ?? .open
      }
      return states
    }
  }

  /// Opens or closes a round (audited). Setting the state it already has is refused.
  public func setRoundState(
    _ round: String, to state: RoundState, note: String? = nil, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      guard
        let current = try String.fetchOne(
          try db.cachedStatement(sql: "SELECT state FROM round WHERE id = ?"), arguments: [round])
      else { throw StorageError.roundNotFound(id: round) }
      guard current != state.rawValue else {
        throw StorageError.roundAlreadyInState(id: round, state: state)
      }
      try db.execute(
        sql: "UPDATE round SET state = ? WHERE id = ?", arguments: [state.rawValue, round])
      try audit.record(
        action: state == .open ? .roundOpen : .roundClose, subject: "round:\(round)",
        before: .object(["state": .string(current)]),
        after: .object(["state": .string(state.rawValue)]), note: note)
    }
  }

  /// The codes on a round's shortlist, or nil when it has none (the first round takes every
  /// eligible entry).
  public func shortlist(round: String) throws(StorageError) -> [String]? {
    try read { db in
      let codes = try String.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT e.code FROM round_entry r JOIN entry e ON e.id = r.entry_id
            WHERE r.round = ? ORDER BY e.id
            """), arguments: [round])
      return codes.isEmpty ? nil : codes
    }
  }

  /// Puts entries on a round's shortlist (one audit record listing them all); a round that
  /// already has a shortlist is refused.
  public func setShortlist(
    round: String, codes: [String], context: AuditContext, note: String
  ) throws {
    try write(context) { db, audit in
      if try Bool.fetchOne(
        try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM round_entry WHERE round = ?)"),
        arguments: [round])
        == true
      {
        throw StorageError.shortlistExists(round: round)
      }
      let statement = try db.cachedStatement(
        sql: "INSERT INTO round_entry (round, entry_id) SELECT ?, id FROM entry WHERE code = ?")
      for code in codes {
        try statement.execute(arguments: [round, code])
        if db.changesCount != 1 { throw StorageError.entryNotFound(code: code) }
      }
      try audit.record(
        action: .roundAdvance, subject: "round:\(round)", before: nil,
        after: .object(["entries": .array(codes.map(JSONValue.string))]), note: note)
    }
  }

  /// A round's assignments, by judge then entry.
  public func assignments(round: String) throws(StorageError) -> [RoundPair] {
    try read { db in
      // Codes looked up in memory: joining each row to its (wide) entry row cost more than
      // the rest of the query.
      let codes = try EntryRows.codes(db)
      var result: [RoundPair] = []
      let rows = try Row.fetchCursor(
        db, sql: "SELECT judge, entry_id FROM assignment WHERE round = ? ORDER BY judge, entry_id",
        arguments: [round])
      while let row = try rows.next() {
        result.append(RoundPair(round: round, judge: row[0], entry: codes[row[1]] ?? ""))
      }
      return result
    }
  }

  /// One judge's assignments in a round, by entry: what that judge's worklist costs.
  public func assignments(round: String, judge: String) throws(StorageError) -> [RoundPair] {
    try read { db in
      try String.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT e.code FROM assignment a JOIN entry e ON e.id = a.entry_id
            WHERE a.round = ? AND a.judge = ? ORDER BY a.entry_id
            """), arguments: [round, judge]
      ).map { RoundPair(round: round, judge: judge, entry: $0) }
    }
  }

  /// The judges assigned to one entry in a round, by id.
  public func assignedJudges(round: String, entry: String) throws(StorageError) -> [String] {
    try read { db in
      try String.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT a.judge FROM assignment a JOIN entry e ON e.id = a.entry_id
            WHERE a.round = ? AND e.code = ? ORDER BY a.judge
            """), arguments: [round, entry])
    }
  }

  /// Whether `code` is on the round's shortlist; nil when the round has no shortlist.
  public func isShortlisted(round: String, code: String) throws(StorageError) -> Bool? {
    try read { db in
      guard
        try Bool.fetchOne(
          try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM round_entry WHERE round = ?)"),
          arguments: [round])
          == true
      else { return nil }
      return try Bool.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT EXISTS (SELECT 1 FROM round_entry r JOIN entry e ON e.id = r.entry_id
              WHERE r.round = ? AND e.code = ?)
            """), arguments: [round, code]) == true
    }
  }

  /// Adds assignments in one transaction, one audit record each; pairs already present are
  /// skipped. Returns how many were new.
  @discardableResult
  public func addAssignments(
    _ assignments: [RoundPair], context: AuditContext, note: String?, commit: Bool = true
  ) throws -> Int {
    try write(context, commit: commit) { db, audit in
      let insert = try db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO assignment (round, judge, entry_id)
          SELECT ?, ?, id FROM entry WHERE code = ?
          """)
      var added = 0
      for pair in assignments {
        try insert.execute(arguments: [pair.round, pair.judge, pair.entry])
        guard db.changesCount == 1 else { continue }
        added += 1
        try audit.record(
          action: .assignAdd, subject: pair.entry, before: nil, after: pair.jsonValue, note: note)
      }
      return added
    }
  }
}

extension ContestDatabase {
  /// The reasons a round was reopened with after audit record `since`, oldest first.
  public func reopenReasons(round: String, since: Int64) throws(StorageError) -> [String] {
    try read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT note FROM audit WHERE action = ? AND subject = ? AND id > ? AND note IS NOT NULL
          ORDER BY id
          """, arguments: [AuditAction.roundOpen.rawValue, "round:\(round)", since])
    }
  }
}
