import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `worklist.mustache` shows: a judge's entries in a round, each with its state, its
/// total so far and its blind dossier files, and how many are submitted.
struct WorklistPage {
  /// One entry of the list.
  struct Entry {
    var code: String
    var title: String
    var summary: String
    var href: String
    var state: String
    var stateLabel: String
    var total: String?
    var files: [SheetPage.File]
    var hasFiles: Bool
  }

  /// An entry to re-mark for a complaint.
  struct Remark {
    var href: String
    var code: String
    var title: String
    var line: String
    var state: String
    var stateLabel: String
  }

  let t = WebWords.words(for: .worklist)
  /// The complaints' entries the judge re-marks (phúc khảo), apart from the round's.
  var remarks: [Remark] = []
  var hasRemarks = false
  var roundLine: String
  var count: Int
  var submitted: Int
  var progressText: String
  var entries: [Entry]
  /// What the judge just did, confirmed: a conflict declared (`declared`, an entry no longer
  /// in the list).
  var notice: String?

  /// The page of `list`, with each entry's state; `asked`: the judge a member of staff
  /// looks at (kept in the links).
  init(
    _ list: Worklist, states: [String: SheetProgress], asked: String?, declared: String? = nil,
    remarks: [RemarkItem] = []
  ) {
    self.remarks = remarks.map {
      Remark(
        href: "/remarks/\($0.complaint)", code: $0.code, title: $0.title,
        line: WebText.remarkItem($0.complaint, due: $0.dueOn), state: $0.state.rawValue,
        stateLabel: WebText.sheetProgress($0.state))
    }
    hasRemarks = !self.remarks.isEmpty
    notice = declared.flatMap { code in
      list.items.contains { $0.code == code } ? nil : WebText.conflictDeclared(code)
    }
    roundLine =
      WebText.worklistLine(round: list.round.name, judge: list.judge.name)
      + (list.round.scoringDeadline.map { " " + WebText.scoringDeadline($0.shown) } ?? "")
    count = list.items.count
    submitted = states.values.filter { $0 == .submitted }.count
    progressText = "\(submitted)/\(count)"
    entries = list.items.map { item in
      let state = states[item.code] ?? .todo
      let files = item.files.map(SheetPage.file)
      return Entry(
        code: item.code, title: item.title, summary: item.summary,
        href: "/sheets/\(list.round.id)/\(item.code)" + (asked.map { "?judge=\($0)" } ?? ""),
        state: state.rawValue, stateLabel: WebText.sheetProgress(state),
        total: item.total.map { NumberFormat.format($0.decimal, places: 2) }, files: files,
        hasFiles: !files.isEmpty)
    }
  }
}
