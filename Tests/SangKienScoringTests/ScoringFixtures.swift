import Foundation
import SangKienModel

@testable import SangKienScoring

/// The default rubric's shape: novelty 25, feasibility 20, effectiveness 30 (time, cost,
/// steps 10 each), replicability 15, presentation 10.
let rubric = Rubric(
  id: "cchc", name: "R",
  criteria: [
    Criterion(id: "novelty", name: "N", max: 25, step: 0.5),
    Criterion(id: "feasibility", name: "F", max: 20, step: 0.5),
    Criterion(
      id: "effectiveness", name: "E", max: 30,
      children: [
        Criterion(id: "time", name: "T", max: 10, step: 0.5),
        Criterion(id: "cost", name: "C", max: 10, step: 0.5),
        Criterion(id: "steps", name: "S", max: 10, step: 0.5),
      ]),
    Criterion(id: "replicability", name: "R", max: 15, step: 0.5),
    Criterion(id: "presentation", name: "P", max: 10, step: 0.5),
  ])

let scorer = SheetScorer(rubric: rubric)

func round(
  _ method: Aggregation = .mean, tieBreak: [String] = ["effectiveness", "novelty"],
  disagreement: Decimal = 20
) -> Round {
  Round(
    id: "so-khao", name: "Sơ khảo", rubricId: "cchc", judgesPerEntry: .count(3),
    aggregation: method, trimMinJudges: 5, disagreement: disagreement, tieBreak: tieBreak)
}

/// A sheet whose leaves are given in order novelty, feasibility, time, cost, steps,
/// replicability, presentation.
func sheet(_ judge: String, _ entry: String, _ values: [Decimal]) -> ScoreSheet {
  let ids = ["novelty", "feasibility", "time", "cost", "steps", "replicability", "presentation"]
  let result = scorer.sheet(
    judge: judge, entry: entry, values: Dictionary(uniqueKeysWithValues: zip(ids, values)))
  switch result {
  case .success(let sheet): return sheet
  case .failure(let problems): fatalError("bad fixture: \(problems)")
  }
}

/// A sheet with a given total: effectiveness (split over its three parts) and novelty as
/// given, or else every leaf filled in rubric order up to its maximum.
func sheet(
  _ judge: String, _ entry: String, total: Decimal, effectiveness: Decimal? = nil,
  novelty: Decimal? = nil
) -> ScoreSheet {
  let maxima: [Decimal] = [25, 20, 10, 10, 10, 15, 10]
  var values = [Decimal](repeating: -1, count: 7)
  if let novelty { values[0] = novelty }
  if let effectiveness {
    let part = (effectiveness / 3 * 2).rounded() / 2
    values[2] = part
    values[3] = part
    values[4] = effectiveness - 2 * part
  }
  var rest = total - values.filter { $0 >= 0 }.reduce(0, +)
  for index in values.indices where values[index] < 0 {
    values[index] = min(rest, maxima[index])
    rest -= values[index]
  }
  return sheet(judge, entry, values)
}

extension Decimal {
  /// Rounded down to a whole number.
  func rounded() -> Decimal {
    var copy = self
    var result = Decimal()
    NSDecimalRound(&result, &copy, 0, .down)
    return result
  }
}

func entry(
  _ code: String, group: String = "individual", category: EntryCategory = .idea, assigned: Int = 3
) -> RankingEntry {
  RankingEntry(
    code: code, title: code, category: category,
    entrantKind: group == "individual" ? .individual : .collective, group: group,
    assignedJudges: assigned)
}
