import Foundation
import SangKienModel
import Testing

@testable import SangKienScoring

/// The third marking, worked by hand: a round of 2 judges per entry, disagreement at 20
/// points, one further judge for an entry whose two totals are 20 or more apart.
@Suite("a further marking settles a disagreement")
struct ResolutionTests {
  static func marked(_ method: ResolutionMethod) -> Round {
    Round(
      id: "so-khao", name: "Sơ khảo", rubricId: "cchc", judgesPerEntry: .count(2),
      disagreement: 20, tieBreak: ["effectiveness", "novelty"],
      resolution: Resolution(extraJudges: 1, method: method))
  }

  static func rank(_ totals: [Decimal], assigned: Int, _ method: ResolutionMethod) -> RankedEntry {
    let sheets = totals.enumerated().map {
      sheet("gk0\($0.offset + 1)", "SK-0001", total: $0.element)
    }
    let ranking = Ranker.rank(
      entries: [entry("SK-0001", assigned: assigned)], sheets: sheets, round: marked(method))
    return ranking.entries[0]
  }

  @Test("mean-all: 60, 85 and the third judge's 70 → (60 + 85 + 70) / 3 = 71.67, resolved")
  func meanAll() {
    let settled = Self.rank([60, 85, 70], assigned: 3, .meanAll)
    #expect(settled.score == Decimal(string: "71.67"))
    #expect(settled.flags == [.disagreementResolved])
    #expect(settled.settlement == .meanAll(sheets: 3))
    #expect(settled.judgeTotals.count == 3, "every judge's total is still shown")
  }

  @Test("mean-closest-two: 60, 85, 80 → the pair 80 and 85, mean 82.5, resolved")
  func closestTwo() {
    let settled = Self.rank([60, 85, 80], assigned: 3, .meanClosestTwo)
    #expect(settled.score == Decimal(string: "82.5"))
    #expect(settled.flags == [.disagreementResolved])
    #expect(
      settled.settlement
        == .closestTwo(
          judges: ["gk03", "gk02"], totals: [Points(80)!, Points(85)!], pairsTied: false,
          within: true))
  }

  @Test("mean-closest-two, two pairs equally close: 60, 85, 72.5 → the higher pair, said so")
  func pairsTied() {
    // 72.5 − 60 = 12.5 and 85 − 72.5 = 12.5: the higher pair (72.5, 85) gives 78.75.
    let settled = Self.rank([60, 85, 72.5], assigned: 3, .meanClosestTwo)
    #expect(settled.score == Decimal(string: "78.75"))
    guard case .closestTwo(let judges, _, let tied, let within)? = settled.settlement else {
      Issue.record("not settled: \(String(describing: settled.settlement))")
      return
    }
    #expect(judges == ["gk03", "gk02"] && tied && within)
    #expect(settled.settlement?.text.contains("hai cặp cách đều, lấy cặp cao hơn") == true)
  }

  @Test("mean-closest-two whose closest pair is still 20 apart: the disagreement stands")
  func stillApart() {
    // 40, 95, 65: gaps 25 and 30; the closest pair (40, 65) is 25 apart.
    let settled = Self.rank([40, 95, 65], assigned: 3, .meanClosestTwo)
    #expect(settled.flags.contains(.disagreement) && !settled.flags.contains(.disagreementResolved))
    #expect(settled.score == Decimal(string: "52.5"))
    #expect(settled.settlement?.text.contains("vẫn chênh lệch quá ngưỡng") == true)
  }

  @Test("the further sheet missing: incomplete, the disagreement flagged, awaiting it")
  func awaiting() {
    let waiting = Self.rank([60, 85], assigned: 3, .meanAll)
    #expect(waiting.flags == [.disagreement, .incomplete])
    #expect(waiting.settlement == .awaiting(missing: 1))
    #expect(waiting.score == Decimal(string: "72.5"), "the round's own method meanwhile")
  }

  @Test("an entry never marked again is ranked as before, in a round that has the rule")
  func untouched() {
    let plain = Self.rank([70, 75], assigned: 2, .meanClosestTwo)
    #expect(
      plain.flags.isEmpty && plain.settlement == nil && plain.score == Decimal(string: "72.5"))
    let apart = Self.rank([60, 85], assigned: 2, .meanAll)
    #expect(apart.flags == [.disagreement] && apart.settlement == nil)
  }
}
