import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

@Suite("score sheets through the workflow")
struct ScoringWorkflowTests {
  /// The first entry assigned to `judge`, and one not assigned to them.
  static func entries(of judge: String, in contest: ContestFixture) throws -> (
    mine: String, other: String
  ) {
    let lists = try contest.workflow.worklists(
      round: "so-khao", judge: nil, by: contest.secretariat)
    let mine = Set(lists.lines.filter { $0.pair.judge == judge }.map(\.pair.entry))
    let all = Set(lists.lines.map(\.pair.entry))
    return (mine.sorted()[0], all.subtracting(mine).sorted()[0])
  }

  @Test("a judge enters their own sheet; parents and the total are worked out")
  func enter() throws {
    let contest = try ContestFixture()
    let gk01 = try contest.judge("gk01")
    let (mine, _) = try Self.entries(of: "gk01", in: contest)
    let saved = try contest.workflow.enterSheet(
      round: nil, judge: "gk01", entry: mine, points: ContestFixture.points, comment: "  tốt ",
      by: gk01)
    #expect(saved.round.id == "so-khao")
    #expect(saved.sheet.total.description == "77")
    #expect(saved.sheet.points["effectiveness"]?.description == "24")
    #expect(!saved.replaced)
    let item = try contest.workflow.sheet(round: nil, judge: "gk01", entry: mine, by: gk01).item
    #expect(item.state == .submitted && item.comment == "tốt" && item.total?.description == "77")
  }

  @Test(
    "each bad point is a problem named points.CRITERION",
    arguments: [
      ("novelty", Decimal(-1)), ("novelty", Decimal(26)), ("novelty", Decimal(string: "20.3")!),
      ("speed", Decimal(3)),
    ])
  func badPoints(criterion: String, value: Decimal) throws {
    let contest = try ContestFixture()
    let (mine, _) = try Self.entries(of: "gk01", in: contest)
    var points = ContestFixture.points
    points[criterion] = value
    let error = refusal {
      try contest.workflow.enterSheet(
        round: nil, judge: "gk01", entry: mine, points: points, comment: "",
        by: contest.secretariat)
    }
    #expect(fields(error) == ["points." + criterion], "\(String(describing: error))")
    #expect(
      try contest.workflow.sheets(round: nil, judge: nil, entry: nil, by: contest.secretariat).lines
        .isEmpty)
  }

  @Test("a missing criterion is named too")
  func missingPoint() throws {
    let contest = try ContestFixture()
    let (mine, _) = try Self.entries(of: "gk01", in: contest)
    var points = ContestFixture.points
    points["time"] = nil
    let error = refusal {
      try contest.workflow.enterSheet(
        round: nil, judge: "gk01", entry: mine, points: points, comment: "", by: contest.secretariat
      )
    }
    #expect(fields(error) == ["points.time"])
  }

  @Test("refusals are typed: not permitted, not found, wrong state")
  func refusals() throws {
    let contest = try ContestFixture()
    let (mine, other) = try Self.entries(of: "gk01", in: contest)
    let w = contest.workflow
    func enter(_ judge: String, _ entry: String) -> WorkflowError? {
      refusal {
        try w.enterSheet(
          round: nil, judge: judge, entry: entry, points: ContestFixture.points, comment: "",
          by: contest.secretariat)
      }
    }
    guard case .notPermitted = enter("gk01", other) else {
      Issue.record("an unassigned pair should be not permitted")
      return
    }
    guard case .notFound = enter("gk99", mine), case .notFound = enter("gk01", "SK-0404") else {
      Issue.record("unknown judge and entry should be not found")
      return
    }
    _ = try w.enterSheet(
      round: nil, judge: "gk01", entry: mine, points: ContestFixture.points, comment: "",
      by: contest.secretariat)
    var changed = ContestFixture.points
    changed["novelty"] = 21
    guard
      case .wrongState = refusal({
        try w.enterSheet(
          round: nil, judge: "gk01", entry: mine, points: changed, comment: "",
          by: contest.secretariat)
      })
    else {
      Issue.record("a second, different sheet without replace should be wrong state")
      return
    }
    _ = try w.setStatus(code: mine, to: .rejected, reason: "Ngoài phạm vi", by: contest.secretariat)
    guard
      case .wrongState = refusal({
        try w.enterSheet(
          round: nil, judge: "gk01", entry: mine, points: ContestFixture.points, comment: "",
          replace: true, by: contest.secretariat)
      })
    else {
      Issue.record("a rejected entry should be wrong state")
      return
    }
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    guard case .wrongState = enter("gk02", mine) else {
      Issue.record("a closed round should be wrong state")
      return
    }
  }

  @Test("a conflict declared after the worklist was read stops the sheet, from another desk")
  func conflictBetweenLoadAndWrite() throws {
    let contest = try ContestFixture()
    let gk01 = try contest.judge("gk01")
    // Desk 1: the judge opens their worklist (the page the web shows).
    let worklist = try contest.workflow.worklist(round: nil, judge: "gk01", by: gk01)
    let code = try #require(worklist.items.first?.code)
    // Desk 2, another connection: the secretariat declares a conflict for that pair.
    let other = try contest.otherDesk()
    let removed = try other.declareConflict(
      judge: "gk01", entry: code, reason: "Là người hướng dẫn tác giả",
      by: try other.person(named: "Thư ký Test"))
    #expect(removed.removedAssignments == 1)
    // Desk 1 submits what it loaded: refused, nothing written.
    let error = Language.$current.withValue(.en) {
      refusal {
        try contest.workflow.enterSheet(
          round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
          by: gk01)
      }
    }
    #expect(
      error == .notPermitted("judge gk01 has a conflict of interest with \(code)")
        || error == .notPermitted("judge gk01 is not assigned to \(code) in round 'so-khao'"),
      "\(String(describing: error))")
    #expect(
      try contest.workflow.sheets(round: nil, judge: "gk01", entry: nil, by: gk01).lines.isEmpty)
    #expect(
      try contest.workflow.worklist(round: nil, judge: "gk01", by: gk01).items.map(\.code).contains(
        code) == false)
  }

  @Test("a detected conflict arising after assignment (the entry's unit changed) stops the sheet")
  func detectedConflictAfterAssignment() throws {
    let contest = try ContestFixture()
    let (mine, _) = try Self.entries(of: "gk03", in: contest)
    // gk03 is of the Sở Tư pháp: make the entry theirs.
    _ = try contest.otherDesk().updateEntry(
      code: mine, changes: [.unit: "Sở Tư pháp Hà Nội"], by: contest.secretariat)
    let error = refusal {
      try contest.workflow.enterSheet(
        round: nil, judge: "gk03", entry: mine, points: ContestFixture.points, comment: "",
        by: contest.secretariat)
    }
    guard case .notPermitted = error else {
      Issue.record("expected a conflict refusal, got \(String(describing: error))")
      return
    }
  }

  @Test(
    "an import checks every row in the transaction that writes: a late conflict refuses the file")
  func importAfterConflict() throws {
    let contest = try ContestFixture()
    let (mine, _) = try Self.entries(of: "gk02", in: contest)
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let file = try contest.write(
      "s.csv", "round,judge,entry,\(leaves),comment\nso-khao,gk02,\(mine),20,15,8,8,8,10,8,\n")
    // Read as the judge would before sending it…
    _ = try contest.workflow.blankSheet(round: nil, judge: "gk02", by: contest.secretariat)
    // …then a conflict lands from another desk.
    _ = try contest.otherDesk().declareConflict(
      judge: "gk02", entry: mine, reason: "Cùng tổ công tác", by: contest.secretariat)
    let error = refusal {
      try contest.workflow.importSheets(.path(file), round: nil, by: contest.secretariat)
    }
    #expect(error?.problems.first?.line == 2)
    #expect(
      try contest.workflow.sheets(round: nil, judge: nil, entry: nil, by: contest.secretariat).lines
        .isEmpty)
  }

  @Test("a judge imports only their own rows")
  func importOwnRows() throws {
    let contest = try ContestFixture()
    let (theirs, _) = try Self.entries(of: "gk02", in: contest)
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let file = try contest.write(
      "s.csv", "round,judge,entry,\(leaves),comment\nso-khao,gk02,\(theirs),20,15,8,8,8,10,8,\n")
    let error = refusal {
      try contest.workflow.importSheets(.path(file), round: nil, by: try contest.judge("gk01"))
    }
    #expect(fields(error) == ["judge"])
  }

  @Test("the worklist read for one judge is the round's roster for that judge, for every judge")
  func worklistMatchesRound() throws {
    let contest = try ContestFixture()
    let lists = try contest.workflow.worklists(round: nil, judge: nil, by: contest.secretariat)
    for judge in Set(lists.lines.map(\.pair.judge)) {
      let own = try contest.workflow.worklist(round: nil, judge: judge, by: contest.secretariat)
      #expect(
        own.items.map(\.code) == lists.lines.filter { $0.pair.judge == judge }.map(\.pair.entry))
      #expect(own.items.allSatisfy { $0.state == .todo })
    }
    let sheet = try contest.workflow.blankSheet(round: nil, judge: "gk01", by: contest.secretariat)
    #expect(sheet.csvHeader.contains("summary") && !sheet.csvHeader.contains("unit"))
  }

  @Test("progress counts sheets per judge and per entry")
  func progress() throws {
    let contest = try ContestFixture()
    let (mine, _) = try Self.entries(of: "gk01", in: contest)
    _ = try contest.workflow.enterSheet(
      round: nil, judge: "gk01", entry: mine, points: ContestFixture.points, comment: "",
      by: contest.secretariat)
    let progress = try contest.workflow.progress(round: nil, by: contest.secretariat)
    #expect(progress.judges.first { $0.judge == "gk01" }?.done == 1)
    #expect(progress.entries.first { $0.entry == mine }?.missing.contains("gk01") == false)
    #expect(progress.entries.reduce(0) { $0 + $1.assigned } == 120)
    guard
      case .notPermitted = refusal({
        try contest.workflow.progress(round: nil, by: try contest.judge("gk01"))
      })
    else {
      Issue.record("a judge read the round's progress")
      return
    }
  }
}

@Suite("re-issued sheets")
struct ReissuedSheetTests {
  @Test("a sheet imported again unchanged needs no --replace and writes nothing")
  func unchanged() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let sheet = try w.blankSheet(round: nil, judge: "gk01", by: contest.secretariat)
    let leaves = sheet.leaves.joined(separator: ",")
    let rows = sheet.lines.prefix(3).map { "so-khao,gk01,\($0.entry),20,15,8,8,8,10,8,đã xem" }
    let file = try contest.write(
      "s.csv", "round,judge,entry,\(leaves),comment\n" + rows.joined(separator: "\n") + "\n")
    #expect(try w.importSheets(.path(file), round: nil, by: contest.secretariat).added == 3)
    let before = try contest.auditCount()
    let again = try w.importSheets(.path(file), round: nil, by: contest.secretariat)
    #expect(again.added == 0 && again.replaced == 0 && again.unchanged == 3)
    #expect(try contest.auditCount() == before)
    let same = try w.enterSheet(
      round: nil, judge: "gk01", entry: sheet.lines[0].entry, points: ContestFixture.points,
      comment: "đã xem", by: contest.secretariat)
    #expect(same.unchanged)
    #expect(try contest.auditCount() == before)
    // The sheet re-issued for what is still to do.
    let missing = try w.blankSheet(
      round: nil, judge: "gk01", missingOnly: true, by: contest.secretariat)
    #expect(missing.lines.count == sheet.lines.count - 3)
    #expect(Set(missing.lines.map(\.entry)).isDisjoint(with: sheet.lines.prefix(3).map(\.entry)))
  }
}

@Suite("score files in the rubric's words")
struct RubricWordsTests {
  @Test("columns by Vietnamese or English name, the entry as mã hồ sơ, headers with maxima")
  func headers() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try contest.firstCode()
    let header =
      "Mã hồ sơ,giám khảo,\"Tính mới, sáng tạo\",tinh kha thi,Shorter processing time,cost (tối đa 10),"
      + "\"Giảm hồ sơ, bước thực hiện, số lần đi lại\",Replicability,presentation (max 10),nhận xét\n"
    let file = try contest.write(
      "v.csv", header + "\(code.lowercased()),gk01,\"14,5\",15,8,8,8,10,8,Tốt\n")
    let result = try w.importSheets(.path(file), round: nil, by: contest.secretariat)
    #expect(result.added == 1, "\(result.warnings)")
    let sheet = try w.sheet(round: nil, judge: "gk01", entry: code, by: contest.secretariat).item
    #expect(sheet.points["novelty"]?.description == "14.5" && sheet.comment == "Tốt")
  }

  @Test("messages name the criterion in the session's language, numbers as it writes them")
  func messages() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    var points = ContestFixture.points
    points["novelty"] = Decimal(string: "25.5")!
    func message(_ language: Language) -> String? {
      Language.$current.withValue(language) {
        refusal {
          try contest.workflow.enterSheet(
            round: nil, judge: "gk01", entry: code, points: points, comment: "",
            by: contest.secretariat)
        }?.problems.first?.message
      }
    }
    #expect(message(.vi) == "'novelty' (Tính mới, sáng tạo) = 25,5: vượt điểm tối đa 25")
    #expect(message(.en) == "'novelty' (Novelty and creativity) = 25.5: above the maximum 25")
  }
}
