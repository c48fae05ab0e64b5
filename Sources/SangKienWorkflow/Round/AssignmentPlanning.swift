import SangKienAssignment
import SangKienModel
internal import SangKienStorage

/// Turning a round into an assignment problem.
enum AssignmentPlanning {
  /// The problem for `round`: its entries, the active judges, conflicts excluded, and the
  /// pairs in `keep` fixed.
  static func problem(
    _ round: RoundContext, perEntry: Int, keep: Set<Pair>, maxLoad: Int?, seed: UInt64
  ) -> AssignmentProblem {
    let judges = round.judges.values.filter(\.active).sorted { $0.id < $1.id }
    return AssignmentProblem(
      entries: round.roster.entries.map { code in
        AssignmentProblem.Entry(
          code: code, field: VietnameseText.fold(round.entries[code]?.draft.field ?? ""))
      },
      judges: judges.map {
        AssignmentProblem.Judge(id: $0.id, fields: Set($0.fields.map(VietnameseText.fold)))
      },
      perEntry: perEntry, conflicts: round.excluded.union(round.setAside.keys.map(\.pair)),
      fixed: keep, maxLoad: maxLoad, seed: seed)
  }

  /// The pairs that must stay: every scored pair of the round whose sheet counts (a sheet
  /// set aside frees its place).
  static func scoredPairs(_ round: RoundContext) -> Set<Pair> {
    Set(round.sheets.filter { round.setAside[$0.key] == nil }.map(\.key.pair))
  }

  /// Every pair the round has now.
  static func currentPairs(_ round: RoundContext) -> Set<Pair> {
    var pairs: Set<Pair> = []
    for code in round.roster.entries {
      for judge in round.roster.judges(of: code) { pairs.insert(Pair(judge: judge, entry: code)) }
    }
    return pairs
  }

  /// The number of judges per entry a round asks for, or nil for `all`.
  static func perEntry(_ round: Round) -> Int? {
    if case .count(let n) = round.judgesPerEntry { return n }
    return nil
  }
}
