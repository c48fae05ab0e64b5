import Foundation
import Testing

@Suite("assign extra: the further marking from the command line")
struct AssignExtraCommandTests {
  @Test("a dry run names the entry and its further judge; the run writes it; rank waits for it")
  func further() throws {
    let box = try Sandbox()
    let contest = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    )
    .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    .replacingOccurrences(
      of: "advance: {top: 20, min_score: 50}\n",
      with:
        "advance: {top: 20, min_score: 50}\n    resolution: {extra_judges: 1, method: mean-all}\n")
    #expect(box.run(["init", "--contest", try box.write("contest.yaml", contest)]).code == 0)
    let rows = (1...5).map {
      ",Sáng kiến số \($0),idea,individual,Tác Giả \($0),Đơn vị \($0),,,2019-10-01,Tóm tắt \($0),09\($0)"
    }
    #expect(
      box.run([
        "entry", "import",
        try box.write("e.csv", entriesHeader + rows.joined(separator: "\n") + "\n"),
      ]).code == 0)
    let judges = (1...4).map { "gk0\($0),Giám Khảo \($0),Sở \($0),," }.joined(separator: "\n")
    #expect(
      box.run([
        "judge", "import", try box.write("j.csv", "id,name,unit,fields,role\n" + judges + "\n"),
      ]).code == 0)
    var assignments = "round,judge,entry\n"
    for judge in ["gk01", "gk02", "gk03"] {
      for entry in 1...5 { assignments += "so-khao,\(judge),SK-000\(entry)\n" }
    }
    #expect(box.run(["assign", "import", try box.write("a.csv", assignments)]).code == 0)
    let high = SetAsideCommandTests.points
    let low = [
      "novelty=5", "feasibility=5", "time=2", "cost=2", "steps=2", "replicability=3",
      "presentation=2",
    ]
    for (judge, points) in [("gk01", low), ("gk02", high), ("gk03", high)] {
      #expect(
        box.run(["score", "enter", "--judge", judge, "--entry", "SK-0001"] + points).code == 0)
    }
    let preview = box.run(["assign", "extra", "--dry-run"])
    #expect(preview.code == 0, "\(preview.err)")
    #expect(
      preview.out.contains(
        "(dry run) SK-0001: further marking by gk04 (totals so far: gk01 21, gk02 77, gk03 77)"),
      "\(preview.out)")
    #expect(!box.run(["assign", "export"]).out.contains("gk04,SK-0001"))
    let written = box.run(["assign", "extra"])
    #expect(
      written.code == 0 && written.out.contains("1 further sheet(s) for 1/1 entries"),
      "\(written.out)")
    #expect(box.run(["assign", "export"]).out.contains("so-khao,gk04,SK-0001"))
    let rank = box.run(["rank", "--format", "csv"]).out
    #expect(rank.contains("SK-0001") && rank.contains("disagreement;incomplete"), "\(rank)")
    #expect(rank.contains("further marking: 1 sheet(s) to come"), "\(rank)")
    #expect(box.run(["audit", "verify"]).code == 0)
  }

  @Test("a round without the rule: refused, naming the key")
  func refused() throws {
    let box = try AssignCommandTests.demo()
    let result = box.run(["assign", "extra"])
    #expect(result.code == 1 && result.err.contains("resolution"), "\(result.err)")
  }
}
