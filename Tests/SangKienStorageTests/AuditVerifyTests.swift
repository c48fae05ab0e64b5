import Foundation
import GRDB
import SangKienModel
import Testing

@testable import SangKienStorage

@Suite("Audit chain and replay")
struct AuditVerifyTests {
  /// A database with entries, a judge, an assignment and a sheet, every change audited.
  static func populated() throws -> ContestDatabase {
    let db = try makeDatabase(.file)
    _ = try db.addEntry(draft("Một"), lateReason: nil, context: context)
    _ = try db.addEntry(draft("Hai"), lateReason: nil, context: context)
    _ = try db.setStatus(code: "SK-0002", to: .rejected, reason: "Trùng", context: context)
    try db.addJudges([Judge(id: "gk01", name: "Nguyễn An")], context: context)
    try db.addAssignments(
      [RoundPair(round: "r1", judge: "gk01", entry: "SK-0001")], context: context, note: nil)
    try db.saveSheets(
      [
        StoredSheet(
          round: "r1", judge: "gk01", entry: "SK-0001", points: ["a": Points(units: 75_000)],
          comment: "")
      ],
      replace: false, context: context, note: nil)
    return db
  }

  static func tamper(_ db: ContestDatabase, _ sql: String) throws {
    try db.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
  }

  @Test("the actions the log stores are pinned: existing databases verify only if they stay")
  func actionNames() {
    #expect(
      AuditAction.allCases.map(\.rawValue) == [
        "contest.init", "staff.add", "access.refused", "entry.add", "entry.import", "entry.update",
        "entry.validate", "entry.reject", "entry.withdraw", "entry.attach", "entry.detach",
        "judge.add", "judge.update",
        "judge.remove",
        "judge.remove-with-scores", "conflict.add", "conflict.dismiss", "assign.add", "assign.move",
        "assign.run", "score.enter", "score.replace", "score.void", "score.restore", "round.open",
        "round.close", "round.advance",
        "prizes.decide", "publish", "database.restore", "access.invite", "access.revoke",
        "access.sign-in", "access.sign-in-failed", "access.locked", "access.password",
        "access.sign-out", "score.reopen", "entry.blind", "score.discard", "judge.reinstate",
        "contest.update", "access.unlock", "database.backup", "mail.queue", "mail.retry",
        "entrant.sign-up", "entrant.verify", "entry.request", "complaint.add", "complaint.accept",
        "complaint.reject", "remark.assign", "remark.release", "remark.submit", "complaint.decide",
        "entry.distinct",
      ])
  }

  @Test("a record with an action sangkien never writes is reported, even with a good hash")
  func unknownAction() throws {
    let db = try Self.populated()
    // An insider appends a well-chained record under a misspelt action.
    try db.writer.writeWithoutTransaction { conn in
      let previous =
        try String.fetchOne(conn, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? ""
      let after = #"{"entry":"SK-0001","judge":"gk01","round":"r1"}"#
      let hash = AuditChain.hash(
        previous: previous,
        content: AuditChain.content(
          at: "2019-11-15T00:00:00.000Z", actor: "x", action: "score.enterr", subject: "SK-0001",
          before: nil, after: after, note: nil))
      try conn.execute(
        sql: """
          INSERT INTO audit (at, actor, action, subject, before, after, note, hash)
          VALUES ('2019-11-15T00:00:00.000Z', 'x', 'score.enterr', 'SK-0001', NULL, ?, NULL, ?)
          """, arguments: [after, hash])
    }
    let result = try Language.$current.withValue(.en) { try db.verifyAudit() }
    #expect(!result.isIntact)
    #expect(result.chainProblems.contains { $0.contains("unknown action 'score.enterr'") })
  }

  @Test("an untouched log verifies, and its head is the last record's hash")
  func intact() throws {
    let db = try Self.populated()
    let result = try db.verifyAudit()
    #expect(result.isIntact, "\(result.chainProblems) \(result.dataProblems)")
    #expect(result.records == 7)
    #expect(result.head == (try db.auditHead()))
    #expect(result.head.count == 64)
  }

  @Test(
    "a change made around sangkien is reported with the entry, judge and field",
    arguments: [
      (
        "UPDATE entry SET title = 'Sửa lén' WHERE code = 'SK-0001'",
        "SK-0001: 'title' is «Sửa lén» in the database"
      ),
      (
        "UPDATE entry SET status = 'valid', status_reason = NULL WHERE code = 'SK-0002'",
        "SK-0002: 'status' is «valid» in the database, «rejected» by the audit log"
      ),
      (
        "UPDATE score_sheet SET points = '{\"a\":\"10\"}'",
        "SK-0001, judge gk01, round r1: 'points.a' is «10» in the database, «7.5» by the audit log"
      ),
      (
        "DELETE FROM score_sheet",
        "SK-0001, judge gk01, round r1: the sheet is in the audit log but missing from the database"
      ),
      (
        "DELETE FROM assignment",
        "assignment r1 gk01 SK-0001 is in the audit log but missing from the database"
      ),
      (
        "INSERT INTO assignment (round, judge, entry_id) VALUES ('r1', 'gk01', 2)",
        "assignment r1 gk01 SK-0002 is in the database but not in the audit log"
      ),
    ])
  func dataTampering(sql: String, message: String) throws {
    let db = try Self.populated()
    try Self.tamper(db, sql)
    let result = Language.$current.withValue(.en) { try? db.verifyAudit() }
    #expect(result?.chainProblems.isEmpty == true)
    #expect(
      result?.dataProblems.contains { $0.hasPrefix(message) } == true,
      "\(result?.dataProblems ?? [])")
  }

  @Test("an edited or deleted audit record breaks the chain at that record")
  func chainTampering() throws {
    let edited = try Self.populated()
    try Self.tamper(
      edited, "DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'người khác' WHERE id = 3")
    let first = Language.$current.withValue(.en) { try? edited.verifyAudit() }
    #expect(
      first?.chainProblems.first?.hasPrefix("the chain breaks at record #3 ") == true,
      "\(first?.chainProblems ?? [])")

    let deleted = try Self.populated()
    try Self.tamper(deleted, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 4")
    let second = Language.$current.withValue(.en) { try? deleted.verifyAudit() }
    #expect(second?.chainProblems.contains("audit record #4 missing (deleted)") == true)
    #expect(
      second?.chainProblems.contains { $0.hasPrefix("the chain breaks at record #5 ") } == true)
  }

  @Test("a text changed only in its Unicode form is reported, not read as the same")
  func unicodeForm() throws {
    let db = try Self.populated()
    try db.writer.writeWithoutTransaction {
      try $0.execute(
        sql: "UPDATE entry SET title = ? WHERE code = 'SK-0001'",
        arguments: ["Một".decomposedStringWithCanonicalMapping])
    }
    let result = try Language.$current.withValue(.en) { try db.verifyAudit() }
    #expect(
      result.dataProblems == [
        "SK-0001: the text in the database differs from the log in its Unicode form"
      ], "\(result.dataProblems)")
  }

  @Test("past a thousand differences the rest are counted, not listed")
  func manyDifferences() throws {
    let db = try makeDatabase(.file)
    for index in 1...1_010 {
      _ = try db.addEntry(draft("Sáng kiến \(index)"), lateReason: nil, context: context)
    }
    #expect(try db.verifyAudit().isIntact)
    try Self.tamper(db, "UPDATE entry SET title = title || ' (sửa)', unit = 'Sở Khác'")
    let result = try db.verifyAudit()
    #expect(!result.isIntact)
    #expect(result.dataProblems.count == Replay.Problems.limit)
    #expect(result.moreDataProblems == 2 * 1_010 - Replay.Problems.limit)
  }

  @Test("the ordered walk matches keys by their bytes in SQLite's order")
  func orderedWalk() throws {
    // SQLite orders text by its UTF-8 bytes: "Z" (5A) before "Đ" (C4 90), and a decomposed
    // "e\u{301}" (65 CC 81) before the composed "é" (C3 A9), which Swift calls equal.
    let now: [Replay.Keyed] = [(["A"], "1"), (["Z"], "1"), (["e\u{301}"], "1"), (["Đ"], "1")]
    let logged: [Replay.Keyed] = [(["A"], "1"), (["Z"], "2"), (["é"], "1"), (["Đ"], "1")]
    #expect(
      zip(now, now.dropFirst()).allSatisfy { Replay.precedes($0.key, $1.key) }
        && zip(logged, logged.dropFirst()).allSatisfy { Replay.precedes($0.key, $1.key) })
    var a = now.makeIterator()
    var b = logged.makeIterator()
    var seen: [String] = []
    try Replay.merge({ a.next() }, { b.next() }) { key, x, y in
      seen.append("\(key[0].unicodeScalars.count) \(x ?? "-") \(y ?? "-")")
    }
    #expect(seen == ["1 1 2", "2 1 -", "1 - 1"])
    // Texts formatted otherwise (a log from an older version) but reading the same are no
    // difference.
    #expect(Replay.differences(["a": .string("x")], ["a": .string("x")], label: "L").isEmpty)
  }

  @Test("the log cannot be changed through SQL while its triggers stand")
  func triggers() throws {
    let db = try Self.populated()
    #expect(throws: DatabaseError.self) { try Self.tamper(db, "UPDATE audit SET actor = 'x'") }
    #expect(throws: DatabaseError.self) { try Self.tamper(db, "DELETE FROM audit") }
  }
}

@Suite("Integrity check in audit verify")
struct IntegrityCheckTests {
  @Test("a damaged file fails audit verify through SQLite's integrity check")
  func damaged() throws {
    let db = try AuditVerifyTests.populated()
    // Corrupt an index behind SQLite's back: the table and its index then disagree.
    try db.writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA writable_schema = ON")
      try db.execute(
        sql:
          "UPDATE sqlite_schema SET sql = replace(sql, 'entry(duplicate_key)', 'entry(title)') WHERE name = 'entry_duplicate_key'"
      )
      try db.execute(sql: "PRAGMA writable_schema = OFF")
    }
    let reopened = try ContestDatabase.open(path: db.path)
    let result = try reopened.verifyAudit()
    #expect(!result.integrityProblems.isEmpty)
    #expect(!result.isIntact)
  }
}
