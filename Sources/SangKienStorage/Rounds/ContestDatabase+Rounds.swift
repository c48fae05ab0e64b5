import GRDB
import SangKienModel

extension ContestDatabase {
  /// Each round's state.
  public func roundStates() throws(StorageError) -> [String: RoundState] {
    try read { db in
      var states: [String: RoundState] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, state FROM round") {
        states[row["id"]] = RoundState(rawValue: row["state"]) ?? .open
      }
      return states
    }
  }

  /// Opens or closes a round (audited). Setting the state it already has is refused.
  public func setRoundState(
    _ round: String, to state: RoundState, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      guard
        let current = try String.fetchOne(
          db, sql: "SELECT state FROM round WHERE id = ?", arguments: [round])
      else { throw StorageError.roundNotFound(id: round) }
      guard current != state.rawValue else {
        throw StorageError.roundAlreadyInState(id: round, state: state)
      }
      try db.execute(
        sql: "UPDATE round SET state = ? WHERE id = ?", arguments: [state.rawValue, round])
      try audit.record(
        action: state == .open ? "round.open" : "round.close", subject: "round:\(round)",
        before: .object(["state": .string(current)]),
        after: .object(["state": .string(state.rawValue)]))
    }
  }

  /// The codes on a round's shortlist, or nil when it has none (the first round takes every
  /// eligible entry).
  public func shortlist(round: String) throws(StorageError) -> [String]? {
    try read { db in
      let codes = try String.fetchAll(
        db,
        sql: """
          SELECT e.code FROM round_entry r JOIN entry e ON e.id = r.entry_id
          WHERE r.round = ? ORDER BY e.id
          """, arguments: [round])
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
        db, sql: "SELECT EXISTS (SELECT 1 FROM round_entry WHERE round = ?)", arguments: [round])
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
        action: "round.advance", subject: "round:\(round)", before: nil,
        after: .object(["entries": .array(codes.map(JSONValue.string))]), note: note)
    }
  }

  /// A round's assignments as (judge, entry code) pairs, by judge then code.
  public func assignments(round: String) throws(StorageError) -> [Assignment] {
    try read { db in
      // Codes looked up in memory: joining each row to its (wide) entry row cost more than
      // the rest of the query.
      let codes = try EntryRows.codes(db)
      var result: [Assignment] = []
      let rows = try Row.fetchCursor(
        db, sql: "SELECT judge, entry_id FROM assignment WHERE round = ? ORDER BY judge, entry_id",
        arguments: [round])
      while let row = try rows.next() {
        result.append(Assignment(round: round, judge: row[0], entry: codes[row[1]] ?? ""))
      }
      return result
    }
  }

  /// Adds assignments in one transaction, one audit record each; pairs already present are
  /// skipped. Returns how many were new.
  @discardableResult
  public func addAssignments(
    _ assignments: [Assignment], context: AuditContext, note: String?, commit: Bool = true
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
          action: "assign.add", subject: pair.entry, before: nil,
          after: .object([
            "round": .string(pair.round), "judge": .string(pair.judge),
            "entry": .string(pair.entry),
          ]), note: note)
      }
      return added
    }
  }
}

/// A judge assigned to score an entry in a round.
public struct Assignment: Hashable, Sendable {
  /// The round's id.
  public var round: String
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String

  /// Creates an assignment.
  public init(round: String, judge: String, entry: String) {
    self.round = round
    self.judge = judge
    self.entry = entry
  }
}
