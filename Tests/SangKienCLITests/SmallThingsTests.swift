import Foundation
import Testing

@Suite("small things a secretariat meets")
struct SmallThingsTests {
  @Test("lowercase codes are read as codes; several entries validated at once, or all received")
  func codes() throws {
    let box = try ScoringCommandTests.contest()
    #expect(box.run(["entry", "show", "sk-0002"]).out.contains("SK-0002"))
    let two = box.run(["entry", "validate", "sk-0001", "SK-0002"])
    #expect(two.out == "SK-0001: valid.\nSK-0002: valid.\n", "\(two.err)")
    let rest = box.run(["entry", "validate", "--all-received"])
    #expect(rest.out == "SK-0003: valid.\nSK-0004: valid.\nSK-0005: valid.\n", "\(rest.err)")
    #expect(box.run(["entry", "validate"]).code == 64)
    // All or none: a bad code among good ones changes nothing.
    let box2 = try ScoringCommandTests.contest()
    #expect(box2.run(["entry", "validate", "SK-0001", "SK-0404"]).code == 1)
    #expect(box2.run(["entry", "list", "--status", "valid", "--format", "json"]).out == "[]\n")
    let entered = box.run(
      ["score", "enter", "--judge", "gk01", "--entry", "sk-0003"] + SetAsideCommandTests.points)
    #expect(entered.out.contains("Recorded gk01's sheet for SK-0003"), "\(entered.err)")
  }

  @Test("an unknown criterion lists the valid ones; assign export says what it wrote")
  func messages() throws {
    let box = try ScoringCommandTests.contest()
    let unknown = box.run(["score", "enter", "--judge", "gk01", "--entry", "SK-0001", "speed=3"])
    #expect(
      unknown.err.contains(
        "'speed' is not a scored criterion of the rubric; the scored criteria: novelty, feasibility, time, cost, steps, replicability, presentation"
      ), "\(unknown.err)")
    let out = box.folder + "/a.csv"
    let export = box.run(["assign", "export", "--out", out])
    #expect(export.err == "Wrote 15 assignments to \(out).\n")
  }

  @Test("an empty table is not printed")
  func emptyTable() throws {
    let box = try ScoringCommandTests.contest()
    #expect(box.run(["conflict", "list"]).out == "")
    #expect(box.run(["score", "list"]).out == "")
  }
}

@Suite("Vietnamese throughout")
struct VietnameseThroughoutTests {
  @Test("values and names in Vietnamese: --status, --group, methods, groups, table headers")
  func values() throws {
    let box = try ScoringCommandTests.contest()
    #expect(box.run(["entry", "validate", "SK-0001"]).code == 0)
    let valid = box.run(["entry", "list", "--status", "hợp lệ", "--format", "csv"])
    #expect(
      valid.code == 0 && valid.out.contains("SK-0001") && !valid.out.contains("SK-0002"),
      "\(valid.err)")
    let group = box.run(["rank", "--group", "cá nhân", "--format", "csv"])
    #expect(group.code == 0, "\(group.err)")
    let show = box.run(["contest", "show"], language: .vi).out
    #expect(show.contains("tổng hợp trung bình,"))
    #expect(show.contains("  - cá nhân: cá nhân"))
    #expect(!show.contains("aggregation") && !show.contains(" mean,"))
    let english = box.run(["contest", "show"]).out
    #expect(english.contains("mean aggregation") && english.contains("  - individual: individual"))
    #expect(box.run(["score", "list"], language: .vi).out.isEmpty)
    let sheet = box.run(["score", "sheet", "--judge", "gk01", "--format", "table"], language: .vi)
      .out
    #expect(sheet.hasPrefix("Mã"), "\(sheet)")
  }

  @Test("argument-parser's messages are Vietnamese under vi: Lỗi, not Error")
  func parserMessages() {
    let vi = ArgumentMessagesProbe.localized(
      "Error: The value 'colour' is invalid for '--sort <sort>'. Please provide one of 'code', 'title' or 'author'.\nUsage: sangkien entry list\n  See 'sangkien entry list --help' for more information.",
      vi: true)
    #expect(
      vi.hasPrefix(
        "Lỗi: Giá trị 'colour' không hợp lệ cho '--sort <sort>'. Hãy chọn một trong 'code', 'title' hoặc 'author'."
      ))
    #expect(vi.contains("Cách dùng: sangkien entry list") && vi.contains("để biết thêm."))
    #expect(!vi.contains("Error") && !vi.contains("Usage"))
    #expect(ArgumentMessagesProbe.localized("Error: x", vi: false) == "Error: x")
  }
}

@Suite("invisible characters never reach the database")
struct InvisibleCharacterTests {
  @Test("NUL, a byte-order mark and a bidi override: stored, logged and shown alike; verify intact")
  func importFile() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    let row =
      ",A\u{0}B \u{FEFF}Một\u{202E} cửa,idea,individual,An\u{200B},U,,,2019-10-01,Dòng\u{0}một,\n"
    let file = try box.write("i.csv", entriesHeader + row)
    let imported = box.run(["entry", "import", file])
    #expect(imported.code == 0, "\(imported.err)")
    let shown = box.run(["entry", "show", "SK-0001", "--format", "json"]).out
    #expect(shown.contains(#""title": "AB Một cửa""#), "\(shown)")
    let log = box.run(["audit", "log", "--subject", "SK-0001", "--format", "json"]).out
    #expect(
      log.contains(#"\"title\":\"AB Một cửa\""#) || log.contains(#""title": "AB Một cửa""#),
      "\(log)")
    #expect(!log.contains("\\u0000"))
    #expect(box.run(["audit", "verify"]).code == 0)
  }
}
