import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

@Suite("the jury and the assignment through the workflow")
struct JuryAndAssignmentTests {
  @Test(
    "a judge's bad fields are named",
    arguments: [
      (JudgeInput(id: "gk 10", name: "An"), ["id"]),
      (JudgeInput(id: "gk10", name: " "), ["name"]),
      (JudgeInput(id: "gk10", name: "An", role: "boss"), ["role"]),
      (JudgeInput(id: "", name: "", role: "x"), ["id", "name", "role"]),
    ])
  func badJudge(input: JudgeInput, expected: [String]) throws {
    let contest = try ContestFixture(demo: false)
    #expect(
      fields(refusal { try contest.workflow.addJudge(input, by: contest.secretariat) }) == expected)
    #expect(try contest.workflow.judges(by: contest.secretariat).isEmpty)
  }

  @Test("a judge is added cleaned; the same id twice is wrong state")
  func addJudge() throws {
    let contest = try ContestFixture(demo: false)
    let judge = try contest.workflow.addJudge(
      JudgeInput(id: "gk10", name: " Lê  Văn Tám ", fields: ["Hộ tịch", " "], role: "trưởng ban"),
      by: contest.secretariat)
    #expect(judge.name == "Lê Văn Tám" && judge.fields == ["Hộ tịch"] && judge.role == .chair)
    guard
      case .wrongState = refusal({
        try contest.workflow.addJudge(JudgeInput(id: "gk10", name: "Khác"), by: contest.secretariat)
      })
    else {
      Issue.record("a duplicate judge id should be refused")
      return
    }
  }

  @Test("conflicts: a reason is needed; only a detected conflict can be dismissed")
  func conflicts() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    #expect(
      fields(
        refusal {
          try w.declareConflict(
            judge: "gk01", entry: "SK-0001", reason: " ", by: contest.secretariat)
        })
        == ["reason"])
    guard
      case .wrongState = refusal({
        try w.dismissConflict(judge: "gk01", entry: "SK-0001", reason: "x", by: contest.secretariat)
      })
    else {
      Issue.record("nothing detected: dismissing should be wrong state")
      return
    }
    let detected = try w.conflicts(by: contest.secretariat).filter { $0.source != .declared }
    let first = try #require(detected.first)
    try w.dismissConflict(
      judge: first.judge, entry: first.entry, reason: "Phòng khác", by: contest.secretariat)
    #expect(try w.conflicts(by: contest.secretariat).contains(first) == false)
    #expect(
      try w.conflicts(includeDismissed: true, by: contest.secretariat).contains {
        $0.pair == first.pair && $0.dismissed == "Phòng khác"
      })
  }

  @Test("the assignment avoids conflicts and balances loads; repair fills what a removal left")
  func assignAndRepair() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let excluded = Set(try w.conflicts(by: contest.secretariat).map(\.pair))
    let pairs = try w.assignments(round: "so-khao", by: contest.secretariat)
    #expect(pairs.count == 120)
    #expect(pairs.allSatisfy { !excluded.contains($0.pair) })
    _ = try w.removeJudge(
      id: "gk09", dropScores: false, reason: "Đi công tác", by: contest.secretariat)
    #expect(try w.assignments(round: "so-khao", by: contest.secretariat).count < 120)
    let dry = try w.repairAssignments(
      round: "so-khao", options: AssignmentOptions(dryRun: true), by: contest.secretariat)
    #expect(!dry.added.isEmpty && dry.added.allSatisfy { $0.judge != "gk09" })
    #expect(try w.assignments(round: "so-khao", by: contest.secretariat).count < 120)
    let repaired = try w.repairAssignments(round: "so-khao", by: contest.secretariat)
    #expect(repaired.added == dry.added)
    #expect(try w.assignments(round: "so-khao", by: contest.secretariat).count == 120)
  }

  @Test("a move is checked when it is written: a judge removed from another desk cannot take it")
  func moveAfterRemoval() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let pairs = try w.assignments(round: "so-khao", by: contest.secretariat)
    let pair = try #require(pairs.first { $0.judge == "gk01" })
    let taken = Set(pairs.filter { $0.entry == pair.entry }.map(\.judge))
    let excluded = Set(try w.conflicts(by: contest.secretariat).map(\.pair))
    let free = try #require(
      (2...9).map { String(format: "gk%02d", $0) }.first {
        !taken.contains($0) && !excluded.contains(Pair(judge: $0, entry: pair.entry))
      })
    _ = try contest.otherDesk().removeJudge(
      id: free, dropScores: false, reason: "Đi công tác", by: contest.secretariat)
    let error = refusal {
      try w.moveAssignment(
        round: nil, entry: pair.entry, from: "gk01", to: free, by: contest.secretariat)
    }
    // A judge removed before scoring anything is gone from the jury altogether.
    guard case .notFound = error else {
      Issue.record("moving to a removed judge: \(String(describing: error))")
      return
    }
    #expect(try w.assignments(round: "so-khao", by: contest.secretariat).contains(pair))
  }

  @Test("an assignment import refuses a conflicting row with its line, and writes nothing")
  func importAssignments() throws {
    let contest = try ContestFixture(demo: true)
    let w = contest.workflow
    let conflict = try #require(try w.conflicts(by: contest.secretariat).first)
    let file = try contest.write(
      "a.csv",
      "round,judge,entry\nso-khao,\(conflict.judge),\(conflict.entry)\nso-khao,gk99,SK-0001\n")
    let before = try contest.auditCount()
    let error = refusal {
      try w.importAssignments(.path(file), round: nil, by: contest.secretariat)
    }
    #expect(error?.problems.map(\.line) == [2, 3])
    #expect(error?.problems.map(\.field) == [nil, "judge"])
    #expect(try contest.auditCount() == before)
  }
}

@Suite("judges' files as offices write them, and judge update")
struct JudgeFileTests {
  @Test("Vietnamese headers, a post that is not the jury role, unknown columns warned")
  func headers() throws {
    let contest = try ContestFixture(demo: false)
    let file = try contest.write(
      "j.csv",
      "STT,Mã giám khảo,Họ và tên,Chức vụ,Đơn vị công tác,Lĩnh vực chuyên môn,Vai trò trong Ban giám khảo\n"
        + "1,gk01,Nguyễn Văn A,Phó Giám đốc Sở,Sở Tư pháp,Hộ tịch;Chứng thực,Trưởng ban\n"
        + "2,gk02,Trần Thị B,Chuyên viên,Sở Nội vụ,,thành viên\n")
    let result = try contest.workflow.importJudges(.path(file), by: contest.secretariat)
    #expect(result.judges.map(\.title) == ["Phó Giám đốc Sở", "Chuyên viên"])
    #expect(result.judges.map(\.role) == [.chair, .member])
    #expect(
      result.judges[0].unit == "Sở Tư pháp" && result.judges[0].fields == ["Hộ tịch", "Chứng thực"])
    #expect(result.warnings.map(\.field) == ["STT"])
  }

  @Test("a column given twice is refused naming both; an id already on the jury names its line")
  func refusals() throws {
    let contest = try ContestFixture(demo: false)
    let twice = try contest.write("t.csv", "id,name,đơn vị,cơ quan\ngk01,A,U1,U2\n")
    let error = Language.$current.withValue(.en) {
      refusal { try contest.workflow.importJudges(.path(twice), by: contest.secretariat) }
    }
    #expect(
      error?.problems.first?.message == "column 'cơ quan' repeats column 'đơn vị' (both are unit)")
    let one = try contest.write("o.csv", "id,name\ngk01,A\n")
    _ = try contest.workflow.importJudges(.path(one), by: contest.secretariat)
    let again = try contest.write("a.csv", "id,name\ngk02,B\ngk01,A\n")
    let taken = refusal { try contest.workflow.importJudges(.path(again), by: contest.secretariat) }
    #expect(taken?.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["3:id"])
    #expect(try contest.workflow.judges(by: contest.secretariat).map(\.id) == ["gk01"])
  }

  @Test("judge update is audited and lists the conflicts it makes and ends")
  func update() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    // gk03 (Sở Tư pháp) moves to the unit of one of the demo entries.
    let target = try #require(
      try w.entries(by: contest.secretariat).first { $0.draft.unit.contains("Cầu Giấy") })
    let update = try w.updateJudge(
      id: "gk03", changes: JudgeChanges(unit: target.draft.unit, title: "Chánh Văn phòng"),
      by: contest.secretariat)
    #expect(update.changed && update.judge.title == "Chánh Văn phòng")
    #expect(update.newConflicts.contains { $0.entry == target.code })
    #expect(update.goneConflicts.allSatisfy { $0.judge == "gk03" })
    #expect(try w.auditLog(by: contest.secretariat).last?.action == "judge.update")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    #expect(
      fields(
        refusal {
          try w.updateJudge(
            id: "gk03", changes: JudgeChanges(role: "boss"), by: contest.secretariat)
        }) == ["role"])
    guard
      case .notFound = refusal({
        try w.updateJudge(id: "gk99", changes: JudgeChanges(), by: contest.secretariat)
      })
    else {
      Issue.record("an unknown judge should be not found")
      return
    }
    #expect(
      try w.updateJudge(id: "gk03", changes: JudgeChanges(), by: contest.secretariat).changed
        == false)
  }
}
