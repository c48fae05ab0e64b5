import Foundation
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("saving from a judge's page answers what a fresh read shows")
struct DraftSaveTests {
  static func same(_ a: SheetView, _ b: SheetView, _ label: String) {
    #expect(a.points == b.points, "\(label): points")
    #expect(a.comment == b.comment, "\(label): comment")
    #expect(a.state == b.state, "\(label): state")
    #expect(a.version == b.version, "\(label): version")
    #expect(a.total == b.total, "\(label): total")
    #expect(a.item == b.item, "\(label): item")
    #expect(a.editable == b.editable, "\(label): editable")
  }

  @Test(
    "a draft, a submission, a change after it, in an open round and in one that locks",
    arguments: [false, true])
  func answers(lock: Bool) throws {
    let contest = try ContestFixture(lockFirstRound: lock)
    let w = contest.workflow
    let judge = try contest.judge("gk01")
    let code = try contest.firstCode()
    var version = 0
    let steps: [(String, [String: Decimal], Bool)] = [
      ("part of a draft", ["novelty": 12.5], false),
      ("the whole draft", ContestFixture.points, false),
      ("submitted", ContestFixture.points, true),
      ("changed after", ["novelty": 10, "feasibility": 15], false),
    ]
    for (label, points, submit) in steps {
      if lock && label == "changed after" {
        // Locked: refused, nothing changes.
        #expect(
          refusal {
            try w.saveSheet(
              round: nil, judge: "gk01", entry: code, points: points, comment: label,
              version: version, submit: submit, by: judge)
          } != nil)
        continue
      }
      let answered = try w.saveSheet(
        round: nil, judge: "gk01", entry: code, points: points, comment: " \(label) ",
        version: version, submit: submit, by: judge)
      let read = try w.sheetView(round: nil, judge: "gk01", entry: code, by: judge)
      Self.same(answered, read, label)
      version = answered.version
    }
  }
}
