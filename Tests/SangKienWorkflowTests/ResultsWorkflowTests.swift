import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage
import Testing

@testable import SangKienWorkflow

@Suite("rounds, rankings, prizes and publishing through the workflow")
struct ResultsWorkflowTests {
  /// The demo contest with the preliminary round's sheets in.
  static func scored() throws -> ContestFixture {
    let contest = try ContestFixture()
    _ = try contest.workflow.importSheets(
      .path(packageRoot + "/Seeds/demo/scores.csv"), round: "so-khao", skipUnassigned: true,
      by: contest.secretariat)
    return contest
  }

  /// The demo contest advanced to its final round, the preliminary closed, the final's
  /// sheets in.
  static func finalScored() throws -> ContestFixture {
    let contest = try scored()
    let w = contest.workflow
    _ = try w.advance(AdvanceInput(from: "so-khao", to: "chung-khao"), by: contest.organiser)
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    _ = try w.importSheets(
      .path(packageRoot + "/Seeds/demo/scores.csv"), round: "chung-khao", skipUnassigned: true,
      by: contest.secretariat)
    return contest
  }

  @Test("advance: a preview writes nothing; the cut is written once; bad input is named")
  func advance() throws {
    let contest = try Self.scored()
    let w = contest.workflow
    let preview = try w.advance(
      AdvanceInput(from: "so-khao", to: "chung-khao", dryRun: true), by: contest.organiser)
    #expect(preview.advancing.count >= 20)
    #expect(
      try w.worklist(round: "chung-khao", judge: "gk01", by: contest.secretariat).items.isEmpty)
    let result = try w.advance(
      AdvanceInput(from: "so-khao", to: "chung-khao"), by: contest.organiser)
    #expect(result.advancing == preview.advancing)
    #expect(
      try w.progress(round: "chung-khao", by: contest.secretariat).entries.count
        == result.advancing.count)
    guard
      case .wrongState = refusal({
        try w.advance(AdvanceInput(from: "so-khao", to: "chung-khao"), by: contest.organiser)
      })
    else {
      Issue.record("a second shortlist should be refused")
      return
    }
    #expect(
      fields(
        refusal { try w.advance(AdvanceInput(from: "so-khao", to: "nope"), by: contest.organiser) })
        == ["to"])
    #expect(
      fields(
        refusal {
          try w.advance(
            AdvanceInput(from: "so-khao", to: "chung-khao", minScore: "abc"), by: contest.organiser)
        })
        == ["min_score"])
  }

  @Test("rank: an unknown group is named; prizes appear only in the prize round")
  func rank() throws {
    let contest = try Self.scored()
    let w = contest.workflow
    let ranking = try w.rank(round: "so-khao", by: contest.secretariat)
    #expect(ranking.ranking.entries.count == ranking.context.roster.entries.count)
    #expect(ranking.ranking.entries.allSatisfy { $0.prize == nil })
    #expect(ranking.document.auditHead.count == 64)
    #expect(
      fields(
        refusal {
          try w.rank(round: nil, filter: RankingFilter(group: "x"), by: contest.secretariat)
        }) == ["group"])
    let individuals = try w.rank(
      round: "so-khao", filter: RankingFilter(group: "individual"), by: contest.secretariat)
    #expect(individuals.ranking.entries.allSatisfy { $0.entry.entrantKind == .individual })
  }

  @Test("the demo's final: prizes, statistics and the published files agree")
  func finalRound() throws {
    let contest = try Self.finalScored()
    let w = contest.workflow
    let ranked = try w.rank(round: "chung-khao", by: contest.organiser).ranking
    let prizes = try w.prizes(round: nil, by: contest.organiser)
    let awarded = Dictionary(prizes.outcomes.flatMap(\.awards).map { ($0.code, $0.prize) }) {
      a, _ in a
    }
    #expect(!awarded.isEmpty)
    for entry in ranked.entries where awarded[entry.entry.code] != nil {
      #expect(entry.prize == awarded[entry.entry.code])
    }
    let stats = try w.statistics(
      round: "chung-khao", replicates: 50, seed: 7, by: contest.organiser)
    #expect(stats.reliability.name == "ICC(2,k)" || stats.reliability.name == "Krippendorff α")
    #expect(Set(stats.stability.map(\.code)) == Set(awarded.keys))
    let again = try w.statistics(
      round: "chung-khao", replicates: 50, seed: 7, by: contest.organiser)
    #expect(again.stability == stats.stability)
    // SK-0005 takes a prize on totals far apart: not without the jury's word.
    guard
      case .wrongState(let why) = refusal({
        try w.publish(round: "chung-khao", by: contest.organiser)
      })
    else {
      Issue.record("a prize on an unsettled disagreement was published")
      return
    }
    #expect(why.contains("SK-0005 (Giải Nhì)"))
    let files = try w.publish(
      round: "chung-khao", acceptingDisagreements: "Thống nhất tại cuộc họp ngày 20/01/2020",
      by: contest.organiser
    ).files
    #expect(
      files.map(\.name) == [
        "ranking.html", "ranking.csv", "ranking.json", "prizes.csv", "ranking.xlsx",
        "bang-tong-hop.xlsx", "bien-ban.docx", "quyet-dinh.docx",
      ])
    #expect(
      files[3].bytes == CSVDocument.bytes(header: prizes.tableHeaders, rows: prizes.tableRows))
    guard case .notPermitted = refusal({ try w.publish(round: nil, by: contest.secretariat) })
    else {
      Issue.record("the secretariat published")
      return
    }
  }

  @Test("every change made through the workflow is in a verifiable log")
  func verify() throws {
    let contest = try Self.scored()
    let verification = try contest.workflow.verifyAudit(by: contest.secretariat)
    #expect(verification.isIntact, "\(verification.chainProblems + verification.dataProblems)")
    let copy = contest.folder + "/copy.sqlite"
    let backup = try contest.workflow.backup(to: copy, replace: false, by: contest.secretariat)
    // The copy holds the log up to and with the backup's own record.
    #expect(backup.head == (try contest.workflow.verifyAudit(by: contest.secretariat).head))
    #expect(backup.head != verification.head)
  }
}
