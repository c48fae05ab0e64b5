import Foundation
import SangKienModel
import Testing

@testable import SangKienScoring

@Suite("Judge statistics")
struct JudgeStatisticsTests {
  @Test("severity is the mean difference from co-judges on the same entries")
  func severity() throws {
    // A scores X 60, Y 70; B scores X 80, Y 90; C scores only Z.
    let sheets = [
      sheet("A", "X", total: 60), sheet("A", "Y", total: 70), sheet("B", "X", total: 80),
      sheet("B", "Y", total: 90), sheet("C", "Z", total: 75),
    ]
    let profiles = Dictionary(
      uniqueKeysWithValues: JudgeStatistics.profiles(sheets).map { ($0.judge, $0) })
    #expect(profiles["A"]?.severity == -20)
    #expect(profiles["B"]?.severity == 20)
    #expect(profiles["C"]?.severity == nil)
    #expect(profiles["A"]?.mean == 65)
    // Sample SD of 60 and 70: √50.
    #expect(abs((profiles["A"]?.standardDeviation ?? 0) - 50.0.squareRoot()) < 1e-9)
  }

  @Test("a clear winner keeps its prize in every resample; a near tie does not")
  func stability() {
    let sheets = [
      sheet("a", "W", total: 95), sheet("b", "W", total: 94), sheet("c", "W", total: 96),
      sheet("a", "P", total: 72), sheet("b", "P", total: 61), sheet("c", "P", total: 75),
      sheet("a", "Q", total: 70), sheet("b", "Q", total: 74), sheet("c", "Q", total: 62),
    ]
    let entries = ["W", "P", "Q"].map { entry($0) }
    let r = round()
    let ranking = Ranker.rank(entries: entries, sheets: sheets, round: r)
    let rules = PrizeRules(
      round: "so-khao",
      groups: [
        "individual": [
          Prize(name: "Nhất", count: 1, minScore: 80), Prize(name: "Nhì", count: 1, minScore: 60),
        ]
      ])
    let groups = [EntrantGroup(name: "individual", kinds: [.individual])]
    let stability = JudgeStatistics.prizeStability(
      ranking: ranking, sheets: sheets, round: r, rules: rules, groups: groups, replicates: 400,
      seed: 7)
    #expect(stability["W"] == 1)
    let second = stability["P"] ?? stability["Q"] ?? 0
    #expect(second > 0.2 && second < 0.9, "\(stability)")
    let again = JudgeStatistics.prizeStability(
      ranking: ranking, sheets: sheets, round: r, rules: rules, groups: groups, replicates: 400,
      seed: 7)
    #expect(again == stability)
  }

  @Test(
    "the resampling shortcut gives what ranking the resampled sheets gives",
    arguments: [Aggregation.mean, .median, .trimmed])
  func shortcutMatchesRanking(method: Aggregation) {
    // Coarse scores so ties (also on the tie-break criteria) are common; some entries lack a
    // sheet (incomplete), some judges disagree widely, two prize groups, a minimum score.
    var random = SeededGenerator(seed: 11)
    var sheets: [ScoreSheet] = []
    var entries: [RankingEntry] = []
    for index in 0..<30 {
      let code = "E\(index)"
      let judges = 3 + random.below(3)
      let given = random.below(8) == 0 ? judges - 1 : judges
      entries.append(
        entry(code, group: index % 3 == 0 ? "collective" : "individual", assigned: judges))
      for judge in 0..<given {
        let total = Decimal(55 + 5 * random.below(8))
        sheets.append(
          sheet(
            "j\(judge)", code, total: total, effectiveness: Decimal(15 + 5 * random.below(3)),
            novelty: Decimal(10 + 5 * random.below(2))))
      }
    }
    let r = round(method, disagreement: 15)
    let ranking = Ranker.rank(entries: entries, sheets: sheets, round: r)
    let rules = PrizeRules(
      round: "so-khao",
      groups: [
        "individual": [
          Prize(name: "Nhất", count: 1, minScore: 80), Prize(name: "Nhì", count: 2, minScore: 70),
          Prize(name: "Ba", count: 3, minScore: 60),
        ],
        "collective": [
          Prize(name: "Nhất", count: 1, minScore: 0), Prize(name: "Nhì", count: 2, minScore: 0),
        ],
      ])
    let groups = [
      EntrantGroup(name: "individual", kinds: [.individual]),
      EntrantGroup(name: "collective", kinds: [.collective]),
    ]
    func stability(general: Bool) -> [String: Double] {
      JudgeStatistics.prizeStability(
        ranking: ranking, sheets: sheets, round: r, rules: rules, groups: groups,
        replicates: 300, seed: 5, progress: nil, alwaysGeneral: general)
    }
    let shortcut = stability(general: false)
    #expect(shortcut == stability(general: true))
    #expect(shortcut.count >= 4)
    #expect(shortcut.values.contains { $0 > 0 && $0 < 1 }, "\(shortcut)")
  }
}
