import Foundation
import SangKienModel
import Testing

@testable import SangKienScoring

@Suite("Prizes")
struct PrizeTests {
  static let groups = [
    EntrantGroup(name: "individual", kinds: [.individual]),
    EntrantGroup(name: "collective", kinds: [.collective]),
  ]
  static let prizes = [
    Prize(name: "Nhất", count: 1, minScore: 80), Prize(name: "Nhì", count: 2, minScore: 70),
    Prize(name: "Ba", count: 2, minScore: 60),
  ]

  static func outcome(
    _ totals: [(String, Decimal)], rollDown: Bool = false, incomplete: Set<String> = [],
    decisions: [PrizeDecision] = []
  ) -> PrizeOutcome {
    let sheets = totals.map { sheet("j", $0.0, total: $0.1) }
    let entries = totals.map { entry($0.0, assigned: incomplete.contains($0.0) ? 2 : 1) }
    let ranking = Ranker.rank(entries: entries, sheets: sheets, round: round())
    let rules = PrizeRules(round: "so-khao", rollDown: rollDown, groups: ["individual": prizes])
    return PrizeAllocator.allocate(
      ranking, rules: rules, groups: groups, tieBreak: [], decisions: decisions)[0]
  }

  static func decision(_ prize: String, _ codes: [String]) -> PrizeDecision {
    PrizeDecision(group: "individual", prize: prize, award: codes, reason: "Biên bản họp")
  }

  @Test("the jury's decision fills the places left by a tie; the rest of the tie goes on")
  func decided() {
    // B and C tie for Nhì's last place (A took one of its two): one Nhì pending, then Ba.
    let totals: [(String, Decimal)] = [("A", 75), ("B", 72), ("C", 72), ("D", 65)]
    let open = Self.outcome([("X", 85)] + totals)
    #expect(open.pending.map(\.prize) == ["Nhì", "Ba"])
    let o = Self.outcome([("X", 85)] + totals, decisions: [Self.decision("Nhì", ["C"])])
    #expect(Self.awards(o) == ["Nhất:X", "Nhì:A", "Nhì:C", "Ba:B", "Ba:D"])
    #expect(o.pending.isEmpty)
    #expect(o.awards.first { $0.code == "C" }?.decided == "Biên bản họp")
    #expect(o.awards.first { $0.code == "B" }?.decided == nil)
    // The boundary stays flagged: the tie was real.
    #expect(
      o.ranking.entries.first { $0.entry.code == "B" }?.flags.contains(.tieAtPrizeBoundary) == true)
  }

  @Test(
    "a decision that does not fit the pending places is not applied",
    arguments: [["A"], ["B", "C"], ["Z"], []])
  func decisionIgnored(codes: [String]) {
    let totals: [(String, Decimal)] = [("X", 85), ("A", 75), ("B", 72), ("C", 72), ("D", 65)]
    let o = Self.outcome(totals, decisions: [Self.decision("Nhì", codes)])
    #expect(o.pending.map(\.prize) == ["Nhì", "Ba"])
    #expect(o.awards.allSatisfy { $0.decided == nil })
  }

  static func awards(_ outcome: PrizeOutcome) -> [String] {
    outcome.awards.map { "\($0.prize):\($0.code)" }
  }

  @Test("prizes go down the ranking, one per entry, each to entries reaching its minimum")
  func straight() {
    let o = Self.outcome([("A", 85), ("B", 75), ("C", 72), ("D", 65), ("E", 61), ("F", 59)])
    #expect(Self.awards(o) == ["Nhất:A", "Nhì:B", "Nhì:C", "Ba:D", "Ba:E"])
    #expect(o.pending.isEmpty && o.unfilled.isEmpty)
  }

  @Test("a place no entry reaches stays empty; the entry goes on to the prize it reaches")
  func unfilled() {
    let o = Self.outcome([("A", 78), ("B", 75), ("C", 65)])
    #expect(Self.awards(o) == ["Nhì:A", "Nhì:B", "Ba:C"])
    #expect(o.unfilled.map { "\($0.prize):\($0.places)" } == ["Nhất:1", "Ba:1"])
  }

  @Test("with roll_down the empty places pass to the next prize")
  func rollDown() {
    let o = Self.outcome([("A", 78), ("B", 75), ("C", 72), ("D", 65)], rollDown: true)
    // Nhất's place rolls to Nhì: three Nhì places for A, B, C.
    #expect(Self.awards(o) == ["Nhì:A", "Nhì:B", "Nhì:C", "Ba:D"])
  }

  @Test("a shared rank straddling a prize's last place is flagged and left to the jury")
  func boundaryTie() {
    let o = Self.outcome([("A", 85), ("B", 75), ("C", 72), ("D", 72), ("E", 65)])
    #expect(Self.awards(o) == ["Nhất:A", "Nhì:B", "Ba:E"])
    #expect(
      o.pending == [
        .init(prize: "Nhì", places: 1, among: ["C", "D"]),
        .init(prize: "Ba", places: 1, among: ["C", "D"]),
      ])
    let flagged = o.ranking.entries.filter { $0.flags.contains(.tieAtPrizeBoundary) }.map(
      \.entry.code)
    #expect(flagged == ["C", "D"])
    #expect(o.ranking.entries.first { $0.entry.code == "C" }?.prize == nil)
  }

  @Test("a tie that fits inside a prize shares it")
  func tieInside() {
    let o = Self.outcome([("A", 85), ("B", 75), ("C", 75)])
    #expect(Self.awards(o) == ["Nhất:A", "Nhì:B", "Nhì:C"])
    #expect(o.pending.isEmpty)
  }

  @Test("incomplete entries do not win")
  func incomplete() {
    let o = Self.outcome([("A", 85), ("B", 82)], incomplete: ["A"])
    #expect(Self.awards(o) == ["Nhất:B"])
  }
}
