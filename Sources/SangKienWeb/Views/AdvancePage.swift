import Foundation
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// What `advance.mustache` shows: who advances from a round to the next under the rule
/// asked, who is tied at the cut, incomplete or flagged, and the button that writes it.
struct AdvancePage {
  /// An entry of one of the lists.
  struct Line {
    var code: String
    var title: String
    var href: String
  }

  let t = WebWords.words(for: .advance)
  var heading: String
  var csrf: String
  var from: String
  var to: String
  var top: String
  var minScore: String
  var perCategory: Bool
  var advancingHeading: String
  var advancing: [Line]
  var tied: [Line]
  var hasTied: Bool
  var incomplete: [Line]
  var hasIncomplete: Bool
  var flagged: [Line]
  var hasFlagged: Bool
  var confirm: String

  /// The preview of `input`'s result; `titles` by entry code.
  init(_ input: AdvanceInput, result: AdvancementResult, titles: [String: String], csrf: String) {
    func lines(_ codes: [String]) -> [Line] {
      codes.map { Line(code: $0, title: titles[$0] ?? "", href: "/entries/\($0)") }
    }
    heading = WebText.advanceHeading(from: input.from, to: input.to)
    self.csrf = csrf
    from = input.from
    to = input.to
    top = input.top.map(String.init) ?? ""
    minScore = input.minScore ?? ""
    perCategory = input.perCategory
    advancingHeading = WebText.advancingHeading(result.advancing.count)
    advancing = lines(result.advancing)
    tied = lines(result.tiedAtCut)
    hasTied = !tied.isEmpty
    incomplete = lines(result.incomplete)
    hasIncomplete = !incomplete.isEmpty
    flagged = lines(result.flagged)
    hasFlagged = !flagged.isEmpty
    confirm = WebText.advanceConfirm(result.advancing.count, to: input.to)
  }
}
