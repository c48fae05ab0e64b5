import Foundation
import Testing

@Suite("init, contest show, rubric")
struct InitCommandTests {
  @Test("init loads the Hanoi 2019 contest by default")
  func initDefault() throws {
    let box = try Sandbox()
    let result = box.run(["init"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("Created \(box.db)"))
    #expect(result.out.contains("2 rounds, 1 rubrics, deadline 2019-11-15"))
    let show = box.run(["contest", "show"], language: .vi)
    #expect(show.out.contains("88/QĐ-BTC (24/01/2020)"))
    #expect(show.out.contains("Hạn nhận hồ sơ: 15/11/2019"))
    #expect(show.out.contains("Giải Nhất: 1 giải, từ 80 điểm"))
    let log = box.run(["audit", "log", "--format", "csv"])
    #expect(log.out.contains("contest.init"))
    #expect(log.out.contains("Thư ký Test"))
  }

  @Test("init refuses an existing database without --force, and --force keeps the old file")
  func initRefusesOverwrite() throws {
    let box = try Sandbox()
    box.run(["init"])
    let again = box.run(["init"])
    #expect(again.code == 1)
    #expect(
      again.err
        == "Error: a database already exists at '\(box.db)'; use --force to replace it (the old one is kept beside it)\n"
    )
    let forced = box.run(["init", "--force"])
    #expect(forced.code == 0)
    #expect(forced.out.contains("The old database is kept as \(box.folder)/sangkien.replaced-"))
  }

  @Test("a bad contest file creates nothing and lists every problem")
  func badContest() throws {
    let box = try Sandbox()
    let path = try box.write(
      "bad.yaml",
      "id: x\nname: X\norganiser: O\ncode_prefix: S K\ndeadline: 2019-02-30\nrounds: []\nextra: 1\n"
    )
    let result = box.run(["init", "--contest", path])
    #expect(result.code == 1)
    #expect(
      result.err.contains(
        "\(path):4:14: error: code_prefix 'S K' must be 1 to 10 ASCII letters or digits"))
    #expect(result.err.contains("\(path):5:11: error: 'deadline' = '2019-02-30' is not a date"))
    #expect(result.err.contains("\(path):7:1: error: unknown key 'extra'"))
    #expect(result.err.contains("at least one round is needed"))
    #expect(!FileManager.default.fileExists(atPath: box.db))
    #expect(try FileManager.default.contentsOfDirectory(atPath: box.folder) == ["bad.yaml"])
  }

  @Test("rubric check and rubric show")
  func rubric() throws {
    let box = try Sandbox()
    let check = box.run(
      ["rubric", "check", packageRoot + "/Rubrics/cchc-2019.yaml"], useDatabase: false)
    #expect(check.code == 0)
    #expect(check.out.contains("The rubric is valid: 7 scored criteria, 100 points in all."))
    let bad = try box.write(
      "r.yaml", "id: r\nname: R\ncriteria:\n  - {id: a, name: A, max: 10, step: 3}\n")
    let refused = box.run(["rubric", "check", bad], useDatabase: false)
    #expect(refused.code == 1)
    #expect(
      refused.err.contains("\(bad):4:37: error: step 3 does not divide the maximum 10 of 'a'"))
    box.run(["init"])
    let show = box.run(["rubric", "show", "--round", "chung-khao"])
    #expect(show.out.contains("Round chung-khao (Chung khảo) is scored against:"))
    #expect(show.out.contains("effectiveness"))
    let missing = box.run(["rubric", "show", "--round", "nope"])
    #expect(missing.code == 64)
  }

  @Test("commands without a database say how to make one")
  func noDatabase() throws {
    let box = try Sandbox()
    let result = box.run(["entry", "list"])
    #expect(result.code == 1)
    #expect(
      result.err == "Error: no database at '\(box.db)'; run 'sangkien init' first (or pass --db)\n")
    let vi = box.run(["entry", "list"], language: .vi)
    #expect(vi.err.contains("chưa có cơ sở dữ liệu"))
  }
}
