import SangKienModel

/// Who scores what in a round: the entries in it and each entry's judges.
///
/// A round with `judges_per_entry: N` uses its stored assignments; a round with `all`
/// gives every active judge every entry (conflicts of interest are taken out by
/// `excluded`).
public struct RoundRoster: Sendable {
  /// The round.
  public let round: Round
  /// The codes of the entries in the round, in code order.
  public let entries: [String]
  private let entrySet: Set<String>
  private let judgesByEntry: [String: Set<String>]

  /// Creates the roster.
  ///
  /// - Parameters:
  ///   - entries: the eligible entries in the round (its shortlist, or every eligible entry
  ///     of the first round).
  ///   - activeJudges: the jury's current members.
  ///   - assignments: the pairs stored for the round.
  ///   - excluded: pairs that may never meet (conflicts of interest).
  public init(
    round: Round, entries: [String], activeJudges: [String], assignments: [Pair],
    excluded: Set<Pair> = []
  ) {
    self.round = round
    self.entries = entries
    entrySet = Set(entries)
    var byEntry: [String: Set<String>] = [:]
    switch round.judgesPerEntry {
    case .all:
      for entry in entries {
        byEntry[entry] = Set(
          activeJudges.filter { !excluded.contains(Pair(judge: $0, entry: entry)) })
      }
    case .count:
      for pair in assignments where entrySet.contains(pair.entry) && !excluded.contains(pair) {
        byEntry[pair.entry, default: []].insert(pair.judge)
      }
    }
    judgesByEntry = byEntry
  }

  /// Whether the entry is in the round.
  public func contains(entry: String) -> Bool { entrySet.contains(entry) }

  /// The judges who are to score the entry.
  public func judges(of entry: String) -> Set<String> { judgesByEntry[entry] ?? [] }

  /// Whether the judge is to score the entry.
  public func isAssigned(judge: String, entry: String) -> Bool {
    judgesByEntry[entry]?.contains(judge) == true
  }

  /// The entries the judge is to score, in code order.
  public func entries(of judge: String) -> [String] {
    entries.filter { judgesByEntry[$0]?.contains(judge) == true }
  }
}
