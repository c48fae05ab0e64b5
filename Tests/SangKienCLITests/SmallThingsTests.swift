import Foundation
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienCLI
@testable import SangKienWorkflow

@Suite("small things a secretariat meets")
struct SmallThingsTests {
  @Test("a refusal made of warnings is not headed 'Lỗi:'; help's English is said in Vietnamese")
  func warningsAndHelp() {
    #expect(
      ArgumentMessages.unprefixed("Error: a.csv:3: cảnh báo: trùng với dòng 2")
        == "a.csv:3: cảnh báo: trùng với dòng 2")
    #expect(ArgumentMessages.unprefixed("Error: không có vòng 'x'") == "Error: không có vòng 'x'")
    let help = ArgumentMessages.localized(
      "  See 'sangkien help contest <subcommand>' for detailed help.\n (values: a, b; default: a)",
      language: .vi)
    #expect(
      help
        == "  Xem 'sangkien help contest <lệnh con>' để có trợ giúp chi tiết.\n (giá trị: a, b; mặc định: a)"
    )
  }

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

@Suite("reading never writes")
struct ReadingNeverWritesTests {
  @Test("another application's SQLite file and an empty file are left exactly as they were")
  func foreignFiles() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    let box = try Sandbox()
    let foreign = box.folder + "/other.sqlite"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"]
    try process.run()
    process.waitUntilExit()
    let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
    let shown = box.run(["contest", "show", "--db", foreign], useDatabase: false)
    #expect(shown.code == 1 && shown.err.contains("is not a sangkien database"), "\(shown.err)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
    #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
    let empty = try box.write("empty.sqlite", "")
    #expect(box.run(["entry", "list", "--db", empty], useDatabase: false).code == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
  }

  @Test("init marks the database; an archive copy opened read-only is read, ranked and verified")
  func archive() throws {
    let box = try Sandbox()
    #expect(box.run(["demo", "--out", box.folder + "/d"], useDatabase: false).code == 0)
    let path = box.folder + "/d/sangkien.sqlite"
    let header = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(72))
    #expect(Array(header[68...71]) == Array("SKN1".utf8))
    let copy = box.folder + "/copy.sqlite"
    #expect(
      box.run(["backup", copy, "--db", path, "--as", "Tổ thư ký (minh hoạ)"], useDatabase: false)
        .code == 0)
    let database = try ContestDatabase.open(path: copy, readOnly: true)
    #expect(database.isReadOnly)
    let workflow = Workflow(database: database)
    let organiser = try workflow.person(named: "Ban tổ chức (minh hoạ)")
    #expect(try workflow.rank(round: "chung-khao", by: organiser).ranking.entries.count == 20)
    #expect(try workflow.verifyAudit(by: organiser).isIntact)
    // A refusal is still a refusal there (not audited: nothing can be written).
    func attempt(_ person: Person) -> WorkflowError? {
      do {
        _ = try workflow.addStaff(name: "X", role: .organiser, by: person)
        return nil
      } catch {
        return error
      }
    }
    guard case .notPermitted? = attempt(organiser) else {
      Issue.record("the organiser was not refused")
      return
    }
    let secretariat = try workflow.person(named: "Tổ thư ký (minh hoạ)")
    let error = Language.$current.withValue(.en) { attempt(secretariat)?.description ?? "" }
    #expect(error.contains("read-only"), "\(error)")
  }
}

@Suite("help in the session's language")
struct HelpLanguageTests {
  @Test("every command's one-line description has its Vietnamese, and help's headings do")
  func descriptions() {
    let vi = ArgumentMessagesProbe.localized(
      "OVERVIEW: x\n\nUSAGE: sangkien <subcommand>\n\nOPTIONS:\n  -h, --help              Show help information.\n",
      vi: true)
    #expect(vi.contains("TỔNG QUAN:") && vi.contains("CÁCH DÙNG:") && vi.contains("In trợ giúp."))
    #expect(!vi.contains("OVERVIEW") && !vi.contains("Show help"))
    #expect(HelpText.allCases.allSatisfy { !$0.words.vi.isEmpty && !$0.words.en.isEmpty })
  }

  @Test("help is said by key, each in both languages, and no command passes text of its own")
  func everyHelpTextTranslated() throws {
    // Every key's two texts differ: a Vietnamese left in English would show.
    let same = HelpText.allCases.filter { $0.words.vi == $0.words.en }
    #expect(same.isEmpty, "the same in both languages: \(same)")
    #expect(HelpText.allCases.count > 150)
    let sources = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/SangKienCLI")
    let literal = try Regex(#"CLIHelp\.t\(\s*""#)
    var found: [String] = []
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
    for case let file as URL in files where file.pathExtension == "swift" {
      let text = try String(contentsOf: file, encoding: .utf8)
      if text.contains(literal) { found.append(file.lastPathComponent) }
    }
    #expect(found.isEmpty, "help text written outside HelpText in \(found)")
  }

}
