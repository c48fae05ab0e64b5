import GRDB
import SangKienModel

/// A conflict the secretariat declared, or a detected one it dismissed.
public struct ConflictNote: Hashable, Sendable {
  /// Declared, or a dismissal.
  public enum Kind: String, Sendable {
    /// The pair may never meet.
    case declared
    /// A detected conflict that does not count.
    case dismissed
  }

  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// Which.
  public var kind: Kind
  /// Why.
  public var reason: String
  /// The one round a judge's own declaration acts on; nil for every round.
  public var round: String?

  /// Creates a note.
  public init(judge: String, entry: String, kind: Kind, reason: String, round: String? = nil) {
    self.judge = judge
    self.entry = entry
    self.kind = kind
    self.reason = reason
    self.round = round
  }
}

extension ContestDatabase {
  /// The declared conflicts and dismissals.
  public func conflictNotes() throws(StorageError) -> [ConflictNote] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.judge, e.code, c.kind, c.reason, c.round FROM conflict c
          JOIN entry e ON e.id = c.entry_id ORDER BY c.judge, e.id
          """
      ).compactMap { row in
        ConflictNote.Kind(rawValue: row[2]).map {
          ConflictNote(judge: row[0], entry: row[1], kind: $0, reason: row[3], round: row[4])
        }
      }
    }
  }

  /// Records a declared conflict or a dismissal (audited). A declared conflict also removes
  /// the pair's assignments that have no sheet; returns how many were removed.
  @discardableResult
  public func addConflictNote(
    _ note: ConflictNote, mail: [MailDraft] = [], context: AuditContext
  ) throws -> Int {
    try write(context) { db, audit in
      guard
        let entryId = try Int64.fetchOne(
          db, sql: "SELECT id FROM entry WHERE code = ?", arguments: [note.entry])
      else { throw StorageError.entryNotFound(code: note.entry) }
      guard
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM judge WHERE id = ?)", arguments: [note.judge])
          == true
      else { throw StorageError.judgeNotFound(id: note.judge) }
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO conflict (judge, entry_id, kind, reason, round)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [note.judge, entryId, note.kind.rawValue, note.reason, note.round])
      var removed: [String] = []
      if note.kind == .declared {
        // A declaration for one round takes away that round's unscored places only.
        let unscored = """
          FROM assignment WHERE judge = ?1 AND entry_id = ?2 AND (?3 IS NULL OR round = ?3)
            AND NOT EXISTS (
            SELECT 1 FROM score_sheet s WHERE s.round = assignment.round AND s.judge = assignment.judge
              AND s.entry_id = assignment.entry_id)
          """
        removed = try String.fetchAll(
          db, sql: "SELECT round || ' ' || judge || ' ' || ?4 \(unscored)",
          arguments: [note.judge, entryId, note.round, note.entry])
        try db.execute(sql: "DELETE \(unscored)", arguments: [note.judge, entryId, note.round])
      }
      var after: [String: JSONValue] = [
        "judge": .string(note.judge), "entry": .string(note.entry),
        "reason": .string(note.reason),
        "assignments_removed": .array(removed.map(JSONValue.string)),
      ]
      if let round = note.round { after["round"] = .string(round) }
      try audit.record(
        action: note.kind == .declared ? .conflictAdd : .conflictDismiss, subject: note.entry,
        before: nil, after: .object(after), note: note.reason)
      // Whoever must know (the secretariat, of a judge's declaration), in this transaction.
      try Self.queue(mail, db: db, audit: audit, at: context.timestamp)
      return removed.count
    }
  }

  /// Replaces a round's assignments that have no sheet with `pairs` (scored pairs always
  /// stay), in one transaction with one audit record holding both lists.
  public func replaceAssignments(
    round: String, with pairs: [RoundPair], context: AuditContext, note: String
  ) throws {
    try write(context) { db, audit in
      let before = try String.fetchAll(
        db,
        sql: """
          SELECT a.judge || ' ' || e.code FROM assignment a JOIN entry e ON e.id = a.entry_id
          WHERE a.round = ? ORDER BY a.judge, e.id
          """, arguments: [round])
      try db.execute(
        sql: """
          DELETE FROM assignment WHERE round = ? AND NOT EXISTS (
            SELECT 1 FROM score_sheet s WHERE s.round = assignment.round AND s.judge = assignment.judge
              AND s.entry_id = assignment.entry_id)
          """, arguments: [round])
      // Entry ids looked up in memory, not by an index search per pair (30,000 pairs for a
      // large contest); a code with no entry is skipped, as the insert-select skipped it.
      var ids: [String: Int64] = [:]
      for (id, code) in try EntryRows.codes(db) { ids[code] = id }
      let insert = try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO assignment (round, judge, entry_id) VALUES (?, ?, ?)")
      for pair in pairs {
        guard let id = ids[pair.entry] else { continue }
        try insert.execute(arguments: [round, pair.judge, id])
      }
      // What the round holds now: the new pairs and every scored pair kept (a scored pair
      // the solver did not keep, its sheet set aside, stays too).
      let after = try String.fetchAll(
        db,
        sql: """
          SELECT a.judge || ' ' || e.code FROM assignment a JOIN entry e ON e.id = a.entry_id
          WHERE a.round = ? ORDER BY a.judge, e.id
          """, arguments: [round])
      try audit.record(
        action: .assignRun, subject: "round:\(round)",
        before: .array(before.map(JSONValue.string)), after: .array(after.map(JSONValue.string)),
        note: note)
    }
  }

  /// Moves one unscored assignment from one judge to another (audited).
  public func moveAssignment(
    round: String, entry: String, from: String, to: String, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      try db.execute(
        sql: """
          UPDATE assignment SET judge = ? WHERE round = ? AND judge = ?
            AND entry_id = (SELECT id FROM entry WHERE code = ?)
          """, arguments: [to, round, from, entry])
      guard db.changesCount == 1 else {
        throw StorageError.assignmentNotFound(round: round, judge: from, entry: entry)
      }
      try audit.record(
        action: .assignMove, subject: entry,
        before: RoundPair(round: round, judge: from, entry: entry).jsonValue,
        after: RoundPair(round: round, judge: to, entry: entry).jsonValue)
    }
  }
}

/// A conflict of interest declared for a round, as the audit log holds it: who declared it
/// (the judge on their page, or the secretariat), when, and why.
public struct DeclaredConflict: Hashable, Sendable {
  /// When, ISO 8601 UTC.
  public var at: String
  /// Who declared it (the name the audit log holds).
  public var declaredBy: String
  /// The judge.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// The reason given.
  public var reason: String
}

extension ContestDatabase {
  /// The conflicts declared for `round` (or for every round), oldest first, from the audit
  /// log's `conflict.add` records: the log is where the moment and the declarer are kept.
  public func declaredConflicts(round: String) throws(StorageError) -> [DeclaredConflict] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT at, actor, json_extract(after, '$.judge'), subject, coalesce(note, '')
          FROM audit
          WHERE action = 'conflict.add'
            AND (json_extract(after, '$.round') IS NULL OR json_extract(after, '$.round') = ?)
          ORDER BY id
          """, arguments: [round]
      ).map {
        DeclaredConflict(at: $0[0], declaredBy: $0[1], judge: $0[2], entry: $0[3], reason: $0[4])
      }
    }
  }

  /// How many files of each of `codes`' dossiers the judges may open (blind, not detached);
  /// a code with none is absent.
  public func judgeFileCounts(codes: [String]) throws(StorageError) -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT e.code, count(*) FROM attachment a JOIN entry e ON e.id = a.entry_id
          WHERE a.blind = 1 AND a.detached_at IS NULL GROUP BY e.code
          """)
      {
        let code: String = row[0]
        counts[code] = row[1]
      }
      let wanted = Set(codes)
      return counts.filter { wanted.contains($0.key) }
    }
  }
}
