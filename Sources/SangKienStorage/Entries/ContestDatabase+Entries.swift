import GRDB
import SangKienModel

extension ContestDatabase {
  /// Registers one entry, giving it the next code unless the draft carries one.
  public func addEntry(
    _ draft: EntryDraft, lateReason: String?, context: AuditContext
  ) throws -> Entry {
    let contest = try contest()
    return try write(context) { db, audit in
      let importer = try EntryImporter(db: db, audit: audit, contest: contest, action: .entryAdd)
      return try importer.insert(draft, lateReason: lateReason)
    }
  }

  /// Registers many entries in one transaction: `body` gets an importer to check and insert
  /// rows with. Nothing is kept if `body` throws or `commit` is false (a dry run).
  ///
  /// Errors are `StorageError`, or whatever `body` throws.
  public func importEntries<T>(
    context: AuditContext, note: String, commit: Bool, _ body: (EntryImporter) throws -> T
  ) throws -> T {
    let contest = try contest()
    return try write(context, commit: commit) { db, audit in
      let importer = try EntryImporter(
        db: db, audit: audit, contest: contest, action: .entryImport, note: note)
      return try body(importer)
    }
  }

  /// Reads an import through without writing: `body` gets an importer in planning mode on a
  /// snapshot (no write lock): its `insert` gives each row the code a real import would and
  /// writes nothing. The serving process's writers go on meanwhile.
  public func planEntries<T>(_ body: (EntryImporter) throws -> T) throws -> T {
    let contest = try contest()
    return try snapshot {
      guard let db = ambientConnection else { throw StorageError.database(message: "no snapshot") }
      let importer = try EntryImporter(
        db: db, audit: nil, contest: contest, action: .entryImport, note: nil)
      return try body(importer)
    }
  }

  /// The entries, in code order, optionally only those of one status or category.
  public func entries(
    status: EntryStatus? = nil, category: EntryCategory? = nil
  ) throws -> [Entry] {
    try read { db in
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if let status {
        conditions.append("status = ?")
        arguments += [status.rawValue]
      }
      if let category {
        conditions.append("category = ?")
        arguments += [category.rawValue]
      }
      let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
      return try EntryRows.fetch(db, filter: filter, arguments: arguments)
    }
  }

  /// The entry with this code.
  public func entry(code: String) throws -> Entry {
    try read { db in try EntryRows.one(db, code: code) }
  }

  /// The codes of other entries with the same title and unit (compared without case and
  /// diacritics) as `draft`.
  public func likelyDuplicates(
    of draft: EntryDraft, excluding code: String? = nil
  ) throws -> [String] {
    try read { db in
      try String.fetchAll(
        db, sql: "SELECT code FROM entry WHERE duplicate_key = ? AND code IS NOT ? ORDER BY id",
        arguments: [draft.duplicateKey, code])
    }
  }

  /// Replaces an entry's fields (its code and status stay), audited with before and after.
  ///
  /// `lateReason`, when given, replaces the recorded reason for accepting it late.
  public func updateEntry(
    code: String, to draft: EntryDraft, lateReason: String? = nil, context: AuditContext
  ) throws -> Entry {
    try write(context) { db, audit in
      let before = try EntryRows.one(db, code: code)
      var after = before
      after.draft = draft
      after.draft.code = code
      if let lateReason { after.lateReason = lateReason }
      try db.execute(
        sql: """
          UPDATE entry SET title = ?, category = ?, entrant_kind = ?, unit = ?, field = ?,
            received_by = ?, received_on = ?, summary = ?, contact = ?, duplicate_key = ?,
            late_reason = ?
          WHERE code = ?
          """,
        arguments: [
          draft.title, draft.category.rawValue, draft.entrantKind.rawValue, draft.unit,
          draft.field, draft.receivedBy, draft.receivedOn.iso, draft.summary, draft.contact,
          draft.duplicateKey, after.lateReason, code,
        ])
      let id = try Int64.fetchOne(db, sql: "SELECT id FROM entry WHERE code = ?", arguments: [code])
      try db.execute(sql: "DELETE FROM entry_author WHERE entry_id = ?", arguments: [id])
      try EntryRows.insertAuthors(db, entryId: id ?? 0, authors: draft.authors)
      try audit.record(
        action: .entryUpdate, subject: code, before: before.jsonValue, after: after.jsonValue)
      return after
    }
  }

  /// Moves an entry to `status` (valid, rejected or withdrawn), with the reason recorded.
  ///
  /// Allowed: received → valid | rejected | withdrawn; valid → rejected | withdrawn;
  /// rejected → valid (the secretariat reconsidered).
  public func setStatus(
    code: String, to status: EntryStatus, reason: String?, context: AuditContext
  ) throws -> Entry {
    try write(context) { db, audit in
      let before = try EntryRows.one(db, code: code)
      let allowed: [EntryStatus: Set<EntryStatus>] = [
        .received: [.valid, .rejected, .withdrawn],
        .valid: [.rejected, .withdrawn],
        .rejected: [.valid],
      ]
      guard allowed[before.status]?.contains(status) == true else {
        throw StorageError.invalidTransition(code: code, from: before.status, to: status)
      }
      var after = before
      after.status = status
      after.statusReason = status == .valid ? nil : reason
      try db.execute(
        sql: "UPDATE entry SET status = ?, status_reason = ? WHERE code = ?",
        arguments: [status.rawValue, after.statusReason, code])
      let action: AuditAction
      switch status {
      case .valid: action = .entryValidate
      case .rejected: action = .entryReject
      case .withdrawn: action = .entryWithdraw
      case .received:
        throw StorageError.invalidTransition(code: code, from: before.status, to: status)
      }
      try audit.record(
        action: action, subject: code, before: before.jsonValue, after: after.jsonValue,
        note: reason)
      return after
    }
  }

  /// How many entries there are in each status.
  public func entryCounts() throws -> [EntryStatus: Int] {
    try read { db in
      var counts: [EntryStatus: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT status, count(*) AS n FROM entry GROUP BY status")
      {
        if let status = EntryStatus(rawValue: row["status"]) { counts[status] = row["n"] }
      }
      return counts
    }
  }
}

/// Checks and inserts entries inside one transaction (see `ContestDatabase.importEntries`).
public final class EntryImporter {
  let db: Database
  /// Nil when planning: nothing is written.
  let audit: AuditWriter?
  private let contest: Contest
  private let action: AuditAction
  let note: String?
  private var nextSequence: Int
  /// How many entries were inserted so far.
  public private(set) var inserted = 0
  /// Codes and sequence numbers given out while planning (not in the database).
  private var plannedCodes: Set<String> = []
  private var plannedSequences: Set<Int> = []
  /// Whether this importer only plans (`ContestDatabase.planEntries`): `insert` gives codes
  /// and writes nothing.
  public var planning: Bool { audit == nil }

  init(
    db: Database, audit: AuditWriter?, contest: Contest, action: AuditAction, note: String? = nil
  )
    throws
  {
    self.db = db
    self.audit = audit
    self.contest = contest
    self.action = action
    self.note = note
    nextSequence = (try Int.fetchOne(db, sql: "SELECT max(seq) FROM entry") ?? 0) + 1
  }

  /// The code of an earlier entry (in the database or inserted in this transaction) with
  /// the same title and unit, compared without case and diacritics.
  ///
  /// `key` is the draft's `duplicateKey`, passed in so a caller working it out once can
  /// give it here and to `insert`.
  public func duplicate(key: String) throws -> String? {
    try String.fetchOne(
      db.cachedStatement(sql: "SELECT code FROM entry WHERE duplicate_key = ? ORDER BY id LIMIT 1"),
      arguments: [key])
  }

  /// Whether an entry already has this code (or this contest's sequence number).
  public func codeInUse(_ code: String) throws -> Bool {
    let sequence = contest.sequence(ofCode: code)
    if plannedCodes.contains(code) || sequence.map(plannedSequences.contains) == true {
      return true
    }
    return try Bool.fetchOne(
      db.cachedStatement(
        sql: "SELECT EXISTS (SELECT 1 FROM entry WHERE code = ? OR (seq IS NOT NULL AND seq = ?))"),
      arguments: [code, sequence]) ?? false
  }

  /// Inserts the entry with its authors and its audit record; returns it with its code.
  @discardableResult
  public func insert(
    _ draft: EntryDraft, lateReason: String?, duplicateKey: String? = nil
  ) throws -> Entry {
    let code: String
    let sequence: Int?
    if let given = draft.code {
      if try codeInUse(given) { throw StorageError.duplicateCode(code: given) }
      code = given
      sequence = contest.sequence(ofCode: given)
      if let sequence { nextSequence = max(nextSequence, sequence + 1) }
    } else {
      while try codeInUse(contest.entryCode(nextSequence)) { nextSequence += 1 }
      code = contest.entryCode(nextSequence)
      sequence = nextSequence
      nextSequence += 1
    }
    var stored = draft
    stored.code = code
    guard let audit else {
      // Planning: the code is given out, nothing written.
      plannedCodes.insert(code)
      if let sequence { plannedSequences.insert(sequence) }
      inserted += 1
      return Entry(code: code, draft: stored, lateReason: lateReason)
    }
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO entry (code, seq, title, category, entrant_kind, unit, field, received_by,
          received_on, summary, contact, late_reason, duplicate_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(arguments: [
      code, sequence, draft.title, draft.category.rawValue, draft.entrantKind.rawValue,
      draft.unit, draft.field, draft.receivedBy, draft.receivedOn.iso, draft.summary,
      draft.contact, lateReason, duplicateKey ?? draft.duplicateKey,
    ])
    try EntryRows.insertAuthors(db, entryId: db.lastInsertedRowID, authors: draft.authors)
    let entry = Entry(code: code, draft: stored, lateReason: lateReason)
    try audit.record(action: action, subject: code, before: nil, after: entry.jsonValue, note: note)
    inserted += 1
    return entry
  }
}

/// Reading entries back from their rows.
enum EntryRows {
  static let columns = """
    id, code, title, category, entrant_kind, unit, field, received_by, received_on, summary,
    contact, status, status_reason, late_reason
    """

  /// Every entry's code by row id.
  static func codes(_ db: Database) throws -> [Int64: String] {
    var codes: [Int64: String] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT id, code FROM entry")
    while let row = try rows.next() { codes[row[0]] = row[1] }
    return codes
  }

  static func fetch(_ db: Database, filter: String, arguments: StatementArguments) throws
    -> [Entry]
  {
    var authors: [Int64: [Author]] = [:]
    let authorRows = try Row.fetchCursor(
      db, sql: "SELECT entry_id, name, unit FROM entry_author ORDER BY entry_id, position")
    while let row = try authorRows.next() {
      authors[row[0], default: []].append(Author(name: row[1], unit: row[2]))
    }
    var result: [Entry] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(columns) FROM entry\(filter) ORDER BY id", arguments: arguments)
    while let row = try rows.next() {
      result.append(try entry(from: row, authors: authors[row[0]] ?? []))
    }
    return result
  }

  static func one(_ db: Database, code: String) throws -> Entry {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT \(columns) FROM entry WHERE code = ?", arguments: [code])
    else { throw StorageError.entryNotFound(code: code) }
    let authors = try Row.fetchAll(
      db, sql: "SELECT name, unit FROM entry_author WHERE entry_id = ? ORDER BY position",
      arguments: [row["id"] as Int64]
    ).map { Author(name: $0[0], unit: $0[1]) }
    return try entry(from: row, authors: authors)
  }

  /// The entry of a row of `columns`, read by position (reading by name looks each column
  /// up, and loading a round reads every entry).
  static func entry(from row: Row, authors: [Author]) throws -> Entry {
    let code: String = row[1]
    guard let category = EntryCategory(rawValue: row[3]),
      let kind = EntrantKind(rawValue: row[4]),
      let day = Day(parsing: row[8]),
      let status = EntryStatus(rawValue: row[11])
    else {
      throw StorageError.database(message: "unreadable entry row \(code)")
    }
    let draft = EntryDraft(
      code: code, title: row[2], category: category, entrantKind: kind, authors: authors,
      unit: row[5], field: row[6], receivedBy: row[7], receivedOn: day, summary: row[9],
      contact: row[10])
    return Entry(
      code: code, draft: draft, status: status, statusReason: row[12], lateReason: row[13])
  }

  static func insertAuthors(_ db: Database, entryId: Int64, authors: [Author]) throws {
    let statement = try db.cachedStatement(
      sql: "INSERT INTO entry_author (entry_id, position, name, unit) VALUES (?, ?, ?, ?)")
    for (position, author) in authors.enumerated() {
      try statement.execute(arguments: [entryId, position + 1, author.name, author.unit])
    }
  }
}
