import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import Testing

@testable import SangKienWorkflow

/// `assign extra` on the demo contest whose preliminary round (3 judges per entry,
/// disagreement at 20 points) has a further marking of one judge.
@Suite("assign extra: a further judge for the entries the judges disagree on")
struct ThirdMarkingTests {
  static let low: [String: Decimal] = [
    "novelty": 5, "feasibility": 5, "time": 2, "cost": 2, "steps": 2, "replicability": 3,
    "presentation": 2,
  ]

  /// Every assigned sheet of the preliminary round entered with the fixture's points (a
  /// total of 77), except `lowOn`'s first judge, who gives it 21: 56 points apart.
  static func scored(_ contest: ContestFixture, lowOn: String? = nil) throws -> [String: [String]] {
    let w = contest.workflow
    var judgesOf: [String: [String]] = [:]
    for pair in try w.assignments(round: "so-khao", by: contest.secretariat) {
      judgesOf[pair.entry, default: []].append(pair.judge)
    }
    for (entry, judges) in judgesOf {
      for judge in judges.sorted() {
        let points = entry == lowOn && judge == judges.sorted()[0] ? low : ContestFixture.points
        _ = try w.enterSheet(
          round: "so-khao", judge: judge, entry: entry, points: points, comment: "",
          by: contest.secretariat)
      }
    }
    return judgesOf
  }

  @Test("the contest key is read and checked; a round every judge scores may not have it")
  func contestKey() throws {
    let contest = try ContestFixture(
      demo: false, resolution: "{extra_judges: 1, method: mean-closest-two}")
    let rounds = try contest.workflow.database.contest().rounds
    #expect(rounds.map(\.resolution) == [Resolution(extraJudges: 1, method: .meanClosestTwo), nil])
    let text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    ).replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    for (bad, says) in [
      ("{extra_judges: 1, method: average}", "unknown method 'average'"),
      ("{extra_judges: 0, method: mean-all}", "extra_judges"),
      ("{method: mean-all, judges: 2}", "judges"),
    ] {
      let file = try contest.write(
        "bad.yaml",
        text.replacingOccurrences(
          of: "advance: {top: 20, min_score: 50}\n",
          with: "advance: {top: 20, min_score: 50}\n    resolution: \(bad)\n"))
      do {
        _ = try Language.$current.withValue(.en) { try ContestFile.load(path: file) }
        Issue.record("\(bad) was accepted")
      } catch {
        #expect("\(error)".contains("bad.yaml:26") && "\(error)".contains(says), "\(error)")
      }
    }
    // The final round has every judge: no one is left to add.
    let all = text.replacingOccurrences(
      of: "    tie_break: [effectiveness, novelty]\nprizes:",
      with: "    tie_break: [effectiveness, novelty]\n    resolution: {method: mean-all}\nprizes:")
    #expect(all != text)
    let file = try contest.write("all.yaml", all)
    do {
      _ = try Language.$current.withValue(.en) { try ContestFile.load(path: file) }
      Issue.record("a round of every judge took a resolution")
    } catch {
      #expect("\(error)".contains("resolution needs judges_per_entry as a number"), "\(error)")
    }
  }

  @Test("nothing disagrees: no further judge, nothing written, the ranking unchanged")
  func nothingDisagrees() throws {
    let contest = try ContestFixture(resolution: "{extra_judges: 1, method: mean-all}")
    _ = try Self.scored(contest)
    let w = contest.workflow
    let before = try w.rank(round: "so-khao", by: contest.organiser).ranking
    let records = try contest.auditCount()
    let result = try w.assignExtra(round: "so-khao", by: contest.secretariat)
    #expect(result.flagged.isEmpty && result.added.isEmpty && result.unplaced.isEmpty)
    #expect(try contest.auditCount() == records)
    #expect(try w.rank(round: "so-khao", by: contest.organiser).ranking == before)
  }

  @Test("a disagreement gets one more judge; incomplete until their sheet, then settled")
  func settled() throws {
    let contest = try ContestFixture(resolution: "{extra_judges: 1, method: mean-all}")
    let w = contest.workflow
    let entry = try contest.firstCode()
    let judgesOf = try Self.scored(contest, lowOn: entry)
    let line = { () throws -> RankedEntry in
      try #require(
        try w.rank(round: "so-khao", by: contest.organiser).ranking.entries.first {
          $0.entry.code == entry
        })
    }
    #expect(try line().flags == [.disagreement])
    // The dry run names the entry and its judge, and writes nothing.
    let records = try contest.auditCount()
    let preview = try w.assignExtra(round: "so-khao", dryRun: true, by: contest.secretariat)
    #expect(preview.flagged == [entry] && preview.added.count == 1 && preview.unplaced.isEmpty)
    #expect(try contest.auditCount() == records)
    let extra = try #require(preview.added.first).judge
    #expect(!(judgesOf[entry] ?? []).contains(extra))
    let written = try w.assignExtra(round: "so-khao", by: contest.secretariat)
    #expect(written.added == preview.added, "the same solver, the same answer")
    let log = try w.auditLog(by: contest.secretariat)
    #expect(log.count == records + 1 && log.last?.action == "assign.add")
    #expect(log.last?.note?.contains("third marking (mean-all)") == true, "\(log.last?.note ?? "")")
    // The judge sees it; until their sheet is in the entry is incomplete and cannot advance.
    let worklist = try w.worklist(round: "so-khao", judge: extra, by: try contest.judge(extra))
    #expect(worklist.items.contains { $0.code == entry })
    #expect(try line().flags == [.disagreement, .incomplete])
    #expect(try line().settlement == .awaiting(missing: 1))
    let cut = try w.advance(
      AdvanceInput(from: "so-khao", to: "chung-khao", top: 40, minScore: "0", dryRun: true),
      by: contest.organiser)
    #expect(cut.incomplete.contains(entry) && !cut.advancing.contains(entry))
    // A repair afterwards keeps the further judge (the entry has more than the round's 3).
    _ = try w.repairAssignments(round: "so-khao", by: contest.secretariat)
    #expect(
      try w.assignments(round: "so-khao", by: contest.secretariat).contains {
        $0.entry == entry && $0.judge == extra
      })
    // Nor does a new assignment run undo it.
    _ = try w.assign(round: "so-khao", by: contest.secretariat)
    #expect(
      try w.assignments(round: "so-khao", by: contest.secretariat).contains {
        $0.entry == entry && $0.judge == extra
      })
    // Asked again: nobody more (the entry has its further judge).
    #expect(
      try w.assignExtra(round: "so-khao", dryRun: true, by: contest.secretariat).flagged.isEmpty)
    _ = try w.enterSheet(
      round: "so-khao", judge: extra, entry: entry, points: ContestFixture.points, comment: "",
      by: try contest.judge(extra))
    let settled = try line()
    // (21 + 77 + 77 + 77) / 4 = 63.
    #expect(settled.flags == [.disagreementResolved] && settled.score == 63)
    #expect(settled.settlement == .meanAll(sheets: 4))
    // The minutes and the summary say how it was settled.
    let context = try RoundContext.load(w.database, round: "so-khao")
    let facts = Workflow.paperFacts(
      context, ranking: context.ranking(), outcomes: [], head: "", publication: nil,
      day: Day(parsing: "2026-12-01")!)
    let minutes = JuryPapers.minutes(facts).text
    #expect(minutes.contains("\(entry): ") && minutes.contains("trung bình của cả 4 phiếu"))
    #expect(minutes.contains("thêm 1 giám khảo chấm độc lập"), "the rule is in the minutes")
    let summary = JuryPapers.summaryTable(facts)
    let row = try #require(summary.rows.first { $0[1] == .text(entry) })
    #expect(row.contains(.text(Settlement.meanAll(sheets: 4).text)))
    // A round of 3 judges per entry: each entry's judges side by side, not one column each.
    #expect(summary.header.contains("Giám khảo 4") && summary.header.contains("Điểm 4"))
    #expect(!summary.header.contains("gk01"))
    // Judges by name on paper.
    let extraName = try #require(facts.members.first { $0.id == extra }).name
    #expect(row.contains(.text(extraName)) && row.contains(.number("21")))
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("the further judge is never one in conflict with the entry")
  func conflicts() throws {
    let contest = try ContestFixture(resolution: "{extra_judges: 1, method: mean-closest-two}")
    let w = contest.workflow
    let entry = try contest.firstCode()
    let judgesOf = try Self.scored(contest, lowOn: entry)
    let conflicted = Set(
      try w.conflicts(by: contest.secretariat).filter { $0.entry == entry }.map(\.judge))
    let free = try w.judges(by: contest.secretariat).filter(\.active).map(\.id)
      .filter { !(judgesOf[entry] ?? []).contains($0) && !conflicted.contains($0) }.sorted()
    #expect(free.count >= 2)
    // Every free judge but the last declares a conflict with the entry.
    for judge in free.dropLast() {
      _ = try w.declareConflict(
        judge: judge, entry: entry, reason: "Cùng đơn vị", by: contest.secretariat)
    }
    let result = try w.assignExtra(round: "so-khao", by: contest.secretariat)
    #expect(result.added.map(\.judge) == [free.last!], "\(result.added)")
  }

  @Test("no judge free: the entry is named with the reason, nothing written")
  func noFreeJudge() throws {
    let contest = try ContestFixture(resolution: "{extra_judges: 1, method: mean-all}")
    let w = contest.workflow
    let entry = try contest.firstCode()
    let judgesOf = try Self.scored(contest, lowOn: entry)
    for judge in try w.judges(by: contest.secretariat).filter(\.active).map(\.id)
    where !(judgesOf[entry] ?? []).contains(judge) {
      // A conflict the rules already detect need not be declared again.
      _ = try? w.declareConflict(
        judge: judge, entry: entry, reason: "Người nhà", by: contest.secretariat)
    }
    let records = try contest.auditCount()
    let result = try Language.$current.withValue(.en) {
      try w.assignExtra(round: "so-khao", by: contest.secretariat)
    }
    #expect(result.flagged == [entry] && result.added.isEmpty)
    #expect(result.unplaced.map(\.entry) == [entry])
    #expect(
      result.unplaced.first?.reason.contains("6 have a conflict of interest") == true,
      "\(result.unplaced)")
    #expect(try contest.auditCount() == records)
  }

  @Test("a round without the rule refuses, naming the key; a judge may not run it")
  func refusals() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let error = refusal { try w.assignExtra(round: "so-khao", by: contest.secretariat) }
    guard case .wrongState(let text)? = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(text.contains("resolution"))
    guard
      case .notPermitted? = refusal({
        try w.assignExtra(round: "so-khao", by: try contest.judge("gk01"))
      })
    else {
      Issue.record("a judge ran assign extra")
      return
    }
  }
}
