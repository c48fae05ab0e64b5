import SangKienAssignment
import SangKienModel
import SangKienStorage

/// Turning a round into an assignment problem and a solution back into assignments.
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
      perEntry: perEntry,
      conflicts: Set(
        round.conflicts.filter(\.isActive).map { Pair(judge: $0.judge, entry: $0.entry) }),
      fixed: keep, maxLoad: maxLoad, seed: seed)
  }

  /// The pairs that must stay: every scored pair of the round.
  static func scoredPairs(_ round: RoundContext) -> Set<Pair> {
    Set(round.sheets.map { Pair(judge: $0.judge, entry: $0.entry) })
  }

  /// The number of judges per entry a round asks for, or nil for `all`.
  static func perEntry(_ round: Round) -> Int? {
    if case .count(let n) = round.judgesPerEntry { return n }
    return nil
  }

  /// A one-paragraph summary of a solution.
  static func summary(_ solution: AssignmentSolution, entries: Int, perEntry: Int) -> String {
    let total = solution.pairs.count
    let percent = total == 0 ? 0 : Double(solution.fieldMatches) * 100 / Double(total)
    let range = solution.loadRange
    let share = NumberFormat.format(percent, places: 1)
    return Language.text(
      vi:
        "\(entries) sáng kiến × \(perEntry) giám khảo = \(total) lượt chấm cho \(solution.loads.count) giám khảo; mỗi người \(range.lowerBound)–\(range.upperBound) sáng kiến; \(solution.fieldMatches) lượt (\(share)%) đúng lĩnh vực; hai giám khảo chấm chung nhiều nhất \(solution.maxSharedEntries) sáng kiến.",
      en:
        "\(entries) entries × \(perEntry) judges = \(total) places for \(solution.loads.count) judges; \(range.lowerBound)–\(range.upperBound) entries each; \(solution.fieldMatches) (\(share)%) match the entry's field; no two judges share more than \(solution.maxSharedEntries) entries."
    )
  }
}
