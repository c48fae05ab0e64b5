import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Real processes writing one database at once, killed mid-import, and backups taken while
/// others write.
@Suite("integrity with real processes", .serialized)
struct IntegrityProcessTests {
  static func launch(_ arguments: [String], in folder: String) throws -> Process {
    let process = Process()
    process.executableURL = BinaryTests.executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["SANGKIEN_SEEDS"] = packageRoot + "/Seeds"
    environment["SANGKIEN_LANG"] = "en"
    environment["SANGKIEN_ACTOR"] = "Thư ký Test"
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  static func count(_ box: Sandbox, _ arguments: [String]) -> Int {
    box.run(arguments + ["--format", "csv"]).out.split(separator: "\r\n").count - 1
  }

  /// An entries file of `rows` distinct rows.
  static func entries(_ box: Sandbox, rows: Int) throws -> String {
    var text = entriesHeader
    for index in 0..<rows {
      text +=
        ",Sáng kiến thử số \(index),idea,individual,Nguyễn Văn An,Đơn vị \(index),Đất đai,,2019-10-01,Tóm tắt có dấu tiếng Việt số \(index),\n"
    }
    return try box.write("big.csv", text)
  }

  @Test("nine judges importing their sheets at once all succeed, in one verifiable chain")
  func concurrentJudges() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    #expect(box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"]).code == 0)
    #expect(box.run(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"]).code == 0)
    #expect(box.run(["assign"]).code == 0)
    var files: [String] = []
    for judge in 1...9 {
      let path = box.folder + "/gk0\(judge).csv"
      #expect(box.run(["score", "sheet", "--judge", "gk0\(judge)", "--out", path]).code == 0)
      let filled = try String(contentsOfFile: path, encoding: .utf8)
        .replacingOccurrences(of: ",,,,,,,,\r\n", with: ",20,15,8,8,8,10,8,\r\n")
      try filled.write(toFile: path, atomically: true, encoding: .utf8)
      files.append(path)
    }
    let processes = try files.map {
      try Self.launch(["score", "import", $0, "--db", box.db], in: box.folder)
    }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 9))
    #expect(Self.count(box, ["score", "list"]) == 120)
    let verify = box.run(["audit", "verify"])
    #expect(verify.code == 0, "\(verify.err)")
  }

  @Test("an entry import killed at any moment leaves all of the file or none, and a sound database")
  func killedImport() throws {
    let rows = 3000
    for delay in [0.05, 0.4, 1.0, 2.0] {
      let box = try Sandbox()
      #expect(box.run(["init"]).code == 0)
      let file = try Self.entries(box, rows: rows)
      let process = try Self.launch(["entry", "import", file, "--db", box.db], in: box.folder)
      usleep(useconds_t(delay * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let count = Self.count(box, ["entry", "list"])
      #expect(count == 0 || count == rows, "after \(delay) s: \(count) entries")
      let verify = box.run(["audit", "verify"])
      #expect(verify.code == 0, "after \(delay) s: \(verify.err)")
    }
  }

  @Test("a score import killed at any moment leaves all of the file or none")
  func killedScoreImport() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    #expect(box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"]).code == 0)
    #expect(box.run(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"]).code == 0)
    #expect(box.run(["assign"]).code == 0)
    var rows =
      "round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment\n"
    for line in box.run(["assign", "export"]).out.split(separator: "\r\n").dropFirst() {
      rows += line + ",20,15,8,8,8,10,8,\n"
    }
    let file = try box.write("all.csv", rows)
    let original = box.db
    for (index, delay) in [0.02, 0.1, 0.3].enumerated() {
      let copy = box.folder + "/copy\(index).sqlite"
      #expect(box.run(["backup", copy]).code == 0)
      let process = try Self.launch(["score", "import", file, "--db", copy], in: box.folder)
      usleep(useconds_t(delay * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let sheets =
        box.run(["score", "list", "--format", "csv", "--db", copy], useDatabase: false).out
        .split(separator: "\r\n").count - 1
      #expect(sheets == 0 || sheets == 120, "after \(delay) s: \(sheets) sheets")
      #expect(box.run(["audit", "verify", "--db", copy], useDatabase: false).code == 0)
    }
    #expect(FileManager.default.fileExists(atPath: original))
  }

  @Test("a backup taken while another process writes restores and verifies")
  func backupUnderWrites() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    let file = try Self.entries(box, rows: 2000)
    let writer = try Self.launch(["entry", "import", file, "--db", box.db], in: box.folder)
    var backups: [String] = []
    for index in 0..<4 {
      let path = box.folder + "/backup\(index).sqlite"
      let result = box.run(["backup", path])
      #expect(result.code == 0, "\(result.err)")
      backups.append(path)
      usleep(200_000)
    }
    writer.waitUntilExit()
    #expect(writer.terminationStatus == 0)
    for path in backups {
      let count = Self.count(box, ["entry", "list", "--db", path])
      #expect(count == 0 || count == 2000)
      let target = try Sandbox()
      #expect(target.run(["init"]).code == 0)
      let restored = target.run(["restore", path])
      #expect(restored.code == 0, "\(restored.err)")
      #expect(target.run(["audit", "verify"]).code == 0)
    }
  }
}
