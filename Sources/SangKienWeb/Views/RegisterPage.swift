import Foundation
import SangKienModel
import SangKienWorkflow

/// What `register.mustache` shows: the register searched as people type (without accents,
/// đ = d), filtered, with boxes to validate received entries together.
struct RegisterPage {
  /// An entry of the register.
  struct Line {
    var code: String
    var href: String
    var title: String
    var category: String
    var unit: String
    var field: String
    var status: String
    var statusClass: String
    var received: Bool
    var box: String
    /// Submitted online by its entrant (else registered at the desk).
    var online: Bool
  }

  let t = WebWords.words(for: .register)
  var q: String
  var statuses: [Option]
  var categories: [Option]
  var fields: [Option]
  var units: [Option]
  var countLine: String
  var entries: [Line]
  var hasEntries: Bool
  var csrf: String

  /// The page of what `query` found.
  init(_ found: EntrySearch, query: EntryQuery, csrf: String, online: Set<String> = []) {
    q = query.text
    statuses = Option.all(
      EntryStatus.allCases.map { ($0.rawValue, $0.localized) }, selected: query.status?.rawValue)
    categories = Option.all(
      EntryCategory.allCases.map { ($0.rawValue, $0.localized) },
      selected: query.category?.rawValue)
    fields = Option.all(found.fields.map { ($0, $0) }, selected: query.field)
    units = Option.all(found.units.map { ($0, $0) }, selected: query.unit)
    countLine = WebText.registerCount(found.entries.count, of: found.total)
    entries = found.entries.map { entry in
      Line(
        code: entry.code, href: "/entries/\(entry.code)", title: entry.draft.title,
        category: entry.draft.category.localized, unit: entry.draft.unit,
        field: entry.draft.field, status: entry.status.localized,
        statusClass: entry.status.rawValue, received: entry.status == .received,
        box: "entry.\(entry.code)", online: online.contains(entry.code))
    }
    hasEntries = !entries.isEmpty
    self.csrf = csrf
  }
}
