import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import Testing

@testable import SangKienWorkflow

@Suite("sheets set aside: a conflict found after scoring, a sheet voided by the jury")
struct SetAsideTests {
  /// The demo contest with gk01's first entry scored by gk01; returns that entry.
  static func scored(_ contest: ContestFixture) throws -> String {
    let code = try contest.firstCode()
    _ = try contest.workflow.enterSheet(
      round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
      by: contest.secretariat)
    return code
  }

  static func judges(of code: String, _ contest: ContestFixture) throws -> [String: Points] {
    try contest.workflow.rank(round: "so-khao", by: contest.secretariat).ranking.entries
      .first { $0.entry.code == code }?.judgeTotals ?? [:]
  }

  @Test(
    "a conflict declared after scoring takes the sheet out of the ranking, and repair fills the place"
  )
  func lateConflict() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try Self.scored(contest)
    #expect(try Self.judges(of: code, contest).keys.contains("gk01"))
    let declared = try w.declareConflict(
      judge: "gk01", entry: code, reason: "Là người hướng dẫn tác giả", by: contest.secretariat)
    #expect(declared.setAside == [RoundPair(round: "so-khao", judge: "gk01", entry: code)])
    // Not counted, the entry short of a judge, the sheet still on record.
    #expect(try Self.judges(of: code, contest).keys.contains("gk01") == false)
    let listed = try w.sheets(round: nil, judge: "gk01", entry: code, by: contest.secretariat)
    #expect(listed.lines.isEmpty)
    let all = try w.sheets(
      round: nil, judge: "gk01", entry: code, includeSetAside: true, by: contest.secretariat)
    #expect(all.lines.count == 1 && all.lines[0].setAside?.contains("Là người hướng dẫn") == true)
    let before = try w.progress(round: nil, by: contest.secretariat)
    #expect(before.entries.first { $0.entry == code }?.assigned == 2)
    // The place is free: repair gives the entry a third judge, never gk01.
    let repair = try w.repairAssignments(round: nil, by: contest.secretariat)
    #expect(
      repair.added.count == 1 && repair.added[0].entry == code && repair.added[0].judge != "gk01")
    #expect(
      try w.progress(round: nil, by: contest.secretariat).entries.first { $0.entry == code }?
        .assigned == 3)
    // A re-run of the whole assignment does not keep the set-aside pair either.
    let rerun = try w.assign(round: nil, by: contest.secretariat)
    #expect(rerun.added.contains(Pair(judge: "gk01", entry: code)) == false)
    // And the log still verifies; the published page says which sheet does not count.
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    let html = String(
      decoding: try w.publish(round: "so-khao", by: contest.organiser).files[0].bytes, as: UTF8.self
    )
    #expect(html.contains(code) && html.contains("gk01"))
    #expect(html.contains("Ghi chú") || html.contains("Notes"))
  }

  @Test("a voided sheet never counts, frees its place, and comes back when restored")
  func voidAndRestore() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try Self.scored(contest)
    #expect(
      fields(
        refusal {
          try w.voidSheet(
            round: nil, judge: "gk01", entry: code, reason: " ", by: contest.secretariat)
        })
        == ["reason"])
    let voided = try w.voidSheet(
      round: nil, judge: "gk01", entry: code, reason: "Chấm nhầm hồ sơ", by: contest.secretariat)
    #expect(voided.voided == "Chấm nhầm hồ sơ")
    #expect(try Self.judges(of: code, contest).keys.contains("gk01") == false)
    #expect(
      try w.worklist(round: nil, judge: "gk01", by: contest.secretariat).items.contains {
        $0.code == code
      } == false)
    guard
      case .wrongState = refusal({
        try w.voidSheet(
          round: nil, judge: "gk01", entry: code, reason: "again", by: contest.secretariat)
      })
    else {
      Issue.record("voiding twice should be wrong state")
      return
    }
    // The judge cannot overwrite it meanwhile.
    guard
      case .wrongState = refusal({
        try w.enterSheet(
          round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
          replace: true, by: contest.secretariat)
      })
    else {
      Issue.record("a voided sheet was replaced")
      return
    }
    let log = try w.auditLog(subject: code, by: contest.secretariat).map(\.action)
    #expect(log.suffix(1) == ["score.void"])
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    _ = try w.restoreSheet(round: nil, judge: "gk01", entry: code, by: contest.secretariat)
    #expect(try Self.judges(of: code, contest).keys.contains("gk01"))
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    guard
      case .wrongState = refusal({
        try w.restoreSheet(round: nil, judge: "gk01", entry: code, by: contest.secretariat)
      })
    else {
      Issue.record("restoring a counted sheet should be wrong state")
      return
    }
  }

  @Test("a sheet set aside by a conflict cannot be restored; an absent sheet is not found")
  func restoreRefusals() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try Self.scored(contest)
    _ = try w.declareConflict(
      judge: "gk01", entry: code, reason: "Người nhà", by: contest.secretariat)
    guard
      case .wrongState = refusal({
        try w.restoreSheet(round: nil, judge: "gk01", entry: code, by: contest.secretariat)
      })
    else {
      Issue.record("a conflict's sheet was restored")
      return
    }
    guard
      case .notFound = refusal({
        try w.voidSheet(
          round: nil, judge: "gk02", entry: "SK-0404", reason: "x", by: contest.secretariat)
      })
    else {
      Issue.record("voiding no sheet should be not found")
      return
    }
  }

  @Test("a direct edit of a sheet's voided mark is caught by audit verify")
  func tamperVoid() throws {
    let contest = try ContestFixture()
    let code = try Self.scored(contest)
    _ = try contest.workflow.voidSheet(
      round: nil, judge: "gk01", entry: code, reason: "Sai", by: contest.secretariat)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [contest.path, "UPDATE score_sheet SET voided = NULL"]
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    try process.run()
    process.waitUntilExit()
    let result = try Language.$current.withValue(.en) {
      try contest.workflow.verifyAudit(by: contest.secretariat)
    }
    #expect(result.dataProblems.contains { $0.contains("'voided'") }, "\(result.dataProblems)")
  }
}
