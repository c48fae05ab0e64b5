import SangKienModel
import SangKienStorage

/// One conflict of interest as the secretariat sees it.
struct ConflictRecord: Hashable {
  var judge: String
  var entry: String
  var source: ConflictSource
  var reason: String
  /// The dismissal's reason, for a detected conflict that no longer counts.
  var dismissed: String?

  /// Whether it keeps the judge away from the entry.
  var isActive: Bool { dismissed == nil }
}

/// Conflicts: declared ones, plus those detected from units and authors, less dismissals.
enum Conflicts {
  static func all(
    judges: [Judge], entries: [Entry], notes: [ConflictNote]
  ) -> [ConflictRecord] {
    var dismissed: [Pair2: String] = [:]
    var records: [ConflictRecord] = []
    for note in notes {
      switch note.kind {
      case .dismissed: dismissed[Pair2(judge: note.judge, entry: note.entry)] = note.reason
      case .declared:
        records.append(
          ConflictRecord(
            judge: note.judge, entry: note.entry, source: .declared, reason: note.reason))
      }
    }
    let names = Dictionary(judges.map { ($0.id, $0) }) { a, _ in a }
    for found in ConflictRules.detectAll(judges: judges, entries: entries) {
      let judge = names[found.judge]
      let reason: String
      switch found.source {
      case .sameUnit, .authorUnit: reason = judge?.unit ?? ""
      case .author: reason = judge?.name ?? ""
      case .declared: reason = ""
      }
      records.append(
        ConflictRecord(
          judge: found.judge, entry: found.entry, source: found.source, reason: reason,
          dismissed: dismissed[Pair2(judge: found.judge, entry: found.entry)]))
    }
    return records
  }

  /// The (judge, entry) pairs that may not meet.
  static func excluded(_ records: [ConflictRecord]) -> Set<[String]> {
    Set(records.filter(\.isActive).map { [$0.judge, $0.entry] })
  }

  struct Pair2: Hashable {
    var judge: String
    var entry: String
  }
}
