import Foundation
import SangKienModel
import SangKienWorkflow

/// What `reminders.mustache` prints: the judges who have not submitted every sheet of a
/// round, and the entries each still owes (one A4 paper).
struct RemindersPage {
  /// An entry a judge still owes.
  struct Owed {
    var code: String
    var title: String
  }

  /// A judge who is late.
  struct Late {
    var number: Int
    var name: String
    var judge: String
    var unit: String
    var progress: String
    var entries: [Owed]
  }

  let t = WebWords.words(for: .reminders)
  var contest: String
  var roundLine: String
  var count: String
  var backHref: String
  var late: [Late]
  var hasLate: Bool

  /// The paper of `desk`'s round in `contest`, as of `now` (already written out).
  init(_ desk: DeskProgress, contest name: String, now: String) {
    let late = desk.late
    contest = name
    roundLine = WebText.remindersLine(round: desk.round.name, asOf: now)
    count = WebText.remindersCount(
      judges: late.count, sheets: late.reduce(0) { $0 + $1.missing.count })
    backHref = "/progress?round=\(desk.round.id)"
    self.late = late.enumerated().map { index, line in
      Late(
        number: index + 1, name: line.name, judge: line.judge, unit: line.unit,
        progress: "\(line.submitted)/\(line.assigned)",
        entries: line.missing.map { Owed(code: $0.code, title: $0.title) })
    }
    hasLate = !self.late.isEmpty
  }
}
