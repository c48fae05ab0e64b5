import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("progress that tells the truth, and round status")
struct ProgressTruthTests {
  @Test("an entry registered after the assignment is missing its judges until repaired")
  func lateEntry() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let late = try w.addEntry(
      [
        .title: "Đến sau", .category: "idea", .entrantKind: "individual", .authors: "An",
        .unit: "UBND phường Láng Hạ", .receivedOn: "2019-11-10",
      ], by: contest.secretariat
    ).entry.code
    let progress = try w.progress(round: nil, by: contest.secretariat)
    let line = try #require(progress.entries.first { $0.entry == late })
    #expect(line.assigned == 0 && line.unassigned == 3 && !line.isComplete)
    #expect(progress.unassignedPlaces == 3)
    let status = try w.roundStatus(round: nil, by: contest.secretariat)
    #expect(status.round.id == "so-khao")
    #expect(status.rounds.first { $0.round.id == "so-khao" }?.missing == 123)
    #expect(status.progress.entries.first { $0.entry == late }?.unassigned == 3)
    // The ranking agrees: the late entry is incomplete.
    let ranked = try w.rank(round: nil, by: contest.secretariat).ranking.entries
    #expect(ranked.first { $0.entry.code == late }?.flags.contains(.incomplete) == true)
    _ = try w.repairAssignments(round: nil, by: contest.secretariat)
    let after = try w.progress(round: nil, by: contest.secretariat)
    #expect(after.unassignedPlaces == 0)
    #expect(after.entries.first { $0.entry == late }?.assigned == 3)
  }

  @Test("round status lists sheets set aside and prize places waiting for the jury")
  func status() throws {
    let (_, w) = try PrizeDecisionTests.tiedContest()
    let organiser = try w.person(named: "Phạm Tổ Chức")
    _ = try w.voidSheet(
      round: nil, judge: "gk01", entry: "SK-0001", reason: "Chấm lại",
      by: try w.person(named: "Thư ký Test"))
    let status = try w.roundStatus(round: nil, by: organiser)
    #expect(status.setAside.map(\.key.entry) == ["SK-0001"] && status.setAside[0].voided)
    // A round every judge scores has no place to fill: the voided judge just no longer counts.
    #expect(status.rounds[0].setAside == 1 && status.rounds[0].missing == 0)
    // With SK-0001 out, SK-0002 and SK-0003 tie for Giải Nhất.
    #expect(status.pending.map(\.pending.prize) == ["Giải Nhất", "Giải Nhì"])
  }
}
