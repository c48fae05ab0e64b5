import Foundation
import GRDB
import SangKienModel
import Testing

@testable import SangKienStorage

/// A small contest for storage tests.
let testContest = Contest(
  id: "test", name: "Cuộc thi thử", organiser: "Ban tổ chức", documents: [], codePrefix: "SK",
  deadline: Day(year: 2019, month: 11, day: 15)!, categories: EntryCategory.allCases,
  groups: [EntrantGroup(name: "all", kinds: EntrantKind.allCases)],
  rounds: [Round(id: "r1", name: "Vòng 1", rubricId: "rb", judgesPerEntry: .count(3))],
  prizes: nil)
let testRubric = Rubric(
  id: "rb", name: "R", criteria: [Criterion(id: "a", name: "A", max: 10, step: 0.5)])
let context = AuditContext(actor: "Tổ thư ký", now: Date(timeIntervalSince1970: 1_573_776_000))

func draft(_ title: String, unit: String = "Sở Tư pháp", code: String? = nil) -> EntryDraft {
  EntryDraft(
    code: code, title: title, category: .idea, entrantKind: .individual,
    authors: [Author(name: "Nguyễn Văn An")], unit: unit,
    receivedOn: Day(year: 2019, month: 11, day: 1)!)
}

/// A fresh database file in its own temporary folder.
func temporaryDatabasePath() throws -> String {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("sangkien-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder + "/test.sqlite"
}

enum Kind: String, CaseIterable, Sendable {
  case memory, file
}

func makeDatabase(_ kind: Kind) throws -> ContestDatabase {
  switch kind {
  case .memory:
    return try ContestDatabase.inMemory(
      loaded: testContest, rubrics: [testRubric], context: context)
  case .file:
    let path = try temporaryDatabasePath()
    try ContestDatabase.create(
      path: path, contest: testContest, rubrics: [testRubric], context: context, replace: false)
    return try ContestDatabase.open(path: path)
  }
}

@Suite("Contest database")
struct ContestDatabaseTests {
  @Test("migrations run from empty; the contest and rubric read back", arguments: Kind.allCases)
  func migrations(kind: Kind) throws {
    let db = try makeDatabase(kind)
    #expect(try db.contest() == testContest)
    #expect(try db.rubrics() == [testRubric])
    let log = try db.auditLog()
    #expect(log.map(\.action) == ["contest.init"])
    #expect(log.first?.actor == "Tổ thư ký")
    #expect(log.first?.at == "2019-11-15T00:00:00.000Z")
  }

  @Test("a file database is in WAL mode with foreign keys on")
  func pragmas() throws {
    let db = try makeDatabase(.file)
    let (mode, keys) = try db.writer.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    #expect(mode == "wal")
    #expect(keys == true)
  }

  @Test("create refuses an existing file; replace keeps the old one beside it")
  func createAndReplace() throws {
    let path = try temporaryDatabasePath()
    try ContestDatabase.create(
      path: path, contest: testContest, rubrics: [testRubric], context: context, replace: false)
    let first = try ContestDatabase.open(path: path)
    _ = try first.addEntry(draft("Giữ lại"), lateReason: nil, context: context)
    #expect(throws: StorageError.alreadyExists(path: path)) {
      try ContestDatabase.create(
        path: path, contest: testContest, rubrics: [testRubric], context: context, replace: false)
    }
    let kept = try #require(
      try ContestDatabase.create(
        path: path, contest: testContest, rubrics: [testRubric], context: context, replace: true))
    #expect(try ContestDatabase.open(path: path).entries().isEmpty)
    #expect(try ContestDatabase.open(path: kept).entries().map(\.draft.title) == ["Giữ lại"])
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: (path as NSString).deletingLastPathComponent)
    #expect(!leftovers.contains { $0.contains(".creating-") })
  }

  @Test("opening a missing file or a foreign file is refused")
  func openRefusals() throws {
    let path = try temporaryDatabasePath()
    #expect(throws: StorageError.noDatabase(path: path)) { try ContestDatabase.open(path: path) }
    try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: StorageError.notAContestDatabase(path: path)) {
      try ContestDatabase.open(path: path)
    }
  }

  @Test("text comes back exactly as stored, in NFC", arguments: Kind.allCases)
  func nfcRoundTrip(kind: Kind) throws {
    let db = try makeDatabase(kind)
    let title = "Mô hình “một cửa” liên thông — Đống Đa"
    let entry = try db.addEntry(draft(title), lateReason: nil, context: context)
    #expect(entry.code == "SK-0001")
    let back = try db.entry(code: "SK-0001")
    #expect(back.draft.title == title)
    #expect(Array(back.draft.title.utf8) == Array(title.precomposedStringWithCanonicalMapping.utf8))
    #expect(back.draft.authors == [Author(name: "Nguyễn Văn An")])
  }

  @Test("the schema refuses what the program never writes", arguments: Kind.allCases)
  func constraints(kind: Kind) throws {
    let db = try makeDatabase(kind)
    _ = try db.addEntry(draft("Một"), lateReason: nil, context: context)
    let attempts = [
      "UPDATE entry SET category = 'poem'",
      "UPDATE entry SET status = 'rejected'",
      "UPDATE entry SET received_on = '15/11/2019'",
      "UPDATE entry SET title = ''",
      "INSERT INTO entry_author (entry_id, position, name) VALUES (999, 1, 'X')",
      "UPDATE audit SET actor = 'someone else'",
      "DELETE FROM audit",
    ]
    for sql in attempts {
      #expect(throws: DatabaseError.self, "\(sql)") {
        try db.writer.write { try $0.execute(sql: sql) }
      }
    }
  }

  @Test("codes follow registration order and skip codes already taken")
  func codes() throws {
    let db = try makeDatabase(.memory)
    _ = try db.addEntry(draft("A"), lateReason: nil, context: context)
    _ = try db.addEntry(draft("B", code: "SK-0005"), lateReason: nil, context: context)
    let next = try db.addEntry(draft("C"), lateReason: nil, context: context)
    #expect(next.code == "SK-0006")
    #expect(throws: StorageError.duplicateCode(code: "SK-0005")) {
      try db.addEntry(draft("D", code: "SK-0005"), lateReason: nil, context: context)
    }
  }

  @Test("an import that fails leaves nothing, not even audit records")
  func importRollback() throws {
    let db = try makeDatabase(.memory)
    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try db.importEntries(context: context, note: "f.csv", commit: true) { importer in
        try importer.insert(draft("A"), lateReason: nil)
        try importer.insert(draft("B"), lateReason: nil)
        throw Stop()
      }
    }
    #expect(try db.entries().isEmpty)
    #expect(try db.auditLog().count == 1)
  }

  @Test("a dry run checks inside the transaction and keeps nothing")
  func dryRun() throws {
    let db = try makeDatabase(.memory)
    let duplicate = try db.importEntries(context: context, note: "f.csv", commit: false) {
      importer in
      try importer.insert(draft("Một cửa"), lateReason: nil)
      return try importer.duplicate(key: draft("MOT CUA").duplicateKey)
    }
    #expect(duplicate == "SK-0001")
    #expect(try db.entries().isEmpty)
  }

  @Test("status changes follow the allowed transitions, each audited with before and after")
  func statuses() throws {
    let db = try makeDatabase(.memory)
    _ = try db.addEntry(draft("A"), lateReason: nil, context: context)
    let rejected = try db.setStatus(
      code: "SK-0001", to: .rejected, reason: "Ngoài phạm vi", context: context)
    #expect(rejected.status == .rejected && rejected.statusReason == "Ngoài phạm vi")
    #expect(
      throws: StorageError.invalidTransition(code: "SK-0001", from: .rejected, to: .withdrawn)
    ) {
      try db.setStatus(code: "SK-0001", to: .withdrawn, reason: "x", context: context)
    }
    let valid = try db.setStatus(code: "SK-0001", to: .valid, reason: nil, context: context)
    #expect(valid.statusReason == nil)
    _ = try db.setStatus(
      code: "SK-0001", to: .withdrawn, reason: "Tác giả xin rút", context: context)
    let log = try db.auditLog(subject: "SK-0001")
    #expect(log.map(\.action) == ["entry.add", "entry.reject", "entry.validate", "entry.withdraw"])
    let reject = log[1]
    #expect(reject.before?.contains(#""status":"received""#) == true)
    #expect(reject.after?.contains(#""status":"rejected""#) == true)
    #expect(reject.note == "Ngoài phạm vi")
    #expect(throws: StorageError.entryNotFound(code: "SK-0404")) {
      try db.setStatus(code: "SK-0404", to: .valid, reason: nil, context: context)
    }
  }

  @Test("an update replaces fields and authors and records both states")
  func update() throws {
    let db = try makeDatabase(.memory)
    _ = try db.addEntry(draft("Cũ"), lateReason: nil, context: context)
    var changed = draft("Mới", unit: "Sở Nội vụ")
    changed.authors = [Author(name: "Trần Thị Bình", unit: "Phòng Tư pháp"), Author(name: "Lê C")]
    let after = try db.updateEntry(code: "SK-0001", to: changed, context: context)
    #expect(after.draft.title == "Mới")
    let stored = try db.entry(code: "SK-0001")
    #expect(stored.draft.authors == changed.authors)
    #expect(stored.status == .received)
    let record = try #require(try db.auditLog(subject: "SK-0001").last)
    #expect(record.action == "entry.update")
    #expect(record.before?.contains("\"Cũ\"") == true)
    #expect(record.after?.contains("\"Mới\"") == true)
    #expect(try db.likelyDuplicates(of: draft("MỚI", unit: "so noi vu")) == ["SK-0001"])
  }
}
