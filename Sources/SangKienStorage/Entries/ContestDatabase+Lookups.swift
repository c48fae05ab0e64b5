import GRDB
import SangKienModel

/// Reads sized to one person's page: a judge, their entries, their sheets — not the whole
/// contest.
extension ContestDatabase {
  /// The judge with this id (removed judges too), or nil.
  public func judge(id: String) throws(StorageError) -> Judge? {
    try read { db in
      try Row.fetchOne(
        try db.cachedStatement(
          sql:
            "SELECT id, name, unit, fields, role, active, title, email, phone FROM judge WHERE id = ?"
        ),
        arguments: [id]
      ).map(JudgeRows.judge)
    }
  }

  /// The entries with these codes, in code order (codes with no entry are left out).
  public func entries(codes: [String]) throws(StorageError) -> [Entry] {
    guard !codes.isEmpty else { return [] }
    return try read { db in
      var result: [Entry] = []
      // In chunks, below SQLite's limit on bound parameters.
      var start = 0
      while start < codes.count {
        let chunk = Array(codes[start..<min(start + 500, codes.count)])
        start += chunk.count
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
        // One code (a page's look-up) is prepared once per connection; a list, each time.
        let rows = try Row.fetchAll(
          try db.statement(
            "SELECT \(EntryRows.columns) FROM entry WHERE code IN (\(marks))",
            cached: chunk.count == 1),
          arguments: StatementArguments(chunk))
        let ids = rows.map { $0[0] as Int64 }
        var authors: [Int64: [Author]] = [:]
        let idMarks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        for row in try Row.fetchAll(
          try db.statement(
            """
            SELECT entry_id, name, unit FROM entry_author WHERE entry_id IN (\(idMarks))
            ORDER BY entry_id, position
            """, cached: ids.count <= 1), arguments: StatementArguments(ids))
        {
          authors[row[0], default: []].append(Author(name: row[1], unit: row[2]))
        }
        for row in rows {
          result.append(try EntryRows.entry(from: row, authors: authors[row[0]] ?? []))
        }
      }
      return result.sorted { $0.code < $1.code }
    }
  }

  /// The declared conflicts and dismissals of one judge.
  public func conflictNotes(judge: String) throws(StorageError) -> [ConflictNote] {
    try read { db in
      try Row.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT c.judge, e.code, c.kind, c.reason, c.round FROM conflict c
            JOIN entry e ON e.id = c.entry_id WHERE c.judge = ? ORDER BY e.id
            """), arguments: [judge]
      ).compactMap { row in
        ConflictNote.Kind(rawValue: row[2]).map {
          ConflictNote(judge: row[0], entry: row[1], kind: $0, reason: row[3], round: row[4])
        }
      }
    }
  }

  /// The keys of a round's sheets and whether each is voided (no points read): what
  /// progress needs.
  public func sheetKeys(round: String) throws(StorageError) -> [(key: RoundPair, voided: Bool)] {
    try read { db in
      let codes = try EntryRows.codes(db)
      return try Row.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT judge, entry_id, voided IS NOT NULL FROM score_sheet WHERE round = ?
            ORDER BY entry_id, judge
            """), arguments: [round]
      ).map { (RoundPair(round: round, judge: $0[0], entry: codes[$0[1]] ?? ""), $0[2]) }
    }
  }

  /// The codes of the entries that can be scored (received or valid), in code order.
  public func eligibleCodes() throws(StorageError) -> [String] {
    try read { db in
      try String.fetchAll(
        try db.cachedStatement(
          sql: "SELECT code FROM entry WHERE status IN ('received', 'valid') ORDER BY id"))
    }
  }

  /// The rounds that have sheets, assignments or a shortlist, in round order.
  public func roundsInUse() throws(StorageError) -> [String] {
    try read { db in
      try String.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT id FROM round WHERE EXISTS (SELECT 1 FROM score_sheet s WHERE s.round = round.id)
              OR EXISTS (SELECT 1 FROM assignment a WHERE a.round = round.id)
              OR EXISTS (SELECT 1 FROM round_entry r WHERE r.round = round.id)
            ORDER BY position
            """))
    }
  }

  /// The stored code `code` names, read without case (`sk-0011` is `SK-0011`); `code` itself
  /// when no entry has it.
  public func canonicalCode(_ code: String) throws(StorageError) -> String {
    try read { db in
      if try Bool.fetchOne(
        try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM entry WHERE code = ?)"),
        arguments: [code]) == true
      {
        return code
      }
      return try String.fetchOne(
        try db.cachedStatement(
          sql: "SELECT code FROM entry WHERE code = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        arguments: [code]) ?? code
    }
  }
}
