import Foundation
import SangKienModel
import Testing

@testable import SangKienScoring

@Suite("Score sheets")
struct SheetScorerTests {
  @Test("leaves add up to parents and parents to the total")
  func totals() throws {
    let s = sheet("gk01", "SK-0001", [22, 15, 8, 7.5, 6, 12, 9])
    #expect(s.points["effectiveness"] == Points(21.5))
    #expect(s.total == Points(79.5))
  }

  @Test(
    "bad values are refused, each with its reason",
    arguments: [
      (["novelty": Decimal(-1)], SheetProblem.negative(criterion: "novelty", value: -1)),
      (["novelty": 25.5], .aboveMaximum(criterion: "novelty", value: 25.5, maximum: 25)),
      (["novelty": 22.3], .offStep(criterion: "novelty", value: 22.3, step: 0.5)),
      (["speed": 3], .unknown(criterion: "speed")),
      (["effectiveness": 20], .unknown(criterion: "effectiveness")),
    ] as [([String: Decimal], SheetProblem)])
  func refusals(change: [String: Decimal], problem: SheetProblem) {
    var values: [String: Decimal] = [
      "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
      "presentation": 8,
    ]
    values.merge(change) { $1 }
    guard case .failure(let problems) = scorer.sheet(judge: "j", entry: "e", values: values) else {
      Issue.record("accepted")
      return
    }
    #expect(problems.problems == [problem])
  }

  @Test("a missing leaf is refused")
  func missing() {
    guard
      case .failure(let problems) = scorer.sheet(judge: "j", entry: "e", values: ["novelty": 20])
    else {
      Issue.record("accepted")
      return
    }
    #expect(
      problems.problems.map(\.criterion) == [
        "feasibility", "time", "cost", "steps", "replicability", "presentation",
      ])
  }
}
