import Foundation
import Testing

/// Workbooks written by sangkien: each export imports back unchanged.
@Suite("Excel workbooks out")
struct WorkbookExportTests {
  @Test("entries, judges, assignments and sheets exported as .xlsx import back unchanged")
  func roundTrip() throws {
    let first = try AssignCommandTests.demo()
    #expect(first.run(["assign"]).code == 0)
    let pairs = AssignCommandTests.pairs(first).prefix(3)
    var rows = "round,judge,entry,\(AssignCommandTests.leaves),comment\n"
    for pair in pairs {
      rows += "so-khao,\(pair[0]),\(pair[1]),16.5,14.5,7,6.5,7,10,7,\"Tốt, rõ\"\n"
    }
    #expect(first.run(["score", "import", try first.write("s.csv", rows)]).code == 0)
    let folder = first.folder
    for arguments in [
      ["entry", "export", "--format", "xlsx", "--out", folder + "/entries.xlsx"],
      ["judge", "list", "--format", "xlsx", "--out", folder + "/judges.xlsx"],
      ["assign", "export", "--format", "xlsx", "--out", folder + "/assign.xlsx"],
      ["score", "list", "--format", "xlsx", "--out", folder + "/scores.xlsx"],
    ] {
      let result = first.run(arguments)
      #expect(result.code == 0, "\(arguments): \(result.err)")
    }
    let second = try EntryImportTests.initialised()
    for arguments in [
      ["entry", "import", folder + "/entries.xlsx"],
      ["judge", "import", folder + "/judges.xlsx"],
      ["assign", "import", folder + "/assign.xlsx"],
      ["score", "import", folder + "/scores.xlsx"],
    ] {
      let result = second.run(arguments)
      #expect(result.code == 0, "\(arguments): \(result.err)")
    }
    for arguments in [
      ["entry", "export", "--format", "csv"], ["judge", "list", "--format", "csv"],
      ["assign", "export"], ["score", "list", "--format", "csv"],
    ] {
      #expect(first.run(arguments).out == second.run(arguments).out, "\(arguments)")
    }
  }

  @Test("a workbook needs --out; rank and prizes write one too")
  func needsOut() throws {
    let box = try AssignCommandTests.demo()
    let refused = box.run(["entry", "export", "--format", "xlsx"])
    #expect(
      refused.code != 0 && refused.err.contains("--format xlsx writes a file"), "\(refused.err)")
    #expect(box.run(["judge", "list", "--format", "xlsx"]).err.contains("add --out FILE.xlsx"))
    #expect(box.run(["assign"]).code == 0)
    let rank = box.run(["rank", "--format", "xlsx", "--out", box.folder + "/rank.xlsx"])
    #expect(rank.code == 0, "\(rank.err)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: box.folder + "/rank.xlsx"))
    #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
  }

  @Test("score sheet --all writes one workbook per judge, named for mailing; each imports")
  func everyJudge() throws {
    let box = try AssignCommandTests.demo()
    #expect(box.run(["assign"]).code == 0)
    let folder = box.folder + "/phieu"
    let all = box.run(["score", "sheet", "--all", "--format", "xlsx", "--out", folder])
    #expect(all.code == 0, "\(all.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(files.count == 9 && files[0] == "gk01-nguyen-van-bach.xlsx", "\(files)")
    // Sent back unfilled: nothing to write, and it says so.
    let back = box.run(["score", "import", folder + "/" + files[0]])
    #expect(back.code != 0 && back.err.contains("no row has points yet"), "\(back.err)")
    for wrong in [
      ["score", "sheet", "--all", "--judge", "gk01", "--format", "xlsx", "--out", folder],
      ["score", "sheet", "--all", "--format", "xlsx"], ["score", "sheet", "--format", "xlsx"],
    ] {
      #expect(box.run(wrong).code != 0, "\(wrong)")
    }
  }
}
