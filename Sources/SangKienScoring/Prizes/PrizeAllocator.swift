import Foundation
import SangKienModel

/// Prizes given in one group.
public struct PrizeOutcome: Hashable, Sendable {
  /// One prize given to one entry.
  public struct Award: Hashable, Sendable {
    /// The prize's name.
    public var prize: String
    /// The entry's code.
    public var code: String
    /// Its rank in the group.
    public var rank: Int
    /// Its score.
    public var score: Decimal
    /// The jury's reason, when the place was decided by the jury after a tie.
    public var decided: String?
  }

  /// Places the jury must fill: a shared rank straddles the prize's last place.
  public struct Pending: Hashable, Sendable {
    /// The prize's name.
    public var prize: String
    /// How many of its places are undecided.
    public var places: Int
    /// The tied entries the places are to go to.
    public var among: [String]
  }

  /// Places no entry qualified for (not rolled down).
  public struct Unfilled: Hashable, Sendable {
    /// The prize's name.
    public var prize: String
    /// How many places stay empty.
    public var places: Int
  }

  /// The group's id.
  public var group: String
  /// The awards, best first.
  public var awards: [Award]
  /// Places left to the jury.
  public var pending: [Pending]
  /// Places left empty.
  public var unfilled: [Unfilled]
  /// The group's ranking with prizes and flags filled in.
  public var ranking: Ranking
}

/// Allocates prizes down each group's ranking: pure.
public enum PrizeAllocator {
  /// Gives the prizes of each group to that group's complete entries in ranking order: one
  /// prize per entry, only to entries reaching the prize's minimum score. A place no entry
  /// qualifies for stays empty, or passes to the next prize when `rollDown`. A shared rank
  /// that does not fit in a prize's remaining places is flagged and its places are left
  /// to the jury, never broken at random.
  ///
  /// `decisions`: what the jury decided for such places; a decision applies only where its
  /// prize's places are pending because of a tie and it names as many of the tied entries as
  /// there are places (the others take the places after, as ranked).
  public static func allocate(
    _ ranking: Ranking, rules: PrizeRules, groups: [EntrantGroup], tieBreak: [String],
    decisions: [PrizeDecision] = []
  ) -> [PrizeOutcome] {
    groups.compactMap { group -> PrizeOutcome? in
      guard let prizes = rules.groups[group.name], !prizes.isEmpty else { return nil }
      var groupRanking = ranking.keeping({ $0.entry.group == group.name }, tieBreak: tieBreak)
      let eligible = groupRanking.keeping({ $0.isComplete && $0.score != nil }, tieBreak: tieBreak)
      var remaining = prizes.map(\.count)
      var outcome = PrizeOutcome(
        group: group.name, awards: [], pending: [], unfilled: [], ranking: groupRanking)
      var prizeOf: [String: String] = [:]
      var boundary: Set<String> = []
      var current = 0
      // Moves past prizes that are full or that `score` does not reach.
      func skip(below score: Decimal) {
        while current < prizes.count
          && (remaining[current] == 0 || prizes[current].minScore > score)
        {
          if remaining[current] > 0 {
            if rules.rollDown && current + 1 < prizes.count {
              remaining[current + 1] += remaining[current]
            } else {
              outcome.unfilled.append(
                .init(prize: prizes[current].name, places: remaining[current]))
            }
            remaining[current] = 0
          }
          current += 1
        }
      }
      var index = 0
      let entries = eligible.entries
      while index < entries.count {
        let rank = entries[index].rank
        var tied = Array(entries[index...].prefix { $0.rank == rank })
        index += tied.count
        guard let score = tied.first?.score else { continue }
        while !tied.isEmpty {
          skip(below: score)
          guard current < prizes.count else { break }
          let prize = prizes[current].name
          if tied.count <= remaining[current] {
            for entry in tied {
              prizeOf[entry.entry.code] = prize
              outcome.awards.append(
                .init(prize: prize, code: entry.entry.code, rank: rank ?? 0, score: score))
            }
            remaining[current] -= tied.count
            break
          }
          let codes = tied.map(\.entry.code)
          boundary.formUnion(codes)
          // The jury decided these places: the entries it named take them; the rest of the
          // tie goes on to the places after.
          if let decision = decisions.first(where: { $0.group == group.name && $0.prize == prize }),
            decision.award.count == remaining[current], Set(decision.award).isSubset(of: codes)
          {
            for code in decision.award {
              prizeOf[code] = prize
              outcome.awards.append(
                .init(
                  prize: prize, code: code, rank: rank ?? 0, score: score, decided: decision.reason)
              )
            }
            remaining[current] = 0
            tied.removeAll { decision.award.contains($0.entry.code) }
            continue
          }
          // The tie does not fit: its entries take the next places of this prize and of the
          // prizes after it that they reach, all left to the jury.
          var left = tied.count
          while left > 0 {
            skip(below: score)
            guard current < prizes.count else { break }
            let places = min(left, remaining[current])
            outcome.pending.append(.init(prize: prizes[current].name, places: places, among: codes))
            remaining[current] -= places
            left -= places
          }
          break
        }
      }
      for rest in current..<prizes.count where remaining[rest] > 0 {
        outcome.unfilled.append(.init(prize: prizes[rest].name, places: remaining[rest]))
      }
      for position in groupRanking.entries.indices {
        let code = groupRanking.entries[position].entry.code
        groupRanking.entries[position].prize = prizeOf[code]
        if boundary.contains(code) {
          groupRanking.entries[position].flags.insert(.tieAtPrizeBoundary)
        }
      }
      outcome.ranking = groupRanking
      return outcome
    }
  }
}

extension PrizeAllocator {
  /// The ranking with each entry's prize and boundary flags filled in, and the outcomes
  /// themselves: the one place where prizes meet a ranking (`rank`, `prizes`, `publish`
  /// and the statistics all come through here). Outside the prize round, `ranking` as it
  /// is and no outcomes.
  public static func awarded(
    _ ranking: Ranking, round: Round, rules: PrizeRules?, groups: [EntrantGroup],
    decisions: [PrizeDecision] = []
  ) -> (ranking: Ranking, outcomes: [PrizeOutcome]) {
    guard let rules, rules.round == round.id else { return (ranking, []) }
    let outcomes = allocate(
      ranking, rules: rules, groups: groups, tieBreak: round.tieBreak, decisions: decisions)
    var byCode: [String: RankedEntry] = [:]
    for outcome in outcomes {
      for entry in outcome.ranking.entries { byCode[entry.entry.code] = entry }
    }
    var merged = ranking
    for index in merged.entries.indices {
      if let allocated = byCode[merged.entries[index].entry.code] {
        merged.entries[index].prize = allocated.prize
        merged.entries[index].flags = allocated.flags
      }
    }
    return (merged, outcomes)
  }
}
