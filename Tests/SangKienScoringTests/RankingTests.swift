import Foundation
import SangKienModel
import Testing

@testable import SangKienScoring

@Suite("Aggregation and ranking")
struct RankingTests {
  @Test(
    "rounding is half up at the third decimal, computed exactly",
    arguments: [
      (Int64(796_650), Int64(1), Decimal(string: "79.67")!),  // 79.665
      (796_640, 1, Decimal(string: "79.66")!),  // 79.664
      (1_593_300, 2, Decimal(string: "79.67")!),  // 159.33 / 2 = 79.665
      (2_390_000, 3, Decimal(string: "79.67")!),  // 239 / 3 = 79.666…
      (2_389_900, 3, Decimal(string: "79.66")!),  // 238.99 / 3 = 79.6633…
      (796_750, 1, Decimal(string: "79.68")!),  // 79.675
      (50, 1, Decimal(string: "0.01")!),  // 0.005
      (1_000_000, 1, Decimal(100)),
    ])
  func rounding(units: Int64, count: Int64, expected: Decimal) {
    #expect(ExactMean(units: units, denominator: count).roundedToHundredths == expected)
  }

  static func score(_ totals: [Decimal], _ method: Aggregation) -> Decimal? {
    let sheets = totals.enumerated().map { sheet("gk\($0.offset)", "SK-0001", total: $0.element) }
    let ranking = Ranker.rank(
      entries: [entry("SK-0001", assigned: totals.count)], sheets: sheets, round: round(method))
    return ranking.entries.first?.score
  }

  @Test(
    "aggregates worked out by hand",
    arguments: [
      // mean of 77.5, 80 and 81.5 = 239 / 3 = 79.666… → 79.67
      ([Decimal(77.5), 80, 81.5], Aggregation.mean, Decimal(string: "79.67")!),
      // trimmed, 5 judges: drop 60 and 95 → (70 + 75 + 80) / 3 = 75
      ([60, 70, 75, 80, 95], .trimmed, 75),
      // trimmed, 4 judges (< trim_min_judges 5): plain mean 305 / 4 = 76.25
      ([60, 70, 80, 95], .trimmed, Decimal(string: "76.25")!),
      // median, even count: (75 + 80) / 2 = 77.5
      ([90, 70, 80, 75], .median, 77.5),
      // median, odd count
      ([90, 70, 80], .median, 80),
      // mean 70.5, 71, 71.5, 72 = 285 / 4 = 71.25
      ([70.5, 71, 71.5, 72], .mean, Decimal(string: "71.25")!),
    ] as [([Decimal], Aggregation, Decimal)])
  func aggregates(totals: [Decimal], method: Aggregation, expected: Decimal) {
    #expect(Self.score(totals, method) == expected)
  }

  @Test("zscore takes a harsh judge's severity out")
  func zscore() {
    // Lenient judge L scores P 90, Q 80; harsh judge H scores R 70, S 60.
    // Each judge: mean ± 5, so z = +1 for P and R, −1 for Q and S.
    // Round: totals 90, 80, 70, 60 → mean 75, population SD √125 = 11.1803…
    // P and R: 75 + 11.1803 = 86.18; Q and S: 75 − 11.1803 = 63.82.
    let sheets = [
      sheet("L", "P", total: 90), sheet("L", "Q", total: 80),
      sheet("H", "R", total: 70), sheet("H", "S", total: 60),
    ]
    let entries = ["P", "Q", "R", "S"].map { entry($0, assigned: 1) }
    let mean = Ranker.rank(entries: entries, sheets: sheets, round: round(.mean))
    #expect(mean.entries.map(\.entry.code) == ["P", "Q", "R", "S"])
    // No tie-break here, so equal scores share a rank.
    let z = Ranker.rank(entries: entries, sheets: sheets, round: round(.zscore, tieBreak: []))
    let scores = Dictionary(uniqueKeysWithValues: z.entries.map { ($0.entry.code, $0.score) })
    #expect(scores["P"] == Decimal(string: "86.18"))
    #expect(scores["R"] == Decimal(string: "86.18"))
    #expect(scores["Q"] == Decimal(string: "63.82"))
    #expect(scores["S"] == Decimal(string: "63.82"))
    #expect(z.entries.map(\.rank) == [1, 1, 3, 3])
  }

  @Test("a tie on score is broken by effectiveness, then novelty")
  func tieBreak() {
    // All three total 80. B has the most effectiveness; A and C tie on it, A has more novelty.
    let sheets = [
      sheet("j", "A", total: 80, effectiveness: 20, novelty: 20),
      sheet("j", "B", total: 80, effectiveness: 24, novelty: 15),
      sheet("j", "C", total: 80, effectiveness: 20, novelty: 18),
    ]
    let ranking = Ranker.rank(
      entries: ["A", "B", "C"].map { entry($0, assigned: 1) }, sheets: sheets, round: round())
    #expect(ranking.entries.map(\.entry.code) == ["B", "A", "C"])
    #expect(ranking.entries.map(\.rank) == [1, 2, 3])
  }

  @Test("a tie that survives the chain is a shared rank: 1, 2, 2, 4, listed by code")
  func sharedRank() {
    let sheets = [
      sheet("j", "SK-0004", total: 90), sheet("j", "SK-0003", total: 80),
      sheet("j", "SK-0002", total: 80), sheet("j", "SK-0001", total: 70),
    ]
    let entries = ["SK-0001", "SK-0002", "SK-0003", "SK-0004"].map { entry($0, assigned: 1) }
    let ranking = Ranker.rank(entries: entries, sheets: sheets, round: round())
    #expect(ranking.entries.map(\.entry.code) == ["SK-0004", "SK-0002", "SK-0003", "SK-0001"])
    #expect(ranking.entries.map(\.rank) == [1, 2, 2, 4])
  }

  @Test("disagreement and incomplete are flagged; unscored entries come last, unranked")
  func flags() {
    let sheets = [
      sheet("a", "X", total: 60), sheet("b", "X", total: 80), sheet("c", "X", total: 70),
      sheet("a", "Y", total: 60), sheet("b", "Y", total: 79.5), sheet("c", "Y", total: 70),
      sheet("a", "Z", total: 90),
    ]
    let ranking = Ranker.rank(
      entries: [entry("X"), entry("Y"), entry("Z"), entry("W")], sheets: sheets, round: round())
    let byCode = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.entry.code, $0) })
    #expect(byCode["X"]?.flags == [.disagreement])  // 80 − 60 = 20 ≥ 20
    #expect(byCode["Y"]?.flags == [])  // 19.5 < 20
    #expect(byCode["Z"]?.flags == [.incomplete])
    #expect(byCode["Z"]?.rank == 1)
    #expect(ranking.entries.last?.entry.code == "W")
    #expect(ranking.entries.last?.rank == nil)
    #expect(ranking.entries.last?.flags == [.incomplete])
    // Effectiveness of X's sheets: 15, 30 and 25 (the fixture fills leaves in order).
    #expect(byCode["X"]?.criterionMeans["effectiveness"] == ExactMean(sum: Points(70)!, count: 3))
  }
}

@Suite("Advancement")
struct AdvancementTests {
  static func ranking(_ totals: [(String, Decimal)], incomplete: Set<String> = []) -> Ranking {
    let sheets = totals.map { sheet("j", $0.0, total: $0.1) }
    let entries = totals.map { entry($0.0, assigned: incomplete.contains($0.0) ? 2 : 1) }
    return Ranker.rank(entries: entries, sheets: sheets, round: round())
  }

  @Test("entries tied at the cut all advance and are listed")
  func tiesAtCut() {
    let r = Self.ranking([("A", 90), ("B", 80), ("C", 80), ("D", 70)])
    let result = Advancer.advance(r, rule: Advancement(top: 2), tieBreak: ["effectiveness"])
    #expect(result.advancing == ["A", "B", "C"])
    #expect(result.tiedAtCut == ["B", "C"])
  }

  @Test("incomplete entries never advance and take no place; the minimum score applies")
  func incompleteAndMinimum() {
    let r = Self.ranking([("A", 90), ("B", 85), ("C", 80), ("D", 45)], incomplete: ["B"])
    let result = Advancer.advance(r, rule: Advancement(top: 3, minScore: 50), tieBreak: [])
    #expect(result.advancing == ["A", "C"])
    #expect(result.incomplete == ["B"])
  }

  @Test("per category, each category has its own top N")
  func perCategory() {
    let sheets = [("A", 90), ("B", 80), ("C", 70), ("D", 60)].map {
      sheet("j", $0.0, total: Decimal($0.1))
    }
    let entries = [
      entry("A", category: .idea, assigned: 1), entry("B", category: .idea, assigned: 1),
      entry("C", category: .model, assigned: 1), entry("D", category: .model, assigned: 1),
    ]
    let r = Ranker.rank(entries: entries, sheets: sheets, round: round())
    let result = Advancer.advance(r, rule: Advancement(top: 1, perCategory: true), tieBreak: [])
    #expect(result.advancing == ["A", "C"])
  }
}
