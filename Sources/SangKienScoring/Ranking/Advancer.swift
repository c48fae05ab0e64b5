import Foundation
import SangKienModel

/// Who goes on to the next round, and who needs the jury's eye.
public struct AdvancementResult: Hashable, Sendable {
  /// The codes that advance, in ranking order.
  public var advancing: [String]
  /// Codes that advance only because they tie with the last place within the cut.
  public var tiedAtCut: [String]
  /// Complete entries that advance with a disagreement flag: listed for the jury.
  public var flagged: [String]
  /// Entries held back because not all their sheets are in (with their score, if any).
  public var incomplete: [String]
}

/// Applies an advancement rule to a ranking: pure.
public enum Advancer {
  /// The entries that advance under `rule`. Incomplete entries never advance and take no
  /// place; ties at the cut all go through and are listed, never cut at random.
  public static func advance(
    _ ranking: Ranking, rule: Advancement, tieBreak: [String]
  ) -> AdvancementResult {
    var result = AdvancementResult(advancing: [], tiedAtCut: [], flagged: [], incomplete: [])
    result.incomplete = ranking.entries.filter { !$0.isComplete }.map(\.entry.code)
    let pools: [Ranking]
    if rule.perCategory {
      let categories = EntryCategory.allCases.filter { category in
        ranking.entries.contains { $0.entry.category == category }
      }
      pools = categories.map { category in
        ranking.keeping({ $0.entry.category == category }, tieBreak: tieBreak)
      }
    } else {
      pools = [ranking]
    }
    for pool in pools {
      let candidates = pool.keeping(
        { entry in
          guard entry.isComplete, let score = entry.score else { return false }
          return rule.minScore.map { score >= $0 } ?? true
        }, tieBreak: tieBreak
      ).entries
      var chosen = candidates
      if let top = rule.top, candidates.count > top {
        let cutRank = candidates[top - 1].rank
        chosen = Array(candidates.prefix(top))
        let ties = candidates.dropFirst(top).prefix { $0.rank == cutRank }
        if !ties.isEmpty {
          chosen += ties
          result.tiedAtCut += candidates.filter { $0.rank == cutRank }.map(\.entry.code)
        }
      }
      result.advancing += chosen.map(\.entry.code)
      result.flagged += chosen.filter { $0.flags.contains(.disagreement) }.map(\.entry.code)
    }
    return result
  }
}
