import SangKienModel
import SangKienScoring

/// Prize outcomes as rows: group, prize, code, title, rank, score, note.
enum PrizeTable {
  static let csvHeader = ["group", "prize", "code", "title", "rank", "score", "note"]

  static func rows(_ outcomes: [PrizeOutcome], titles: [String: String]) -> [[String]] {
    let vi = Language.current == .vi
    var rows: [[String]] = []
    for outcome in outcomes {
      for award in outcome.awards {
        rows.append([
          outcome.group, award.prize, award.code, titles[award.code] ?? "", String(award.rank),
          DecimalFormat.twoPlaces(award.score), "",
        ])
      }
      for pending in outcome.pending {
        rows.append([
          outcome.group, pending.prize, pending.among.joined(separator: ", "), "", "", "",
          vi
            ? "\(pending.places) giải chờ Ban giám khảo quyết định (đồng hạng)"
            : "\(pending.places) place(s) for the jury to decide (tie)",
        ])
      }
      for unfilled in outcome.unfilled {
        rows.append([
          outcome.group, unfilled.prize, "", "", "", "",
          vi ? "\(unfilled.places) giải để trống" : "\(unfilled.places) place(s) left empty",
        ])
      }
    }
    return rows
  }
}
