import Foundation
import GRDB
import SangKienInterchange
import SangKienModel
import SangKienScoring
import Testing

@testable import SangKienWorkflow

@Suite("lock_submitted: a submitted sheet stays until the secretariat reopens it")
struct LockedSheetTests {
  /// The locked contest with gk01's first entry submitted by gk01; returns that entry.
  static func submitted(_ contest: ContestFixture) throws -> String {
    let code = try contest.firstCode()
    _ = try contest.workflow.enterSheet(
      round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "Tốt",
      by: try contest.judge("gk01"))
    return code
  }

  static var changed: [String: Decimal] {
    var points = ContestFixture.points
    points["novelty"] = 10
    return points
  }

  @Test("the contest file's key is read, checked, and stored without changing other rounds")
  func contestKey() throws {
    let contest = try ContestFixture(demo: false, lockFirstRound: true)
    let rounds = try contest.workflow.database.contest().rounds
    #expect(rounds.map(\.lockSubmitted) == [true, false])
    // A word other than true or false is refused with its line.
    let text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    )
    .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    .replacingOccurrences(
      of: "advance: {top: 20, min_score: 50}\n",
      with: "advance: {top: 20, min_score: 50}\n    lock_submitted: maybe\n")
    let file = try contest.write("bad.yaml", text)
    #expect(throws: (any Error).self) { try ContestFile.load(path: file) }
    do {
      _ = try Language.$current.withValue(.en) { try ContestFile.load(path: file) }
    } catch {
      #expect("\(error)".contains("bad.yaml:26"), "\(error)")
      #expect("\(error)".contains("'lock_submitted' must be true or false"), "\(error)")
    }
  }

  @Test("a submitted sheet is refused to its judge, to the secretariat and to an import")
  func refusedEverywhere() throws {
    let contest = try ContestFixture(lockFirstRound: true)
    let w = contest.workflow
    let judge = try contest.judge("gk01")
    let code = try Self.submitted(contest)
    let before = try contest.auditCount()
    for person in [judge, contest.secretariat] {
      let error = refusal {
        try w.enterSheet(
          round: nil, judge: "gk01", entry: code, points: Self.changed, comment: "",
          replace: true, by: person)
      }
      guard case .wrongState(let text)? = error else {
        Issue.record("not refused: \(String(describing: error))")
        continue
      }
      #expect(text.contains("score reopen --judge gk01 --entry \(code)"), "\(text)")
    }
    // From the judge's page: neither a draft nor a submission.
    let view = try w.sheetView(round: nil, judge: "gk01", entry: code, by: judge)
    #expect(view.state == .submitted && view.item.locked && !view.editable)
    for submit in [false, true] {
      let error = refusal {
        try w.saveSheet(
          round: nil, judge: "gk01", entry: code, points: Self.changed, comment: "",
          version: view.version, submit: submit, by: judge)
      }
      guard case .wrongState = error else {
        Issue.record("page save not refused: \(String(describing: error))")
        continue
      }
    }
    // A file: the row named, nothing written.
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let file = "round,judge,entry,\(leaves),comment\nso-khao,gk01,\(code),10,15,8,8,8,10,8,\n"
    do {
      _ = try Language.$current.withValue(.en) {
        try w.importSheets(
          .bytes(Array(file.utf8), name: "s.csv"), round: nil, replace: true,
          by: contest.secretariat)
      }
      Issue.record("the import was not refused")
    } catch {
      #expect("\(error)".contains("s.csv:2"), "\(error)")
      #expect("\(error)".contains("locks submitted sheets"), "\(error)")
    }
    // The same values again are no change, and not refused.
    _ = try w.enterSheet(
      round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "Tốt",
      replace: true, by: judge)
    #expect(try contest.auditCount() == before)
    let item = try w.worklist(round: nil, judge: "gk01", by: judge).items.first { $0.code == code }
    #expect(item?.locked == true)
  }

  @Test("reopened by the secretariat with a reason: changed once by the judge, then locked again")
  func reopenCycle() throws {
    let contest = try ContestFixture(lockFirstRound: true)
    let w = contest.workflow
    let judge = try contest.judge("gk01")
    let code = try Self.submitted(contest)
    // Not by the judge, not without a reason.
    guard
      case .notPermitted? = refusal({
        try w.reopenSheet(round: nil, judge: "gk01", entry: code, reason: "x", by: judge)
      })
    else {
      Issue.record("the judge reopened their own sheet")
      return
    }
    #expect(
      fields(
        refusal {
          try w.reopenSheet(
            round: nil, judge: "gk01", entry: code, reason: "  ", by: contest.secretariat)
        }) == ["reason"])
    let reopened = try w.reopenSheet(
      round: nil, judge: "gk01", entry: code, reason: "Giám khảo báo nhập nhầm điểm sáng tạo",
      by: contest.secretariat)
    #expect(reopened.reopened == "Giám khảo báo nhập nhầm điểm sáng tạo")
    let log = try w.auditLog(by: contest.secretariat)
    #expect(log.last?.action == "score.reopen")
    #expect(log.last?.note == "Giám khảo báo nhập nhầm điểm sáng tạo")
    // Twice is said.
    guard
      case .wrongState? = refusal({
        try w.reopenSheet(
          round: nil, judge: "gk01", entry: code, reason: "y", by: contest.secretariat)
      })
    else {
      Issue.record("reopened twice")
      return
    }
    // The judge's page is open again: a draft, then the submission.
    var view = try w.sheetView(round: nil, judge: "gk01", entry: code, by: judge)
    #expect(view.editable && !view.item.locked)
    view = try w.saveSheet(
      round: nil, judge: "gk01", entry: code, points: Self.changed, comment: "Tốt",
      version: view.version, submit: false, by: judge)
    #expect(view.state == .draft)
    view = try w.saveSheet(
      round: nil, judge: "gk01", entry: code, points: Self.changed, comment: "Tốt",
      version: view.version, submit: true, by: judge)
    #expect(view.state == .submitted && view.item.locked && !view.editable)
    let stored = try w.database.sheets(round: "so-khao", judge: "gk01", entry: code)
    #expect(stored.first?.points["novelty"] == Points(10))
    #expect(stored.first?.reopened == nil)
    #expect(try w.auditLog(by: contest.secretariat).last?.action == "score.replace")
    // Locked again.
    guard
      case .wrongState? = refusal({
        try w.enterSheet(
          round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
          replace: true, by: judge)
      })
    else {
      Issue.record("not locked again")
      return
    }
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("a round that does not lock has nothing to reopen, and a judge changes their own sheet")
  func unlockedRound() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try Self.submitted(contest)
    guard
      case .wrongState(let text)? = refusal({
        try Language.$current.withValue(.en) {
          try w.reopenSheet(
            round: nil, judge: "gk01", entry: code, reason: "x", by: contest.secretariat)
        }
      })
    else {
      Issue.record("reopened in a round that does not lock")
      return
    }
    #expect(text.contains("does not lock submitted sheets"))
    let saved = try w.enterSheet(
      round: nil, judge: "gk01", entry: code, points: Self.changed, comment: "", replace: true,
      by: try contest.judge("gk01"))
    #expect(saved.replaced)
  }

  @Test("audit verify replays a reopening and names a reopening written around the log")
  func verifyReplays() throws {
    let contest = try ContestFixture(lockFirstRound: true)
    let code = try Self.submitted(contest)
    _ = try contest.workflow.reopenSheet(
      round: nil, judge: "gk01", entry: code, reason: "Nhầm", by: contest.secretariat)
    #expect(try contest.workflow.verifyAudit(by: contest.secretariat).isIntact)
    let other = try contest.firstCode(judge: "gk02")
    _ = try contest.workflow.enterSheet(
      round: nil, judge: "gk02", entry: other, points: ContestFixture.points, comment: "",
      by: contest.secretariat)
    let queue = try DatabaseQueue(path: contest.path)
    try queue.write { db in
      try db.execute(sql: "UPDATE score_sheet SET reopened = 'lén mở' WHERE judge = 'gk02'")
    }
    try queue.close()
    let result = try Language.$current.withValue(.en) {
      try contest.otherDesk().verifyAudit(by: contest.secretariat)
    }
    #expect(!result.isIntact)
    let problems = result.dataProblems.joined(separator: "\n")
    #expect(problems.contains("\(other), judge gk02, round so-khao"), "\(problems)")
    #expect(problems.contains("reopened"), "\(problems)")
  }
}
