import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `extra.mustache` shows: the further marking of a round's disagreements, previewed
/// (the entries, their totals so far, the judges proposed, those no judge is free for) or
/// just assigned.
struct ExtraPage {
  /// An entry given further judges.
  struct Row {
    var code: String
    var title: String
    var totals: String
    var judges: String
  }

  /// An entry no further judge is free for, and why.
  struct Unplaced {
    var entry: String
    var reason: String
  }

  let t = WebWords.words(for: .extra)
  var heading: String
  var round: String
  var csrf: String
  var notice: String?
  var rule: String
  var rows: [Row]
  var hasRows: Bool
  var unplaced: [Unplaced]
  var hasUnplaced: Bool
  var canConfirm: Bool
  var confirm: String

  /// The page of `result` (`confirmed`: written, not previewed); `titles` by entry code.
  init(_ result: ExtraAssignment, titles: [String: String], confirmed: Bool, csrf: String) {
    heading = WebText.extraHeading(result.round.name)
    round = result.round.id
    self.csrf = csrf
    notice = confirmed ? WebText.extraAssigned(result.added.count) : nil
    rule = WebText.extraRule(result.round)
    rows = result.flagged.compactMap { code in
      let judges = result.added.filter { $0.entry == code }.map(\.judge)
      guard !judges.isEmpty else { return nil }
      return Row(
        code: code, title: titles[code] ?? "",
        totals: (result.totals[code] ?? [:]).sorted { $0.key < $1.key }
          .map { "\($0.key): \(NumberFormat.shown($0.value.decimal))" }
          .joined(separator: " · "),
        judges: judges.joined(separator: ", "))
    }
    hasRows = !rows.isEmpty
    unplaced = result.unplaced.map { Unplaced(entry: $0.entry, reason: $0.reason) }
    hasUnplaced = !unplaced.isEmpty
    canConfirm = !confirmed && !result.added.isEmpty
    confirm = WebText.extraConfirm(result.added.count)
  }
}
