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

  @Test(
    "re-marked at the command line and decided: the preview, the next round's list said, the papers, the old files superseded"
  )
  func remarking() throws {
    let box = try Sandbox()
    let demo = box.folder + "/d"
    #expect(box.run(["demo", "--out", demo], useDatabase: false).code == 0)
    let staff = ["--db", demo + "/sangkien.sqlite", "--as", "Tổ thư ký (minh hoạ)"]
    let organiser = ["--db", demo + "/sangkien.sqlite", "--as", "Ban tổ chức (minh hoạ)"]
    let contest =
      try String(contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8)
      .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
      + "\ncomplaints: {days: 10, answer_days: 30, remarking_judges: 2}\n"
    let file = try box.write("contest.yaml", contest)
    #expect(box.run(["contest", "update", file] + staff, useDatabase: false).code == 0)
    let first = box.folder + "/so-khao-1"
    let published = box.run(
      ["publish", "--round", "so-khao", "--out", first] + organiser, useDatabase: false)
    #expect(published.code == 0, "\(published.err)")
    // SK-0020 ranks 21st, just below the preliminary round's cut of 20.
    for step in [
      ["complaint", "add", "SK-0020", "--text", "Đề nghị phúc khảo"], ["complaint", "accept", "1"],
    ] {
      #expect(box.run(step + staff, useDatabase: false).code == 0)
    }
    let given = box.run(["assign", "remark", "1"] + staff, useDatabase: false)
    #expect(given.out.contains("Complaint #1 (SK-0020): re-marking given to"), "\(given.out)")
    let early = box.run(
      ["complaint", "decide", "1", "--outcome", "amended", "--reason", "x"] + organiser,
      useDatabase: false)
    #expect(
      early.code == 1 && early.err.contains("0 of 2 re-marking sheets are in"), "\(early.err)")
    let shown = box.run(["complaint", "show", "1"] + staff, useDatabase: false)
    let remarkers = shown.out.split(separator: "\n").filter { $0.hasPrefix("Re-marker") }
      .map { String($0.split(separator: " ").last { $0.hasSuffix(":") }?.dropLast() ?? "") }
    #expect(remarkers.count == 2, "\(shown.out)")
    for judge in remarkers {
      let sheet = box.run(
        [
          "complaint", "remark", "1", "--judge", judge, "novelty=24", "feasibility=19", "time=9",
          "cost=9", "steps=9", "replicability=14", "presentation=9",
        ] + staff, useDatabase: false)
      #expect(sheet.out.contains("total 93"), "\(sheet.out)\(sheet.err)")
    }
    let again = box.run(
      ["complaint", "remark", "1", "--judge", remarkers[0], "novelty=1"] + staff, useDatabase: false
    )
    #expect(again.code == 1 && again.err.contains("cannot change"), "\(again.err)")
    let preview = box.run(
      ["complaint", "decide", "1", "--outcome", "amended", "--reason", "Phúc khảo cao hơn"]
        + organiser, useDatabase: false)
    #expect(preview.out.contains("(Preview — nothing written"), "\(preview.out)")
    #expect(preview.out.contains("21 · 70.17 · –") && preview.out.contains("1 · 93.00 · –"))
    #expect(preview.out.contains("SK-0020 would now go on"), "\(preview.out)")
    let decided = box.run(
      [
        "complaint", "decide", "1", "--outcome", "amended", "--reason", "Phúc khảo cao hơn",
        "--yes",
      ]
        + organiser, useDatabase: false)
    #expect(decided.out.contains("Decision recorded"), "\(decided.out)")
    let second = box.folder + "/so-khao-2"
    let republished = box.run(
      ["publish", "--round", "so-khao", "--out", second] + organiser, useDatabase: false)
    #expect(republished.out.contains("bien-ban-phuc-khao.docx"))
    #expect(republished.out.contains("quyet-dinh-dieu-chinh.docx"))
    #expect(republished.err.contains("it answers complaint #1"), "\(republished.err)")
    let check = box.run(["audit", "check-publication", first] + organiser, useDatabase: false)
    #expect(check.out.contains("superseded by publication #"), "\(check.out)")
    #expect(check.out.contains("(complaint #1)"), "\(check.out)")
    let verify = box.run(["audit", "verify"] + staff, useDatabase: false)
    #expect(verify.code == 0, "\(verify.out)\(verify.err)")
  }
}
