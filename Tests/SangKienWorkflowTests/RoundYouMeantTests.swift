import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("the round you meant")
struct RoundYouMeantTests {
  @Test("once two rounds are in use, a change of sheets must name its round")
  func nameTheRound() throws {
    let contest = try ResultsWorkflowTests.scored()
    let w = contest.workflow
    let code = try contest.firstCode()
    // One round in use: the default round is fine.
    _ = try w.advance(AdvanceInput(from: "so-khao", to: "chung-khao"), by: contest.organiser)
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    // Round 1 closed, round 2 has its shortlist: a replacement meant for round 1 would have
    // landed in round 2.
    let error = refusal {
      try w.enterSheet(
        round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
        replace: true, by: contest.secretariat)
    }
    #expect(fields(error) == ["round"], "\(String(describing: error))")
    guard
      case .wrongState = refusal({
        try w.enterSheet(
          round: "so-khao", judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
          replace: true, by: contest.secretariat)
      })
    else {
      Issue.record("the closed round should refuse")
      return
    }
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let unnamed = try contest.write(
      "u.csv", "judge,entry,\(leaves),comment\ngk01,\(code),20,15,8,8,8,10,8,\n")
    #expect(
      fields(refusal { try w.importSheets(.path(unnamed), round: nil, by: contest.secretariat) })
        == ["round"])
    // A file that names its round on every row says which round it is for.
    let named = try contest.write(
      "n.csv", "round,judge,entry,\(leaves),comment\nchung-khao,gk01,\(code),20,15,8,8,8,10,8,\n")
    let imported = try w.importSheets(
      .path(named), round: nil, dryRun: true, by: contest.secretariat)
    #expect(imported.added == 1)
  }

  @Test("--replace with nothing to replace is refused")
  func nothingToReplace() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    guard
      case .wrongState = refusal({
        try contest.workflow.enterSheet(
          round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
          replace: true, by: contest.secretariat)
      })
    else {
      Issue.record("replacing nothing should be refused")
      return
    }
  }

  @Test("contest show says which round is open")
  func states() throws {
    let contest = try ContestFixture()
    try contest.workflow.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let summary = try contest.workflow.contestSummary(by: contest.secretariat)
    #expect(summary.states == ["so-khao": .closed, "chung-khao": .open])
  }
}
