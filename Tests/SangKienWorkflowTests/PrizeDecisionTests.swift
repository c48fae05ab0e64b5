import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage
import Testing

@testable import SangKienWorkflow

@Suite("the jury's decision on a tie at a prize's last place")
struct PrizeDecisionTests {
  /// One round that every judge scores and that gives the prizes: Nhất (1) and Nhì (1) for
  /// individuals; SK-0002 and SK-0003 tie for Nhì after SK-0001 takes Nhất.
  static func tiedContest() throws -> (ContestFixture, Workflow) {
    let contest = try ContestFixture(demo: false)
    let folder = contest.folder
    let file = try contest.write(
      "tie.yaml",
      """
      id: tie
      name: "Cuộc thi thử"
      organiser: "Ban tổ chức (thử)"
      code_prefix: SK
      deadline: 2019-11-15
      categories: [idea, solution, model]
      groups:
        individual: [individual]
      rounds:
        - id: chung-khao
          name: "Chung khảo"
          rubric: \(packageRoot)/Rubrics/cchc-2019.yaml
          judges_per_entry: all
          aggregation: mean
          disagreement: 20
          tie_break: [effectiveness]
      prizes:
        round: chung-khao
        groups:
          individual:
            - {name: "Giải Nhất", count: 1, min_score: 50}
            - {name: "Giải Nhì", count: 1, min_score: 50}
      """)
    let path = folder + "/tie.sqlite"
    _ = try Workflow.createContest(at: path, from: file, by: "Thư ký Test", now: fixedNow)
    let w = try Workflow.open(path: path, clock: { fixedNow })
    let s = try w.person(named: "Thư ký Test")
    _ = try w.addStaff(name: "Phạm Tổ Chức", role: .organiser, by: s)
    for n in 1...3 {
      _ = try w.addEntry(
        [
          .title: "Sáng kiến \(n)", .category: "idea", .entrantKind: "individual",
          .authors: "Tác Giả \(n)", .unit: "Đơn vị \(n)", .receivedOn: "2019-10-01",
        ], by: s)
    }
    _ = try w.addJudge(JudgeInput(id: "gk01", name: "Giám Khảo Một"), by: s)
    let points: [String: Decimal] = [
      "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
      "presentation": 8,
    ]
    var best = points
    best["novelty"] = 25
    for (code, p) in [("SK-0001", best), ("SK-0002", points), ("SK-0003", points)] {
      _ = try w.enterSheet(round: nil, judge: "gk01", entry: code, points: p, comment: "", by: s)
    }
    return (contest, w)
  }

  @Test("decided, the places go to the entries named, with the reason, in every document")
  func decide() throws {
    let (_, w) = try Self.tiedContest()
    let organiser = try w.person(named: "Phạm Tổ Chức")
    let before = try w.prizes(round: nil, by: organiser)
    #expect(before.outcomes[0].pending.map(\.among) == [["SK-0002", "SK-0003"]])
    let after = try w.decidePrize(
      round: nil, group: "individual", prize: "Giải Nhì", award: ["sk-0003"],
      reason: "Biên bản họp Ban giám khảo ngày 20/01/2020", by: organiser)
    #expect(after.outcomes[0].pending.isEmpty)
    #expect(after.outcomes[0].awards.map(\.code) == ["SK-0001", "SK-0003"])
    let ranking = try w.rank(round: nil, by: organiser).ranking
    #expect(ranking.entries.first { $0.entry.code == "SK-0003" }?.prize == "Giải Nhì")
    #expect(ranking.entries.first { $0.entry.code == "SK-0002" }?.prize == nil)
    let files = try w.publish(round: nil, by: organiser).files
    let html = String(decoding: files[0].bytes, as: UTF8.self)
    #expect(html.contains("Ban giám khảo quyết định: Biên bản họp Ban giám khảo ngày 20/01/2020"))
    #expect(html.contains("Cá nhân"))
    let csv = String(decoding: files[3].bytes, as: UTF8.self)
    #expect(csv.contains("Cá nhân,Giải Nhì,SK-0003"))
    #expect(try w.verifyAudit(by: organiser).isIntact)
    // The prize the jury decided is in the stability table too: kept in a resample when the
    // entry wins it outright or ties for it again.
    let stats = try w.statistics(round: nil, replicates: 40, seed: 3, by: organiser)
    let decided = try #require(stats.stability.first { $0.code == "SK-0003" })
    #expect(decided.prize == "Giải Nhì" && decided.probability > 0)
    guard
      case .wrongState = refusal({
        try w.decidePrize(
          round: nil, group: "individual", prize: "Giải Nhì", award: ["SK-0002"], reason: "x",
          by: organiser)
      })
    else {
      Issue.record("a second decision should be refused")
      return
    }
  }

  @Test(
    "only places pending because of the tie, only among the tied entries, as many as the places",
    arguments: [
      ("Giải Nhất", ["SK-0001"], "state"), ("Giải Nhì", ["SK-0001"], "award"),
      ("Giải Nhì", ["SK-0002", "SK-0003"], "award"), ("Giải Ba", ["SK-0002"], "state"),
    ])
  func refusals(prize: String, award: [String], kind: String) throws {
    let (contest, w) = try Self.tiedContest()
    let organiser = try w.person(named: "Phạm Tổ Chức")
    let error = refusal {
      try w.decidePrize(
        round: nil, group: "individual", prize: prize, award: award, reason: "x", by: organiser)
    }
    switch (kind, error) {
    case ("state", .wrongState?): break
    case ("award", .invalid?): #expect(fields(error).allSatisfy { $0 == "award" })
    default: Issue.record("\(prize) \(award): \(String(describing: error))")
    }
    _ = contest
    #expect(try w.prizes(round: nil, by: organiser).outcomes[0].pending.count == 1)
  }

  @Test("a decision edited in the database is caught by audit verify")
  func tamper() throws {
    let (contest, w) = try Self.tiedContest()
    let organiser = try w.person(named: "Phạm Tổ Chức")
    _ = try w.decidePrize(
      round: nil, group: "individual", prize: "Giải Nhì", award: ["SK-0003"], reason: "Họp",
      by: organiser)
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [
      contest.folder + "/tie.sqlite", "UPDATE prize_decision SET codes = '[\"SK-0002\"]'",
    ]
    try process.run()
    process.waitUntilExit()
    let result = try Language.$current.withValue(.en) { try w.verifyAudit(by: organiser) }
    #expect(
      result.dataProblems.contains { $0.contains("prize decision chung-khao individual Giải Nhì") })
  }
}
