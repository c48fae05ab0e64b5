import Foundation
import GRDB
import SangKienModel
import Testing

@testable import SangKienStorage

@Suite("Judges, sheets and rounds in the database")
struct ScoreStorageTests {
  static func prepared() throws -> ContestDatabase {
    let db = try makeDatabase(.memory)
    _ = try db.addEntry(draft("Một"), lateReason: nil, context: context)
    try db.addJudges([Judge(id: "gk01", name: "Nguyễn An")], context: context)
    return db
  }

  static let sheet = StoredSheet(
    round: "r1", judge: "gk01", entry: "SK-0001", points: ["a": Points(units: 75_000)],
    comment: "Tốt")

  @Test("a sheet is stored exactly and a replacement is audited before and after")
  func storeAndReplace() throws {
    let db = try Self.prepared()
    #expect(try db.saveSheets([Self.sheet], replace: false, context: context, note: nil) == (1, 0))
    #expect(try db.sheets(round: "r1") == [Self.sheet])
    #expect(throws: StorageError.sheetExists(round: "r1", judge: "gk01", entry: "SK-0001")) {
      try db.saveSheets([Self.sheet], replace: false, context: context, note: nil)
    }
    var changed = Self.sheet
    changed.points["a"] = Points(units: 80_000)
    #expect(try db.saveSheets([changed], replace: true, context: context, note: nil) == (0, 1))
    let record = try #require(try db.auditLog(subject: "SK-0001").last)
    #expect(record.action == "score.replace")
    #expect(record.before?.contains(#""a":"7.5""#) == true)
    #expect(record.after?.contains(#""a":"8""#) == true)
  }

  @Test("the database itself refuses a sheet in a closed round")
  func closedRound() throws {
    let db = try Self.prepared()
    try db.setRoundState("r1", to: .closed, context: context)
    #expect(throws: StorageError.roundClosed(id: "r1")) {
      try db.saveSheets([Self.sheet], replace: false, context: context, note: nil)
    }
    #expect(try db.sheets().isEmpty)
    #expect(throws: StorageError.roundAlreadyInState(id: "r1", state: .closed)) {
      try db.setRoundState("r1", to: .closed, context: context)
    }
  }

  @Test("sheets written by hand in another JSON form still read")
  func generalJSON() throws {
    let db = try Self.prepared()
    try db.writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO score_sheet (round, judge, entry_id, points) VALUES
          ('r1', 'gk01', 1, '{ "a" : "9.5" }')
          """)
    }
    #expect(try db.sheets().first?.points == ["a": Points(units: 95_000)])
  }

  @Test("removing a judge who scored keeps them, marked removed, with the sheet")
  func removeKeeps() throws {
    let db = try Self.prepared()
    try db.saveSheets([Self.sheet], replace: false, context: context, note: nil)
    let removal = try db.removeJudge(id: "gk01", dropScores: false, context: context)
    #expect(removal.sheets == 1 && !removal.droppedScores)
    #expect(try db.judges().isEmpty)
    #expect(try db.judges(includeRemoved: true).map(\.active) == [false])
    #expect(try db.sheets().count == 1)
  }
}
