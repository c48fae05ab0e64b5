import GRDB
import SangKienModel

/// What `audit verify` found.
public struct AuditVerification: Sendable {
  /// How many records were checked.
  public var records: Int
  /// The hash of the last record.
  public var head: String
  /// Where the chain breaks: an edited, removed or reordered record.
  public var chainProblems: [String]
  /// Data that differs from what the log replays to: a change made around sangkien.
  public var dataProblems: [String]
  /// What SQLite's integrity check reports (empty when the file is sound).
  public var integrityProblems: [String] = []

  /// Whether everything holds.
  public var isIntact: Bool {
    chainProblems.isEmpty && dataProblems.isEmpty && integrityProblems.isEmpty
  }
}

extension ContestDatabase {
  /// Recomputes the audit chain and replays the log, comparing what it gives with the
  /// entries, assignments and score sheets in the database.
  public func verifyAudit() throws(StorageError) -> AuditVerification {
    let integrity = try integrityProblems()
    return try read { db in
      var verification = AuditVerification(
        records: 0, head: "", chainProblems: [], dataProblems: [], integrityProblems: integrity)
      var replay = Replay()
      var previous = ""
      var expectedId: Int64 = 1
      let rows = try Row.fetchCursor(
        db,
        sql:
          "SELECT id, at, actor, action, subject, before, after, note, hash FROM audit ORDER BY id")
      while let row = try rows.next() {
        let id: Int64 = row["id"]
        let action: String = row["action"]
        let subject: String = row["subject"]
        let before: String? = row["before"]
        let after: String? = row["after"]
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
            at: row["at"], actor: row["actor"], action: action, subject: subject, before: before,
            after: after, note: row["note"]))
        let stored: String? = row["hash"]
        if stored != hash && verification.chainProblems.count < 20 {
          verification.chainProblems.append(
            Language.text(
              vi:
                "chuỗi băm đứt ở bản ghi số \(id) (\(action) \(subject), \(row["at"] as String)): bản ghi này hoặc bản ghi trước nó đã bị sửa hay xoá",
              en:
                "the chain breaks at record #\(id) (\(action) \(subject), \(row["at"] as String)): it, or a record before it, was edited or removed"
            ))
        }
        previous = stored ?? hash
        replay.apply(
          id: id, action: action, subject: subject, before: before, after: after,
          actor: row["actor"])
        verification.records += 1
      }
      verification.head = previous
      verification.dataProblems = try replay.compare(with: db)
      verification.chainProblems += replay.unknown
      return verification
    }
  }
}

/// The entries, score sheets and assignments the audit log describes, rebuilt record by
/// record.
struct Replay {
  /// The contest as its init record describes it (definitions by SHA-256); nil for a log
  /// from before the init record held them.
  var contestInit: [String: JSONValue]?
  var entries: [String: [String: JSONValue]] = [:]
  var sheets: [RoundPair: [String: JSONValue]] = [:]
  var assignments: Set<RoundPair> = []
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
  /// Each round's shortlist.
  var shortlists: [String: [JSONValue]] = [:]
  /// Declared conflicts and dismissals: "judge entry kind" → reason.
  var conflicts: [String: String] = [:]

  mutating func apply(
    id: Int64, action name: String, subject: String, before: String?, after: String?,
    actor: String = ""
  ) {
    guard let action = AuditAction(rawValue: name) else {
      if unknown.count < 20 {
        unknown.append(
          Language.text(
            vi: "bản ghi số \(id) có thao tác lạ '\(name)': sangkien không ghi thao tác này",
            en: "record #\(id) has an unknown action '\(name)': sangkien never writes it"))
      }
      return
    }
    let afterValue = after.flatMap(JSONValue.init(parsing:))
    let beforeValue = before.flatMap(JSONValue.init(parsing:))
    switch action {
    case .entryAdd, .entryImport, .entryUpdate, .entryValidate, .entryReject, .entryWithdraw:
      if case .object(let members)? = afterValue { entries[subject] = members }
    case .scoreEnter, .scoreReplace, .scoreVoid, .scoreRestore:
      if case .object(let members)? = afterValue { sheets[Self.sheetKey(members)] = members }
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
          sheets.removeValue(forKey: Self.sheetKey(keyed))
        }
      }
      if case .array(let pairs)? = members["assignments"] {
        for case .string(let text) in pairs {
          if let pair = RoundPair(auditText: text) { assignments.remove(pair) }
        }
      }
    case .assignAdd:
      if case .object(let members)? = afterValue { assignments.insert(Self.sheetKey(members)) }
    case .assignMove:
      if case .object(let b)? = beforeValue, case .object(let a)? = afterValue {
        assignments.remove(Self.sheetKey(b))
        assignments.insert(Self.sheetKey(a))
      }
    case .assignRun:
      let round = String(subject.dropFirst("round:".count))
      assignments = assignments.filter { $0.round != round }
      if case .array(let pairs)? = afterValue {
        // Stored as `judge entry` within the round.
        for case .string(let text) in pairs {
          if let pair = RoundPair(auditText: round + " " + text) { assignments.insert(pair) }
        }
      }
    case .conflictAdd, .conflictDismiss:
      if case .object(let m)? = afterValue, case .string(let judge)? = m["judge"],
        case .string(let entry)? = m["entry"], case .string(let reason)? = m["reason"]
      {
        let kind = action == .conflictAdd ? "declared" : "dismissed"
        conflicts["\(judge) \(entry) \(kind)"] = reason
      }
      if case .object(let m)? = afterValue, case .array(let removed)? = m["assignments_removed"] {
        for case .string(let text) in removed {
          if let pair = RoundPair(auditText: text) { assignments.remove(pair) }
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
    case .staffAdd:
      if case .object(let m)? = afterValue, case .string(let name)? = m["name"],
        case .string(let role)? = m["role"]
      {
        staff[name] = role
      }
    case .judgeAdd, .judgeUpdate:
      if case .object(let m)? = afterValue, case .string(let id)? = m["id"] {
        judges[id] = afterValue
      }
    case .roundOpen, .roundClose:
      if case .object(let m)? = afterValue, case .string(let state)? = m["state"] {
        roundStates[String(subject.dropFirst("round:".count))] = state
      }
    case .roundAdvance:
      if case .object(let m)? = afterValue, case .array(let codes)? = m["entries"] {
        // Logged in ranking order; compared in code order.
        shortlists[String(subject.dropFirst("round:".count))] = codes.sorted {
          $0.canonicalText < $1.canonicalText
        }
      }
    case .accessRefused, .databaseRestore, .publish:
      // Nothing they change is in the tables: a refusal changes nothing, a restore's state
      // is the log it brings, a publication is files.
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

  /// The differences between the replayed state and the database, in words.
  func compare(with db: Database) throws -> [String] {
    var problems = try compareDefinitions(with: db)
    // Entries.
    var current: [String: [String: JSONValue]] = [:]
    for entry in try EntryRows.fetch(db, filter: "", arguments: []) {
      if case .object(let members) = entry.jsonValue { current[entry.code] = members }
    }
    for code in Set(current.keys).union(entries.keys).sorted() {
      switch (current[code], entries[code]) {
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
        problems += Self.fieldDifferences(now, logged, label: code)
      default: break
      }
    }
    // Score sheets.
    var sheetsNow: [RoundPair: [String: JSONValue]] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT s.round, s.judge, e.code, s.points, s.comment, s.voided FROM score_sheet s
        JOIN entry e ON e.id = s.entry_id
        """)
    for row in rows {
      let sheet = StoredSheet(
        round: row[0], judge: row[1], entry: row[2], points: StoredSheet.points(fromJSON: row[3]),
        comment: row[4], voided: row[5])
      if case .object(let members) = sheet.jsonValue { sheetsNow[Self.sheetKey(members)] = members }
    }
    for key in Set(sheetsNow.keys).union(sheets.keys).sorted() {
      let label = Language.text(
        vi: "\(key.entry), giám khảo \(key.judge), vòng \(key.round)",
        en: "\(key.entry), judge \(key.judge), round \(key.round)")
      switch (sheetsNow[key], sheets[key]) {
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
        var nowFlat = now
        var loggedFlat = logged
        if case .object(let points)? = now["points"] {
          for (k, v) in points { nowFlat["points." + k] = v }
        }
        if case .object(let points)? = logged["points"] {
          for (k, v) in points { loggedFlat["points." + k] = v }
        }
        nowFlat["points"] = nil
        loggedFlat["points"] = nil
        problems += Self.fieldDifferences(nowFlat, loggedFlat, label: label)
      default: break
      }
    }
    // The jury's prize decisions.
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
    // The jury.
    var judgesNow: [String: JSONValue] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT id, name, unit, fields, role, active, title FROM judge")
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
    // The staff.
    var staffNow: [String: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT name, role FROM staff") {
      staffNow[row[0]] = row[1]
    }
    for name in Set(staffNow.keys).union(staff.keys).sorted() where staffNow[name] != staff[name] {
      let label = Language.text(
        vi: "người '\(name)' (\(staffNow[name] ?? staff[name] ?? ""))",
        en: "staff '\(name)' (\(staffNow[name] ?? staff[name] ?? ""))")
      if staffNow[name] != nil && staff[name] != nil {
        problems += Self.fieldDifferences(
          ["role": .string(staffNow[name]!)], ["role": .string(staff[name]!)], label: label)
      } else {
        problems.append(Self.presence(label, inDatabase: staffNow[name] != nil))
      }
    }
    // Rounds and their shortlists.
    for row in try Row.fetchAll(db, sql: "SELECT id, state FROM round") {
      let id: String = row[0]
      let state: String = row[1]
      if let logged = roundStates[id], logged != state {
        problems += Self.fieldDifferences(
          ["state": .string(state)], ["state": .string(logged)],
          label: Language.text(vi: "vòng \(id)", en: "round \(id)"))
      }
    }
    var shortlistNow: [String: [JSONValue]] = [:]
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT r.round, e.code FROM round_entry r JOIN entry e ON e.id = r.entry_id ORDER BY r.round, e.code"
    ) {
      shortlistNow[row[0], default: []].append(.string(row[1]))
    }
    for round in Set(shortlistNow.keys).union(shortlists.keys).sorted()
    where shortlistNow[round] != shortlists[round] {
      problems += Self.fieldDifferences(
        ["shortlist": .array(shortlistNow[round] ?? [])],
        ["shortlist": .array(shortlists[round] ?? [])],
        label: Language.text(vi: "vòng \(round)", en: "round \(round)"))
    }
    // Conflicts declared and dismissed.
    var conflictsNow: [String: String] = [:]
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT c.judge, e.code, c.kind, c.reason FROM conflict c JOIN entry e ON e.id = c.entry_id"
    ) {
      conflictsNow["\(row[0] as String) \(row[1] as String) \(row[2] as String)"] = row[3]
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
    // Assignments.
    let assignedNow = Set(
      try Row.fetchAll(
        db,
        sql: "SELECT a.round, a.judge, e.code FROM assignment a JOIN entry e ON e.id = a.entry_id"
      ).map { RoundPair(round: $0[0], judge: $0[1], entry: $0[2]) })
    for pair in assignedNow.subtracting(assignments).sorted() {
      problems.append(
        Language.text(
          vi: "phân công \(pair) có trong cơ sở dữ liệu nhưng không có trong nhật ký",
          en: "assignment \(pair) is in the database but not in the audit log"))
    }
    for pair in assignments.subtracting(assignedNow).sorted() {
      problems.append(
        Language.text(
          vi: "phân công \(pair) có trong nhật ký nhưng không còn trong cơ sở dữ liệu",
          en: "assignment \(pair) is in the audit log but missing from the database"))
    }
    return problems
  }

  /// The contest's and the rubrics' stored definitions against the fingerprints of the init
  /// record: they are written once, at init, and never changed.
  func compareDefinitions(with db: Database) throws -> [String] {
    guard let logged = contestInit else { return [] }
    var problems: [String] = []
    func differs(_ what: String) {
      problems.append(
        Language.text(
          vi: "\(what) trong cơ sở dữ liệu khác với lúc tạo cuộc thi (bản ghi nhật ký số 1)",
          en:
            "\(what) in the database differs from the one recorded when the contest was created (record #1)"
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
