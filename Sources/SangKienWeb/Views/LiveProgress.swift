import Foundation
import SangKienModel
import SangKienWorkflow

/// What `progress-live.mustache` shows, refreshed every few seconds on the progress page:
/// per judge assigned, drafts, submitted; the entries still missing sheets (the first
/// `shown`; the reminder list has all).
struct LiveProgress {
  /// A judge's line.
  struct JudgeLine {
    var judge: String
    var name: String
    var assigned: Int
    var drafts: Int
    var submitted: Int
    var left: Int
    var late: Bool
  }

  /// An entry still missing sheets.
  struct EntryLine {
    var code: String
    var href: String
    var title: String
    var sheets: String
    var missing: String
    var unassigned: Int
  }

  /// How many incomplete entries the live part lists.
  static let shown = 100

  let t = WebWords.words(for: .progressLive)
  var summary: String
  var updated: String
  var judges: [JudgeLine]
  var entriesHeading: String
  var more: String
  var entries: [EntryLine]
  var hasEntries: Bool

  /// The live part of `desk`, as of `now` (already written out).
  init(_ desk: DeskProgress, now: String) {
    let assigned = desk.judges.reduce(0) { $0 + $1.assigned }
    let submitted = desk.judges.reduce(0) { $0 + $1.submitted }
    let total = desk.progress.entries.count
    let incomplete = desk.progress.entries.filter { !$0.isComplete }
    summary = WebText.liveSummary(
      submitted: submitted, assigned: assigned, complete: total - incomplete.count, of: total)
    updated = WebText.asOf(now)
    judges = desk.judges.map {
      JudgeLine(
        judge: $0.judge, name: $0.name, assigned: $0.assigned, drafts: $0.drafts,
        submitted: $0.submitted, left: $0.assigned - $0.submitted,
        late: $0.submitted < $0.assigned)
    }
    entriesHeading = WebText.missingSheetsHeading(incomplete.count)
    more = incomplete.count > Self.shown ? WebText.moreEntries(incomplete.count - Self.shown) : ""
    entries = incomplete.prefix(Self.shown).map {
      EntryLine(
        code: $0.entry, href: "/entries/\($0.entry)", title: desk.titles[$0.entry] ?? "",
        sheets: "\($0.sheets)/\($0.assigned + $0.unassigned)",
        missing: $0.missing.joined(separator: ", "), unassigned: $0.unassigned)
    }
    hasEntries = !entries.isEmpty
  }
}
