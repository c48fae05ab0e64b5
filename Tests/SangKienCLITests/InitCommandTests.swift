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

  @Test("contest update lists the differences, writes on the record, refuses a closed round's")
  func contestUpdate() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    let text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    ).replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    let bigger = try box.write("c.yaml", text + "\nattachments: {max_file_mb: 40}\n")
    let dry = box.run(["contest", "update", bigger, "--dry-run"])
    #expect(dry.code == 0, "\(dry.err)")
    #expect(
      dry.out
        == "  attachments.max_entry_mb: (none) → 100\n  attachments.max_file_mb: (none) → 40\n"
        + "Would change 2 settings from \(bigger); nothing written (--dry-run).\n")
    let done = box.run(["contest", "update", bigger])
    #expect(done.code == 0 && done.out.contains("Changed 2 settings"), "\(done.err)")
    #expect(box.run(["audit", "log", "--format", "csv"]).out.contains("contest.update"))
    #expect(box.run(["audit", "verify"]).code == 0)
    box.run(["staff", "add", "Ban Tổ Chức", "--role", "organiser"])
    #expect(box.run(["round", "close", "so-khao", "--as", "Ban Tổ Chức"]).code == 0)
    let stricter = try box.write(
      "d.yaml",
      text.replacingOccurrences(
        of: "advance: {top: 20, min_score: 50}", with: "advance: {top: 10, min_score: 50}")
        + "\nattachments: {max_file_mb: 40}\n")
    let refused = box.run(["contest", "update", stricter])
    #expect(refused.code != 0)
    #expect(
      refused.err.contains("d.yaml:rounds[so-khao].advance.top: error: round 'so-khao' is closed"),
      "\(refused.err)")
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
