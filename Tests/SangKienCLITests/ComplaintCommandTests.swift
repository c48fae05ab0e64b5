import Foundation
import Testing

/// `complaint add|list|show|accept|reject` on the demo contest, its rules given complaints
/// by `contest update` (audited) after publication.
@Suite("complaint commands")
struct ComplaintCommandTests {
  @Test("filed for the entrant, listed, shown, accepted and rejected; refused when wrong")
  func lifecycle() throws {
    let box = try Sandbox()
    let demo = box.folder + "/d"
    #expect(box.run(["demo", "--out", demo], useDatabase: false).code == 0)
    let db = ["--db", demo + "/sangkien.sqlite", "--as", "Tổ thư ký (minh hoạ)"]
    let contest =
      try String(contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8)
      .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
      + "\ncomplaints: {days: 10, answer_days: 30, remarking_judges: 2, method: mean-remarks}\n"
    let file = try box.write("contest.yaml", contest)
    let update = box.run(["contest", "update", file] + db, useDatabase: false)
    #expect(update.code == 0, "\(update.err)")
    let filed = box.run(
      ["complaint", "add", "SK-0007", "--text", "Đề nghị phúc khảo tiêu chí hiệu quả"] + db,
      useDatabase: false)
    #expect(filed.code == 0, "\(filed.err)")
    #expect(filed.out.contains("Complaint #1 about SK-0007 filed"), "\(filed.out)")
    let listed = box.run(["complaint", "list", "--format", "csv"] + db, useDatabase: false)
    #expect(listed.out.contains("1,SK-0007,chung-khao"), "\(listed.out)")
    let shown = box.run(["complaint", "show", "1"] + db, language: .vi, useDatabase: false)
    #expect(shown.out.contains("Vòng          Chung khảo") && shown.out.contains("đã nhận"))
    #expect(box.run(["complaint", "accept", "1"] + db, useDatabase: false).code == 0)
    // Open complaints and their due days on the round's status.
    let status = box.run(["round", "status", "--round", "chung-khao"] + db, useDatabase: false)
    #expect(status.out.contains("Complaints awaiting an answer: 1"), "\(status.out)")
    #expect(status.out.contains("#1 SK-0007 (accepted): due"), "\(status.out)")
    let again = box.run(["complaint", "reject", "1", "--reason", "x"] + db, useDatabase: false)
    #expect(again.code == 1 && again.err.contains("complaint #1 is accepted"), "\(again.err)")
    let noReason = box.run(["complaint", "reject", "1"] + db, useDatabase: false)
    #expect(noReason.code == 64)
    let late = box.run(
      ["complaint", "add", "SK-0007", "--text", "x", "--received-on", "01/01/2030"] + db,
      useDatabase: false)
    #expect(
      late.code == 64 && late.err.contains("the day received is in the future"), "\(late.err)")
    let unknown = box.run(["complaint", "add", "SK-9999", "--text", "x"] + db, useDatabase: false)
    #expect(unknown.code == 1 && unknown.err.contains("no entry has the code 'SK-9999'"))
    let badState = box.run(["complaint", "list", "--state", "open"] + db, useDatabase: false)
    #expect(badState.code == 64 && badState.err.contains("'open' is no complaint state"))
    let verify = box.run(["audit", "verify"] + db, useDatabase: false)
    #expect(verify.code == 0, "\(verify.out)\(verify.err)")
  }
}
