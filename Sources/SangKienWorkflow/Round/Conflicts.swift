import SangKienModel
internal import SangKienStorage

/// Conflicts of interest: declared ones, plus those detected from units and authors, less
/// dismissals.
enum Conflicts {
  static func records(judges: [Judge], entries: [Entry], notes: [ConflictNote])
    -> [ConflictRecord]
  {
    var dismissed: [Pair: String] = [:]
    var records: [ConflictRecord] = []
    for note in notes {
      switch note.kind {
      case .dismissed: dismissed[Pair(judge: note.judge, entry: note.entry)] = note.reason
      case .declared:
        records.append(
          ConflictRecord(
            judge: note.judge, entry: note.entry, source: .declared, reason: note.reason,
            round: note.round))
      }
    }
    let byId = Dictionary(judges.map { ($0.id, $0) }) { a, _ in a }
    for found in ConflictRules.detectAll(judges: judges, entries: entries) {
      let judge = byId[found.judge]
      let reason: String
      switch found.source {
      case .sameUnit, .authorUnit: reason = judge?.unit ?? ""
      case .author: reason = judge?.name ?? ""
      case .declared: reason = ""
      }
      records.append(
        ConflictRecord(
          judge: found.judge, entry: found.entry, source: found.source, reason: reason,
          dismissed: dismissed[Pair(judge: found.judge, entry: found.entry)]))
    }
    return records
  }

  /// The pairs that may not meet in `round`.
  static func excluded(_ records: [ConflictRecord], in round: String) -> Set<Pair> {
    Set(records.filter { $0.applies(to: round) }.map(\.pair))
  }
}
