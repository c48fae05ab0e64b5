import GRDB
import SangKienModel

extension ContestDatabase {
  /// Recomputes the audit chain and replays the log, comparing what it gives with every
  /// table the log describes.
  ///
  /// What grows with the contest (entries, sheets, assignments, shortlists) is replayed into
  /// a private temporary SQLite database and compared with the live tables by two cursors
  /// in the same order, so memory stays bounded whatever the size of the database; only
  /// rows that differ are decoded.
  public func verifyAudit() throws(StorageError) -> AuditVerification {
    let integrity = try integrityProblems()
    let store: DatabaseQueue
    do {
      // An empty path is SQLite's private temporary database: on disk once it outgrows its
      // cache, deleted when closed.
      store = try DatabaseQueue(path: "")
    } catch {
      throw StorageError.wrap(error)
    }
    return try read { db in
      try store.inDatabase { scratch in
        var replay = try Replay(store: scratch)
        var result: AuditVerification?
        // One transaction for the whole replay (thrown away at the end): row by row
        // autocommits would cost a journal sync each.
        try scratch.inTransaction {
          result = try replay.run(on: db, integrity: integrity)
          return .rollback
        }
        return result!
      }
    }
  }
}

extension Replay {
  /// Recomputes the chain and replays every record into the store, then compares.
  mutating func run(on db: Database, integrity: [String]) throws -> AuditVerification {
    var verification = AuditVerification(
      records: 0, head: "", chainProblems: [], dataProblems: [],
      integrityProblems: integrity)
    var previous = ""
    var expectedId: Int64 = 1
    let rows = try Row.fetchCursor(
      db,
      sql:
        "SELECT id, at, actor, action, subject, before, after, note, hash FROM audit ORDER BY id"
    )
    while let row = try rows.next() {
      let id: Int64 = row[0]
      let at: String = row[1]
      let actor: String = row[2]
      let action: String = row[3]
      let subject: String = row[4]
      let before: String? = row[5]
      let after: String? = row[6]
      let note: String? = row[7]
      if id != expectedId && verification.chainProblems.count < 20 {
        verification.chainProblems.append(
          Language.text(
            vi:
              "thiếu bản ghi nhật ký số \(expectedId)\(id - expectedId > 1 ? "–\(id - 1)" : "") (đã bị xoá)",
            en:
              "audit record\(id - expectedId > 1 ? "s" : "") #\(expectedId)\(id - expectedId > 1 ? "–\(id - 1)" : "") missing (deleted)"
          ))
      }
      expectedId = id + 1
      let hash = AuditChain.hash(
        previous: previous,
        content: AuditChain.content(
          at: at, actor: actor, action: action, subject: subject, before: before,
          after: after, note: note))
      let stored: String? = row[8]
      if stored != hash && verification.chainProblems.count < 20 {
        verification.chainProblems.append(
          Language.text(
            vi:
              "chuỗi băm đứt ở bản ghi số \(id) (\(action) \(subject), \(at)): bản ghi này hoặc bản ghi trước nó đã bị sửa hay xoá",
            en:
              "the chain breaks at record #\(id) (\(action) \(subject), \(at)): it, or a record before it, was edited or removed"
          ))
      }
      previous = stored ?? hash
      try apply(
        id: id, action: action, subject: subject, before: before, after: after,
        actor: actor)
      verification.records += 1
    }
    verification.head = previous
    var problems = Replay.Problems()
    try compare(with: db, into: &problems)
    verification.dataProblems = problems.described
    verification.moreDataProblems = problems.more
    verification.chainProblems += unknown
    return verification
  }
}

/// What the audit log describes, rebuilt record by record: the small tables in memory, the
/// ones that grow with the contest in a temporary database.
struct Replay {
  /// The differences found, the first `limit` in words and the rest counted.
  struct Problems {
    static let limit = 1000
    var described: [String] = []
    var more = 0

    mutating func append(_ problem: String) {
      if described.count < Self.limit { described.append(problem) } else { more += 1 }
    }

    static func += (problems: inout Problems, more: [String]) {
      for problem in more { problems.append(problem) }
    }
  }

  /// The temporary database: `entry` (code → canonical JSON), `sheet` (round, judge, entry
  /// → canonical JSON), `assignment` and `shortlist`.
  let store: Database
  /// The contest as its init record describes it (definitions by SHA-256); nil for a log
  /// from before the init record held them.
  var contestInit: [String: JSONValue]?
  /// The jury's prize decisions, by round, group and prize.
  var decisions: [String: JSONValue] = [:]
  /// Records whose action no version of sangkien writes.
  var unknown: [String] = []
  /// The jury, by id, as the judge records describe them.
  var judges: [String: JSONValue] = [:]
  /// The staff: name → role.
  var staff: [String: String] = [:]
  /// Each round's state.
  var roundStates: [String: String] = [:]
  /// Declared conflicts and dismissals: "judge entry kind" → reason.
  var conflicts: [String: String] = [:]
  /// The outbox's messages as queued: id → "recipient kind subject body-sha".
  var outbox: [Int64: String] = [:]
  /// Entrants' accounts as signed up: id → "email name phone", and whether verified.
  var entrants: [Int64: String] = [:]
  var verifiedEntrants: Set<Int64> = []
  /// Complaints as last recorded: id → "entry state text reason".
  var complaints: [Int64: String] = [:]
  /// Re-markers as last recorded: "complaint judge" → "released points comment".
  var remarks: [String: String] = [:]
  /// Pairs marked not duplicates: "code other-contest other-code" → reason.
  var distinct: [String: String] = [:]

  init(store: Database) throws {
    self.store = store
    try store.execute(
      sql: """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE entry (code TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE sheet (
          round TEXT, judge TEXT, entry TEXT, body TEXT NOT NULL,
          PRIMARY KEY (round, judge, entry)) WITHOUT ROWID;
        CREATE TABLE assignment (
          round TEXT, judge TEXT, entry TEXT, PRIMARY KEY (round, judge, entry)) WITHOUT ROWID;
        CREATE TABLE shortlist (round TEXT, code TEXT, PRIMARY KEY (round, code)) WITHOUT ROWID;
        CREATE TABLE attachment (key TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID;
        """)
  }

  private func run(_ sql: String, _ arguments: StatementArguments) throws {
    try store.cachedStatement(sql: sql).execute(arguments: arguments)
  }

  private func assign(_ pair: RoundPair) throws {
    try run(
      "INSERT OR IGNORE INTO assignment (round, judge, entry) VALUES (?, ?, ?)",
      [pair.round, pair.judge, pair.entry])
  }

  private func unassign(_ pair: RoundPair) throws {
    try run(
      "DELETE FROM assignment WHERE round = ? AND judge = ? AND entry = ?",
      [pair.round, pair.judge, pair.entry])
  }

  mutating func apply(
    id: Int64, action name: String, subject: String, before: String?, after: String?,
    actor: String = ""
  ) throws {
    guard let action = AuditAction(rawValue: name) else {
      if unknown.count < 20 {
        unknown.append(
          Language.text(
            vi: "bản ghi số \(id) có thao tác lạ '\(name)': sangkien không ghi thao tác này",
            en: "record #\(id) has an unknown action '\(name)': sangkien never writes it"))
      }
      return
    }
    switch action {
    case .entryAdd, .entryImport, .entryUpdate, .entryValidate, .entryReject, .entryWithdraw:
      // The text as logged (canonical JSON, as the writer made it), checked and keyed by
      // SQLite: parsing every record in Swift would cost time and memory for nothing, as
      // only rows that differ are ever decoded.
      try run(
        """
        INSERT OR REPLACE INTO entry (code, body)
        SELECT ?1, ?2 WHERE json_valid(?2) AND json_type(?2) = 'object'
        """, [subject, after])
      return
    case .entryAttach, .entryDetach, .entryBlind:
      // Keyed by the file's number, zero-padded so text order is number order.
      try run(
        """
        INSERT OR REPLACE INTO attachment (key, body)
        SELECT printf('%012d', json_extract(?1, '$.id')), ?1
        WHERE json_valid(?1) AND json_type(?1) = 'object' AND json_type(?1, '$.id') = 'integer'
        """, [after])
      return
    case .scoreEnter, .scoreReplace, .scoreVoid, .scoreRestore, .scoreReopen:
      try run(
        """
        INSERT OR REPLACE INTO sheet (round, judge, entry, body)
        SELECT coalesce(json_extract(?1, '$.round'), ''), coalesce(json_extract(?1, '$.judge'), ''),
          coalesce(json_extract(?1, '$.entry'), ''), ?1
        WHERE json_valid(?1) AND json_type(?1) = 'object'
        """, [after])
      return
    case .assignRun:
      // One record holds the whole round's pairs (hundreds of thousands in a large contest):
      // SQLite reads them from the text, so they never become Swift values all at once.
      // Stored as `judge entry` within the round.
      let round = String(subject.dropFirst("round:".count))
      try run("DELETE FROM assignment WHERE round = ?", [round])
      try run(
        """
        INSERT OR IGNORE INTO assignment (round, judge, entry)
        SELECT ?1, substr(value, 1, instr(value, ' ') - 1), substr(value, instr(value, ' ') + 1)
        FROM json_each(CASE WHEN json_valid(?2) AND json_type(?2) = 'array' THEN ?2 ELSE '[]' END)
        WHERE type = 'text' AND instr(value, ' ') > 0
          AND instr(substr(value, instr(value, ' ') + 1), ' ') = 0
        """, [round, after])
      return
    case .roundAdvance:
      // Logged in ranking order; kept in code order by the table's key.
      let round = String(subject.dropFirst("round:".count))
      let checked = "CASE WHEN json_valid(?2) THEN ?2 ELSE '{}' END"
      try run(
        "DELETE FROM shortlist WHERE round = ?1 AND json_type(\(checked), '$.entries') = 'array'",
        [round, after])
      try run(
        """
        INSERT OR IGNORE INTO shortlist (round, code)
        SELECT ?1, value FROM json_each(\(checked), '$.entries') WHERE type = 'text'
        """, [round, after])
      return
    default: break
    }
    let afterValue = after.flatMap(JSONValue.init(parsing:))
    let beforeValue = before.flatMap(JSONValue.init(parsing:))
    switch action {
    case .entryAdd, .entryImport, .entryUpdate, .entryValidate, .entryReject, .entryWithdraw,
      .scoreEnter, .scoreReplace, .scoreVoid, .scoreRestore, .scoreReopen, .assignRun,
      .roundAdvance,
      .entryAttach, .entryDetach, .entryBlind:
      break
    case .judgeRemove, .judgeRemoveWithScores:
      guard case .object(let members)? = beforeValue else { return }
      if case .object(let judge)? = members["judge"], case .string(let id)? = judge["id"] {
        if let afterValue { judges[id] = afterValue } else { judges[id] = nil }
        // A judge deleted takes their declared conflicts and dismissals along.
        if afterValue == nil, case .array(let notes)? = members["conflicts"] {
          for case .string(let note) in notes {
            let parts = note.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let colon = parts[1].firstIndex(of: ":") else { continue }
            conflicts["\(id) \(parts[1][..<colon]) \(parts[0])"] = nil
          }
        }
      }
      if action == .judgeRemoveWithScores, case .array(let removed)? = members["sheets"],
        case .object(let judge)? = members["judge"], case .string(let id)? = judge["id"]
      {
        for case .object(let sheet) in removed {
          var keyed = sheet
          keyed["judge"] = .string(id)
          let key = Self.sheetKey(keyed)
          try run(
            "DELETE FROM sheet WHERE round = ? AND judge = ? AND entry = ?",
            [key.round, key.judge, key.entry])
        }
      }
      if case .array(let pairs)? = members["assignments"] {
        for case .string(let text) in pairs {
          if let pair = RoundPair(auditText: text) { try unassign(pair) }
        }
      }
    case .assignAdd:
      if case .object(let members)? = afterValue { try assign(Self.sheetKey(members)) }
    case .assignMove:
      if case .object(let b)? = beforeValue, case .object(let a)? = afterValue {
        try unassign(Self.sheetKey(b))
        try assign(Self.sheetKey(a))
      }
    case .conflictAdd, .conflictDismiss:
      if case .object(let m)? = afterValue, case .string(let judge)? = m["judge"],
        case .string(let entry)? = m["entry"], case .string(let reason)? = m["reason"]
      {
        let kind = action == .conflictAdd ? "declared" : "dismissed"
        var value = reason
        if case .string(let round)? = m["round"] { value += " @\(round)" }
        conflicts["\(judge) \(entry) \(kind)"] = value
      }
      if case .object(let m)? = afterValue, case .array(let removed)? = m["assignments_removed"] {
        for case .string(let text) in removed {
          if let pair = RoundPair(auditText: text) { try unassign(pair) }
        }
      }
    case .prizesDecide:
      if case .object(let m)? = afterValue, case .string(let group)? = m["group"],
        case .string(let prize)? = m["prize"]
      {
        decisions["\(subject.dropFirst("round:".count)) \(group) \(prize)"] = afterValue
      }
    case .contestInit:
      staff[actor] = "secretariat"
      if case .object(let m)? = afterValue, m["definition_sha256"] != nil { contestInit = m }
      if case .object(let m)? = afterValue, case .array(let rounds)? = m["rounds"] {
        for case .string(let round) in rounds { roundStates[round] = "open" }
      }
    case .contestUpdate:
      // The definition's new fingerprints; rounds added at the end start open.
      if case .object(let m)? = afterValue, m["definition_sha256"] != nil {
        contestInit = m
        if case .array(let rounds)? = m["rounds"] {
          for case .string(let round) in rounds where roundStates[round] == nil {
            roundStates[round] = "open"
          }
        }
      }
    case .staffAdd:
      if case .object(let m)? = afterValue, case .string(let name)? = m["name"],
        case .string(let role)? = m["role"]
      {
        staff[name] = role
      }
    case .judgeAdd, .judgeUpdate, .judgeReinstate:
      if case .object(let m)? = afterValue, case .string(let id)? = m["id"] {
        judges[id] = afterValue
      }
    case .roundOpen, .roundClose:
      if case .object(let m)? = afterValue, case .string(let state)? = m["state"] {
        roundStates[String(subject.dropFirst("round:".count))] = state
      }
    case .mailQueue:
      if case .object(let m)? = afterValue, case .number(let number)? = m["id"],
        let id = Int64(number)
      {
        let parts = ["recipient", "kind", "subject", "body_sha256"].map { key -> String in
          if case .string(let value)? = m[key] { return value }
          return ""
        }
        outbox[id] = parts.joined(separator: "\u{1F}")
      }
    case .remarkAssign, .remarkRelease, .remarkSubmit:
      if case .object(let m)? = afterValue, case .number(let complaint)? = m["complaint"],
        case .string(let judge)? = m["judge"]
      {
        remarks["\(complaint) \(judge)"] = Self.remarkKey(m)
      }
    case .complaintAdd, .complaintAccept, .complaintReject, .complaintDecide:
      if case .object(let m)? = afterValue, case .number(let number)? = m["id"],
        let id = Int64(number)
      {
        complaints[id] = Self.complaintKey(m)
      }
    case .entryDistinct:
      if case .object(let m)? = afterValue, case .string(let other)? = m["other_contest"],
        case .string(let otherCode)? = m["other_code"], case .string(let reason)? = m["reason"]
      {
        distinct[[subject, other, otherCode].joined(separator: "\u{1F}")] = reason
      }
    case .entrantSignUp, .entrantVerify:
      if case .object(let m)? = afterValue, case .number(let number)? = m["id"],
        let id = Int64(number)
      {
        if action == .entrantVerify {
          verifiedEntrants.insert(id)
        } else {
          let parts = ["email", "name", "phone"].map { key -> String in
            if case .string(let value)? = m[key] { return value }
            return ""
          }
          entrants[id] = parts.joined(separator: "\u{1F}")
        }
      }
    case .accessRefused, .databaseRestore, .publish, .accessInvite, .accessRevoke,
      .accessSignIn, .accessSignInFailed, .accessLocked, .accessPassword, .accessSignOut,
      .accessUnlock, .databaseBackup, .mailRetry, .entryRequest,
      .scoreDiscard:
      // Nothing they change is in the tables: a refusal changes nothing, a restore's state
      // is the log it brings, a publication is files, a discarded change was a draft.
      break
    }
  }

  static func sheetKey(_ members: [String: JSONValue]) -> RoundPair {
    func text(_ key: String) -> String {
      if case .string(let value)? = members[key] { return value }
      return ""
    }
    return RoundPair(round: text("round"), judge: text("judge"), entry: text("entry"))
  }

  /// One row of an ordered walk: its key and its content.
  typealias Keyed = (key: [String], body: String)

  /// Walks two sequences ordered by the same key in SQLite's order (the bytes of UTF-8)
  /// together, calling `visit` for every key whose content differs or that only one side
  /// has. Keys and contents are compared by their bytes: a change of Unicode form is a
  /// change.
  static func merge(
    _ now: () throws -> Keyed?, _ logged: () throws -> Keyed?,
    visit: (_ key: [String], _ now: String?, _ logged: String?) throws -> Void
  ) throws {
    var a = try now()
    var b = try logged()
    while a != nil || b != nil {
      if let x = a, let y = b, sameBytes(x.key, y.key) {
        if !x.body.utf8.elementsEqual(y.body.utf8) { try visit(x.key, x.body, y.body) }
        a = try now()
        b = try logged()
      } else if let x = a, b.map({ precedes(x.key, $0.key) }) ?? true {
        try visit(x.key, x.body, nil)
        a = try now()
      } else if let y = b {
        try visit(y.key, nil, y.body)
        b = try logged()
      }
    }
  }

  static func sameBytes(_ x: [String], _ y: [String]) -> Bool {
    x.count == y.count && zip(x, y).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
  }

  static func precedes(_ x: [String], _ y: [String]) -> Bool {
    for (p, q) in zip(x, y) where !p.utf8.elementsEqual(q.utf8) {
      return p.utf8.lexicographicallyPrecedes(q.utf8)
    }
    return x.count < y.count
  }

  /// The object a stored canonical JSON text holds.
  static func members(_ text: String) -> [String: JSONValue] {
    if case .object(let members)? = JSONValue(parsing: text) { return members }
    return [:]
  }

  /// The differences of two texts whose bytes differ, field by field. Fields that read
  /// the same are no difference when the two values write the same canonical text (a log
  /// written by an older version, formatted otherwise); when they do not, the text differs
  /// in its Unicode form only, and that is said.
  static func differences(
    _ now: [String: JSONValue], _ logged: [String: JSONValue], label: String
  ) -> [String] {
    let found = fieldDifferences(now, logged, label: label)
    if !found.isEmpty { return found }
    let same = JSONValue.object(now).canonicalText.utf8.elementsEqual(
      JSONValue.object(logged).canonicalText.utf8)
    if same { return [] }
    return [
      Language.text(
        vi: "\(label): văn bản trong cơ sở dữ liệu khác nhật ký ở dạng mã hoá Unicode",
        en: "\(label): the text in the database differs from the log in its Unicode form")
    ]
  }

  /// The differences between the replayed state and the database, in words.
  func compare(with db: Database, into problems: inout Problems) throws {
    problems += try compareDefinitions(with: db)
    try compareEntries(with: db, into: &problems)
    try compareSheets(with: db, into: &problems)
    try compareDecisions(with: db, into: &problems)
    try compareJury(with: db, into: &problems)
    try compareShortlists(with: db, into: &problems)
    try compareAssignments(with: db, into: &problems)
    try compareAttachments(with: db, into: &problems)
    try compareOutbox(with: db, into: &problems)
    try compareEntrants(with: db, into: &problems)
    try compareComplaints(with: db, into: &problems)
    try compareDistinct(with: db, into: &problems)
    try compareRemarks(with: db, into: &problems)
  }

  static func remarkKey(_ m: [String: JSONValue]) -> String {
    ["entry", "released", "points", "comment"].map { key -> String in
      switch m[key] {
      case .string(let value)?: value
      case .object?: m[key]?.canonicalText ?? ""
      default: ""
      }
    }.joined(separator: "\u{1F}")
  }

  /// Each re-marker is one the log gave the complaint, released and with the sheet exactly
  /// as it last recorded.
  func compareRemarks(with db: Database, into problems: inout Problems) throws {
    var now: [String: String] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT r.complaint_id, r.judge, e.code, r.released, r.points, r.comment, r.submitted_at
        FROM remark r JOIN complaint c ON c.id = r.complaint_id JOIN entry e ON e.id = c.entry_id
        """)
    {
      var members: [String: JSONValue] = ["entry": .string(row[2])]
      if let released: String = row[3] { members["released"] = .string(released) }
      if let points: String = row[4], (row[6] as String?) != nil {
        members["points"] = StoredSheet.pointsJSON(StoredSheet.points(fromJSON: points))
        members["comment"] = .string(row[5])
      }
      now["\(row[0] as Int64) \(row[1] as String)"] = Self.remarkKey(members)
    }
    for key in Set(now.keys).union(remarks.keys).sorted() where now[key] != remarks[key] {
      let parts = key.split(separator: " ")
      let label = Language.text(
        vi: "phiếu phúc khảo của \(parts.last ?? "") (đơn số \(parts.first ?? ""))",
        en: "re-marking sheet of \(parts.last ?? "") (complaint #\(parts.first ?? ""))")
      if now[key] != nil && remarks[key] != nil {
        problems.append(
          Language.text(
            vi: "\(label): điểm, nhận xét hoặc việc thay người khác với nhật ký",
            en: "\(label): its points, comment or replacement differ from the audit log"))
      } else {
        problems.append(Self.presence(label, inDatabase: now[key] != nil))
      }
    }
  }

  static func complaintKey(_ m: [String: JSONValue]) -> String {
    ["entry", "state", "text", "reason", "received_on", "due_on", "outcome", "method", "score"].map
    { key -> String in
      if case .string(let value)? = m[key] { return value }
      return ""
    }.joined(separator: "\u{1F}")
  }

  /// Each complaint is one the log filed, in the state and with the words it last recorded.
  /// Each pair marked not a duplicate is one the log marked, with the same reason.
  func compareDistinct(with db: Database, into problems: inout Problems) throws {
    var now: [String: String] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT code, other_contest, other_code, reason FROM similar_distinct")
    {
      let key: [String] = [row[0], row[1], row[2]]
      now[key.joined(separator: "\u{1F}")] = row[3]
    }
    for key in Set(now.keys).union(distinct.keys).sorted() where now[key] != distinct[key] {
      let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
      let label = Language.text(
        vi: "\(parts[0]) không trùng \(parts[1])/\(parts[2])",
        en: "\(parts[0]) not a duplicate of \(parts[1])/\(parts[2])")
      if now[key] != nil && distinct[key] != nil {
        problems.append(
          Language.text(
            vi: "\(label): lý do khác với nhật ký",
            en: "\(label): its reason differs from the audit log"))
      } else {
        problems.append(Self.presence(label, inDatabase: now[key] != nil))
      }
    }
  }

  func compareComplaints(with db: Database, into problems: inout Problems) throws {
    var now: [Int64: String] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT c.id, e.code, c.state, c.text, c.reason, c.received_on, c.due_on, c.outcome,
          c.method, c.amended_hundredths
        FROM complaint c JOIN entry e ON e.id = c.entry_id
        """)
    {
      var members: [String: JSONValue] = [
        "entry": .string(row[1]), "state": .string(row[2]), "text": .string(row[3]),
        "received_on": .string(row[5]), "due_on": .string(row[6]),
      ]
      if let reason: String = row[4] { members["reason"] = .string(reason) }
      if let outcome: String = row[7] { members["outcome"] = .string(outcome) }
      if let method: String = row[8] { members["method"] = .string(method) }
      if let score: Int64 = row[9] {
        members["score"] = .string(DecimalFormat.twoPlaces(hundredths: score))
      }
      now[row[0]] = Self.complaintKey(members)
    }
    for id in Set(now.keys).union(complaints.keys).sorted() where now[id] != complaints[id] {
      let label = Language.text(vi: "đơn khiếu nại số \(id)", en: "complaint #\(id)")
      if now[id] != nil && complaints[id] != nil {
        problems.append(
          Language.text(
            vi: "\(label): nội dung, trạng thái hoặc lý do khác với nhật ký",
            en: "\(label): its text, state or reason differ from the audit log"))
      } else {
        problems.append(Self.presence(label, inDatabase: now[id] != nil))
      }
    }
  }

  /// Each entrant's account is one the log opened, with the same address, name and
  /// telephone, verified exactly when the log says so.
  func compareEntrants(with db: Database, into problems: inout Problems) throws {
    var now: [Int64: String] = [:]
    var verified: Set<Int64> = []
    for row in try Row.fetchAll(
      db, sql: "SELECT id, email, name, phone, verified_at IS NOT NULL FROM entrant")
    {
      let parts: [String] = [row[1], row[2], row[3]]
      now[row[0]] = parts.joined(separator: "\u{1F}")
      if row[4] as Bool { verified.insert(row[0]) }
    }
    for id in Set(now.keys).union(entrants.keys).sorted()
    where now[id] != entrants[id] || verified.contains(id) != verifiedEntrants.contains(id) {
      let label = Language.text(vi: "tài khoản người dự thi số \(id)", en: "entrant account #\(id)")
      if now[id] != nil && entrants[id] != nil {
        problems.append(
          Language.text(
            vi: "\(label): địa chỉ thư, họ tên, điện thoại hoặc việc xác minh khác với nhật ký",
            en: "\(label): its address, name, telephone or verification differ from the audit log"))
      } else {
        problems.append(Self.presence(label, inDatabase: now[id] != nil))
      }
    }
  }

  /// Each message of the outbox is one the log queued, to the same person with the same
  /// subject and bodies (by their SHA-256: a delivered secret's bodies are cleared).
  func compareOutbox(with db: Database, into problems: inout Problems) throws {
    var now: [Int64: String] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT id, recipient, kind, subject, body_sha256 FROM outbox")
    {
      let parts: [String] = [row[1], row[2], row[3], row[4]]
      now[row[0]] = parts.joined(separator: "\u{1F}")
    }
    for id in Set(now.keys).union(outbox.keys).sorted() where now[id] != outbox[id] {
      let label = Language.text(vi: "thư #\(id) trong hàng chờ gửi", en: "outbox message #\(id)")
      if now[id] != nil && outbox[id] != nil {
        problems.append(
          Language.text(
            vi: "\(label): người nhận, tiêu đề hoặc nội dung khác với nhật ký",
            en: "\(label): its recipient, subject or bodies differ from the audit log"))
      } else {
        problems.append(Self.presence(label, inDatabase: now[id] != nil))
      }
    }
  }

  /// Each dossier file's row against the log, then its bytes against its SHA-256: a file
  /// swapped, edited or deleted behind sangkien's back is named with its entry.
  func compareAttachments(with db: Database, into problems: inout Problems) throws {
    let live = try Row.fetchCursor(
      db,
      sql: """
        SELECT \(Attachments.columns), a.detach_reason FROM attachment a
        JOIN entry e ON e.id = a.entry_id ORDER BY a.id
        """)
    let logged = try Row.fetchCursor(store, sql: "SELECT key, body FROM attachment ORDER BY key")
    var files: [(Attachment, String?)] = []
    func label(_ members: [String: JSONValue], key: String) -> String {
      var entry = "?"
      var name = "?"
      if case .string(let text)? = members["entry"] { entry = text }
      if case .string(let text)? = members["name"] { name = text }
      let number = Int64(key) ?? 0
      return Language.text(
        vi: "\(entry): tệp đính kèm số \(number) '\(name)'",
        en: "\(entry): attached file #\(number) '\(name)'")
    }
    try Self.merge(
      {
        guard let row = try live.next() else { return nil }
        let attachment = Attachments.attachment(row)
        let detached: String? = row[9]
        files.append((attachment, detached))
        return (
          [String(format: "%012lld", attachment.id)],
          Attachments.json(attachment, detached: detached).canonicalText
        )
      },
      {
        guard let row = try logged.next() else { return nil }
        return ([row[0]], row[1])
      }
    ) { key, now, logged in
      switch (now, logged) {
      case (nil, let logged?):
        problems.append(
          label(Self.members(logged), key: key[0])
            + Language.text(
              vi: ": có trong nhật ký nhưng không còn trong cơ sở dữ liệu (đã bị xoá)",
              en: ": in the audit log but missing from the database (deleted)"))
      case (let now?, nil):
        problems.append(
          label(Self.members(now), key: key[0])
            + Language.text(
              vi: ": có trong cơ sở dữ liệu nhưng không có trong nhật ký",
              en: ": in the database but not in the audit log"))
      case (let now?, let logged?):
        problems += Self.differences(
          Self.members(now), Self.members(logged),
          label: label(Self.members(logged), key: key[0]))
      default: break
      }
    }
    // The bytes, read back 1 MB at a time.
    for (attachment, _) in files {
      let found = try Attachments.read(row: attachment.id, db: db)
      if found != attachment.sha256 {
        problems.append(
          label(
            ["entry": .string(attachment.entry), "name": .string(attachment.name)],
            key: String(attachment.id))
            + Language.text(
              vi:
                ": nội dung không khớp SHA-256 đã ghi (\(attachment.sha256.prefix(12))…, nay \(found.prefix(12))…): tệp đã bị thay ngoài sangkien",
              en:
                ": its bytes do not match the SHA-256 recorded (\(attachment.sha256.prefix(12))…, now \(found.prefix(12))…): the file was swapped outside sangkien"
            ))
      }
    }
  }

  func compareEntries(with db: Database, into problems: inout Problems) throws {
    let live = try Row.fetchCursor(
      db, sql: "SELECT \(EntryRows.columns) FROM entry ORDER BY code")
    let authors = try db.cachedStatement(
      sql: "SELECT name, unit FROM entry_author WHERE entry_id = ? ORDER BY position")
    let logged = try Row.fetchCursor(store, sql: "SELECT code, body FROM entry ORDER BY code")
    try Self.merge(
      {
        guard let row = try live.next() else { return nil }
        let id: Int64 = row[0]
        let written = try Row.fetchAll(authors, arguments: [id]).map {
          Author(name: $0[0], unit: $0[1])
        }
        let entry = try EntryRows.entry(from: row, authors: written)
        return ([entry.code], entry.jsonValue.canonicalText)
      },
      {
        guard let row = try logged.next() else { return nil }
        return ([row[0]], row[1])
      }
    ) { key, now, logged in
      let code = key[0]
      switch (now, logged) {
      case (nil, _?):
        problems.append(
          Language.text(
            vi: "\(code): có trong nhật ký nhưng không còn trong cơ sở dữ liệu",
            en: "\(code): in the audit log but missing from the database"))
      case (_?, nil):
        problems.append(
          Language.text(
            vi: "\(code): có trong cơ sở dữ liệu nhưng không có trong nhật ký",
            en: "\(code): in the database but not in the audit log"))
      case (let now?, let logged?):
        problems += Self.differences(Self.members(now), Self.members(logged), label: code)
      default: break
      }
    }
  }

  func compareSheets(with db: Database, into problems: inout Problems) throws {
    let live = try Row.fetchCursor(
      db,
      sql: """
        SELECT s.round, s.judge, e.code, s.points, s.comment, s.voided, s.reopened
        FROM score_sheet s JOIN entry e ON e.id = s.entry_id ORDER BY s.round, s.judge, e.code
        """)
    let logged = try Row.fetchCursor(
      store, sql: "SELECT round, judge, entry, body FROM sheet ORDER BY round, judge, entry")
    func flat(_ text: String) -> [String: JSONValue] {
      var members = Self.members(text)
      if case .object(let points)? = members["points"] {
        for (k, v) in points { members["points." + k] = v }
      }
      members["points"] = nil
      return members
    }
    try Self.merge(
      {
        guard let row = try live.next() else { return nil }
        let sheet = StoredSheet(
          round: row[0], judge: row[1], entry: row[2],
          points: StoredSheet.points(fromJSON: row[3]), comment: row[4], voided: row[5],
          reopened: row[6])
        return ([sheet.round, sheet.judge, sheet.entry], sheet.jsonValue.canonicalText)
      },
      {
        guard let row = try logged.next() else { return nil }
        return ([row[0], row[1], row[2]], row[3])
      }
    ) { key, now, logged in
      let label = Language.text(
        vi: "\(key[2]), giám khảo \(key[1]), vòng \(key[0])",
        en: "\(key[2]), judge \(key[1]), round \(key[0])")
      switch (now, logged) {
      case (nil, _?):
        problems.append(
          Language.text(
            vi: "\(label): phiếu chấm có trong nhật ký nhưng không còn trong cơ sở dữ liệu",
            en: "\(label): the sheet is in the audit log but missing from the database"))
      case (_?, nil):
        problems.append(
          Language.text(
            vi: "\(label): phiếu chấm có trong cơ sở dữ liệu nhưng không có trong nhật ký",
            en: "\(label): the sheet is in the database but not in the audit log"))
      case (let now?, let logged?):
        problems += Self.differences(flat(now), flat(logged), label: label)
      default: break
      }
    }
  }

  func compareAssignments(with db: Database, into problems: inout Problems) throws {
    let live = try Row.fetchCursor(
      db,
      sql: """
        SELECT a.round, a.judge, e.code FROM assignment a JOIN entry e ON e.id = a.entry_id
        ORDER BY a.round, a.judge, e.code
        """)
    let logged = try Row.fetchCursor(
      store, sql: "SELECT round, judge, entry FROM assignment ORDER BY round, judge, entry")
    try Self.merge(
      { try live.next().map { ([$0[0], $0[1], $0[2]], "") } },
      { try logged.next().map { ([$0[0], $0[1], $0[2]], "") } }
    ) { key, now, _ in
      let pair = RoundPair(round: key[0], judge: key[1], entry: key[2])
      problems.append(
        now != nil
          ? Language.text(
            vi: "phân công \(pair) có trong cơ sở dữ liệu nhưng không có trong nhật ký",
            en: "assignment \(pair) is in the database but not in the audit log")
          : Language.text(
            vi: "phân công \(pair) có trong nhật ký nhưng không còn trong cơ sở dữ liệu",
            en: "assignment \(pair) is in the audit log but missing from the database"))
    }
  }

  func compareShortlists(with db: Database, into problems: inout Problems) throws {
    let live = try Row.fetchCursor(
      db,
      sql:
        "SELECT r.round, e.code FROM round_entry r JOIN entry e ON e.id = r.entry_id ORDER BY r.round, e.code"
    )
    let logged = try Row.fetchCursor(
      store, sql: "SELECT round, code FROM shortlist ORDER BY round, code")
    try Self.merge(
      { try live.next().map { ([$0[0], $0[1]], "") } },
      { try logged.next().map { ([$0[0], $0[1]], "") } }
    ) { key, now, _ in
      problems.append(
        now != nil
          ? Language.text(
            vi:
              "vòng \(key[0]): 'shortlist' có \(key[1]) trong cơ sở dữ liệu nhưng không có theo nhật ký",
            en:
              "round \(key[0]): 'shortlist' has \(key[1]) in the database but not by the audit log"
          )
          : Language.text(
            vi:
              "vòng \(key[0]): 'shortlist' có \(key[1]) theo nhật ký nhưng không còn trong cơ sở dữ liệu",
            en:
              "round \(key[0]): 'shortlist' has \(key[1]) by the audit log but not in the database"
          ))
    }
  }

  func compareDecisions(with db: Database, into problems: inout Problems) throws {
    var decided: [String: JSONValue] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT round, grp, prize, codes, reason FROM prize_decision")
    {
      let codes = JSONValue(parsing: row[3]) ?? .null
      decided["\(row[0] as String) \(row[1] as String) \(row[2] as String)"] = .object([
        "group": .string(row[1]), "prize": .string(row[2]), "award": codes,
        "reason": .string(row[4]),
      ])
    }
    for key in Set(decided.keys).union(decisions.keys).sorted() where decided[key] != decisions[key]
    {
      problems.append(
        Language.text(
          vi:
            "quyết định giải \(key): trong cơ sở dữ liệu là \(decided[key].map(Self.show) ?? "không có"), theo nhật ký là \(decisions[key].map(Self.show) ?? "không có")",
          en:
            "prize decision \(key): \(decided[key].map(Self.show) ?? "none") in the database, \(decisions[key].map(Self.show) ?? "none") by the audit log"
        ))
    }
  }

  /// The jury, the staff, the rounds' states and the conflicts: tables that grow with the
  /// jury, not with the entries, compared in memory.
  func compareJury(with db: Database, into problems: inout Problems) throws {
    var judgesNow: [String: JSONValue] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT id, name, unit, fields, role, active, title, email, phone FROM judge")
    {
      let judge = JudgeRows.judge(row)
      judgesNow[judge.id] = judge.jsonValue
    }
    for id in Set(judgesNow.keys).union(judges.keys).sorted() where judgesNow[id] != judges[id] {
      let label = Language.text(vi: "giám khảo \(id)", en: "judge \(id)")
      switch (judgesNow[id], judges[id]) {
      case (.object(let now)?, .object(let logged)?):
        problems += Self.fieldDifferences(now, logged, label: label)
      default:
        problems.append(Self.presence(label, inDatabase: judgesNow[id] != nil))
      }
    }
    var staffNow: [String: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT name, role FROM staff") {
      staffNow[row[0]] = row[1]
    }
    for name in Set(staffNow.keys).union(staff.keys).sorted() where staffNow[name] != staff[name] {
      let label = Language.text(
        vi: "người '\(name)' (\(staffNow[name] ?? staff[name] ?? ""))",
        en: "staff '\(name)' (\(staffNow[name] ?? staff[name] ?? ""))")
      if let now = staffNow[name], let logged = staff[name] {
        problems += Self.fieldDifferences(
          ["role": .string(now)], ["role": .string(logged)], label: label)
      } else {
        problems.append(Self.presence(label, inDatabase: staffNow[name] != nil))
      }
    }
    for row in try Row.fetchAll(db, sql: "SELECT id, state FROM round") {
      let id: String = row[0]
      let state: String = row[1]
      if let logged = roundStates[id], logged != state {
        problems += Self.fieldDifferences(
          ["state": .string(state)], ["state": .string(logged)],
          label: Language.text(vi: "vòng \(id)", en: "round \(id)"))
      }
    }
    var conflictsNow: [String: String] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT c.judge, e.code, c.kind, c.reason, c.round FROM conflict c
        JOIN entry e ON e.id = c.entry_id
        """
    ) {
      let round: String? = row[4]
      conflictsNow["\(row[0] as String) \(row[1] as String) \(row[2] as String)"] =
        (row[3] as String) + (round.map { " @\($0)" } ?? "")
    }
    for key in Set(conflictsNow.keys).union(conflicts.keys).sorted()
    where conflictsNow[key] != conflicts[key] {
      let label = Language.text(vi: "xung đột \(key)", en: "conflict \(key)")
      if let now = conflictsNow[key], let logged = conflicts[key] {
        problems += Self.fieldDifferences(
          ["reason": .string(now)], ["reason": .string(logged)], label: label)
      } else {
        problems.append(Self.presence(label, inDatabase: conflictsNow[key] != nil))
      }
    }
  }

  /// The contest's and the rubrics' stored definitions against the fingerprints of the init
  /// record, or of the last `contest update` record: they change only through those.
  func compareDefinitions(with db: Database) throws -> [String] {
    guard let logged = contestInit else { return [] }
    var problems: [String] = []
    func differs(_ what: String) {
      problems.append(
        Language.text(
          vi:
            "\(what) trong cơ sở dữ liệu khác với bản ghi trong nhật ký (lúc tạo cuộc thi hoặc lần 'contest update' cuối)",
          en:
            "\(what) in the database differs from the one the log recorded (at init or the last 'contest update')"
        ))
    }
    if let row = try Row.fetchOne(
      db, sql: "SELECT id, name, code_prefix, deadline, definition FROM contest")
    {
      let definition: String = row["definition"]
      let now: [String: JSONValue] = [
        "contest": .string(row["id"]), "name": .string(row["name"]),
        "code_prefix": .string(row["code_prefix"]), "deadline": .string(row["deadline"]),
        "definition_sha256": .string(Fingerprint.sha256(Array(definition.utf8))),
      ]
      for key in ["contest", "name", "code_prefix", "deadline"] where now[key] != logged[key] {
        problems += Self.fieldDifferences(
          [key: now[key] ?? .null], [key: logged[key] ?? .null],
          label: Language.text(vi: "cuộc thi", en: "the contest"))
      }
      if now["definition_sha256"] != logged["definition_sha256"] {
        differs(Language.text(vi: "Định nghĩa cuộc thi", en: "The contest definition"))
      }
    } else {
      differs(Language.text(vi: "Cuộc thi", en: "The contest"))
    }
    var rubricsNow: [String: JSONValue] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT id, definition FROM rubric") {
      let definition: String = row["definition"]
      rubricsNow[row["id"]] = .string(Fingerprint.sha256(Array(definition.utf8)))
    }
    if case .object(let rubricsLogged)? = logged["rubric_sha256"] {
      for id in Set(rubricsNow.keys).union(rubricsLogged.keys).sorted()
      where rubricsNow[id] != rubricsLogged[id] {
        differs(Language.text(vi: "Bộ tiêu chí '\(id)'", en: "The rubric '\(id)'"))
      }
    }
    return problems
  }

  /// A thing in one of the database and the log only.
  static func presence(_ label: String, inDatabase: Bool) -> String {
    inDatabase
      ? Language.text(
        vi: "\(label): có trong cơ sở dữ liệu nhưng không có trong nhật ký",
        en: "\(label): in the database but not in the audit log")
      : Language.text(
        vi: "\(label): có trong nhật ký nhưng không còn trong cơ sở dữ liệu",
        en: "\(label): in the audit log but missing from the database")
  }

  static func fieldDifferences(
    _ now: [String: JSONValue], _ logged: [String: JSONValue], label: String
  ) -> [String] {
    Set(now.keys).union(logged.keys).sorted().compactMap { key in
      let a = now[key] ?? .null
      let b = logged[key] ?? .null
      guard a != b else { return nil }
      return Language.text(
        vi: "\(label): '\(key)' là \(show(a)) trong cơ sở dữ liệu, \(show(b)) theo nhật ký",
        en: "\(label): '\(key)' is \(show(a)) in the database, \(show(b)) by the audit log")
    }
  }

  static func show(_ value: JSONValue) -> String {
    if case .string(let text) = value { return "«\(text)»" }
    return value.canonicalText
  }
}
