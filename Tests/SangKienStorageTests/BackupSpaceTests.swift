import Foundation
import GRDB
import SangKienModel
import Testing

@testable import SangKienStorage

@Suite("a backup onto a full disk")
struct BackupSpaceTests {
  @Test("a disk without room for the copy is said so, and nothing is left behind")
  func fullDisk() throws {
    let db = try makeDatabase(.file)
    let target = try temporaryDatabasePath() + ".backup"
    let folder = (target as NSString).deletingLastPathComponent
    var message = ""
    Language.$current.withValue(.en) {
      do {
        try db.backup(to: target, replace: false, freeSpace: { _ in 10 * 1024 })
      } catch {
        message = String(describing: error)
      }
    }
    #expect(
      message.hasPrefix("file error: the disk holding '\(target)' is full: about "), "\(message)")
    #expect(message.contains(" KB needed, 10.0 KB free; nothing was written"), "\(message)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    // With room, the same call makes the copy.
    try db.backup(to: target, replace: false, freeSpace: { _ in 1 << 40 })
    #expect(FileManager.default.fileExists(atPath: target))
  }

  @Test("sizes read as people write them, in the session's language")
  func sizes() {
    #expect(Language.$current.withValue(.vi) { StorageText.size(1_258_291) } == "1,2 MB")
    #expect(Language.$current.withValue(.en) { StorageText.size(1_258_291) } == "1.2 MB")
    #expect(StorageText.size(512) == "512 B")
  }

  @Test("the file system's free space is known for a real folder")
  func freeSpaceKnown() {
    let free = ContestDatabase.freeSpace(at: FileManager.default.temporaryDirectory.path)
    #expect(free.map { $0 > 0 } == true)
  }
}

@Suite("a database copied without its write-ahead log")
struct MissingWALTests {
  @Test("is said to miss its -wal, not to be someone else's file; a clean WAL file opens")
  func missingLog() throws {
    let source = try temporaryDatabasePath()
    try ContestDatabase.create(
      path: source, contest: testContest, rubrics: [testRubric], context: context, replace: false)
    // A copy whose every page is still in its -wal, as a writer killed before a checkpoint
    // leaves it; the main file is then copied alone.
    let live = try temporaryDatabasePath()
    let writer = try DatabaseQueue(path: live)
    try writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA journal_mode = WAL")
      try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
    }
    try DatabaseQueue(path: source).backup(to: writer)
    let copied = try temporaryDatabasePath()
    try FileManager.default.copyItem(atPath: live, toPath: copied)
    var message = ""
    Language.$current.withValue(.en) {
      do {
        _ = try ContestDatabase.open(path: copied)
      } catch {
        message = String(describing: error)
      }
    }
    #expect(message.contains("is in WAL mode but its write-ahead log '\(copied)-wal' is missing"))
    #expect(!FileManager.default.fileExists(atPath: copied + "-wal"), "the empty -wal is removed")
    try writer.close()
    // The source, in WAL mode and closed cleanly, has no -wal and opens as usual.
    #expect(ContestDatabase.isWALMode(source))
    #expect(!FileManager.default.fileExists(atPath: source + "-wal"))
    #expect(try ContestDatabase.open(path: source).contest() == testContest)
  }
}
