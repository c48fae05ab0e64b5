import Foundation
import SangKienModel
import SangKienWorkflow

/// A look-alike of an entry, here or in another edition, as the intake page and the entry's
/// page list it: marked not a duplicate (who, why, when), or not yet.
struct SimilarRow {
  var other: String
  var title: String
  var figure: String
  var why: String
  /// Unique on the page: the form's field ids.
  var id: String
  var marked: String?

  init(_ flag: NearDuplicate) {
    let document = flag.match.document
    other = "\(document.contest)/\(document.code)"
    title = document.title
    figure = NumberFormat.format(flag.match.score, places: 2)
    why = flag.match.reasons.map(\.localized).joined(separator: ", ")
    id = "\(flag.code)-\(document.contest)-\(document.code)"
    marked = flag.distinct.map { "\($0.reason) (\($0.by), \(RecordWords.moment(iso: $0.at)))" }
  }
}
