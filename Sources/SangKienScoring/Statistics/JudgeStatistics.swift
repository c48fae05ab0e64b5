import Foundation
import SangKienModel

/// How one judge scored in a round.
public struct JudgeProfile: Hashable, Sendable {
  /// The judge's id.
  public var judge: String
  /// Sheets scored.
  public var count: Int
  /// Mean total.
  public var mean: Double
  /// Sample standard deviation of the totals (0 with one sheet).
  public var standardDeviation: Double
  /// Mean of (this judge's total − the mean of the other judges' totals) over the entries
  /// scored with others: negative is harsher than the co-judges, positive more lenient.
  /// Nil when the judge shares no entry.
  public var severity: Double?
  /// The judge's totals, for plots.
  public var totals: [Double]
}

/// Statistics about the judges of a round: pure.
public enum JudgeStatistics {
  /// Each judge's profile, by judge id.
  public static func profiles(_ sheets: [ScoreSheet]) -> [JudgeProfile] {
    let byEntry = Dictionary(grouping: sheets, by: \.entry)
    return Dictionary(grouping: sheets, by: \.judge).map { judge, own in
      let totals = own.map(\.total.double)
      let mean = totals.reduce(0, +) / Double(totals.count)
      let variance =
        totals.count > 1
        ? totals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(totals.count - 1) : 0
      var differences: [Double] = []
      for sheet in own {
        let others = (byEntry[sheet.entry] ?? []).filter { $0.judge != judge }.map(\.total.double)
        guard !others.isEmpty else { continue }
        differences.append(sheet.total.double - others.reduce(0, +) / Double(others.count))
      }
      return JudgeProfile(
        judge: judge, count: own.count, mean: mean, standardDeviation: variance.squareRoot(),
        severity: differences.isEmpty ? nil : differences.reduce(0, +) / Double(differences.count),
        totals: totals)
    }.sorted { $0.judge < $1.judge }
  }

  /// For each entry of the ranking that won a prize, how often it keeps that prize when each
  /// entry's own judges are resampled with replacement `replicates` times (seeded).
  public static func prizeStability(
    ranking: Ranking, sheets: [ScoreSheet], round: Round, rules: PrizeRules,
    groups: [EntrantGroup], replicates: Int = 1000, seed: UInt64 = 1,
    decided: [String: String] = [:], progress: ((Int) -> Void)? = nil
  ) -> [String: Double] {
    prizeStability(
      ranking: ranking, sheets: sheets, round: round, rules: rules, groups: groups,
      replicates: replicates, seed: seed, decided: decided, progress: progress,
      alwaysGeneral: false)
  }

  /// As above; `alwaysGeneral` ranks every replicate with `Ranker.rank` even where the
  /// resampler's shortcut applies, so tests can hold the two to the same results.
  static func prizeStability(
    ranking: Ranking, sheets: [ScoreSheet], round: Round, rules: PrizeRules,
    groups: [EntrantGroup], replicates: Int, seed: UInt64, decided: [String: String] = [:],
    progress: ((Int) -> Void)?, alwaysGeneral: Bool
  ) -> [String: Double] {
    let outcome = PrizeAllocator.allocate(
      ranking, rules: rules, groups: groups, tieBreak: round.tieBreak)
    // The prizes the allocation gives, and those the jury decided among tied entries
    // (`decided`, code → prize): a replicate keeps a decided prize when the entry wins it
    // outright or is again among those tied for it.
    let allocated = Dictionary(
      outcome.flatMap(\.awards).map { ($0.code, $0.prize) }, uniquingKeysWith: { a, _ in a })
    let byJury = decided.filter { allocated[$0.key] == nil }
    let winners = allocated.merging(byJury) { allocated, _ in allocated }
    guard !winners.isEmpty, replicates > 0 else { return [:] }
    // In code order, so the same seed draws the same way in every process.
    let byEntry = Dictionary(grouping: sheets) { $0.entry }.sorted { $0.key < $1.key }
    let resampler: Resampler? =
      round.aggregation != .zscore && !alwaysGeneral
      ? Resampler(ranking: ranking, byEntry: byEntry, round: round) : nil
    // For the general way: each entry's sheets renamed once for every place they can be
    // drawn into ("gk01#0", "gk01#1", …), so a judge drawn twice counts twice.
    let pools: [[[ScoreSheet]]] =
      resampler != nil
      ? []
      : byEntry.map { entry, own in
        own.indices.map { index in
          own.map { sheet in
            var renamed = sheet
            renamed.judge = "\(sheet.judge)#\(index)"
            renamed.entry = entry
            return renamed
          }
        }
      }
    let entries = ranking.entries.map(\.entry)
    // Replicates are independent, each with its own generator seeded from `seed` and its
    // number, so they can run on every core and still come out the same on any machine.
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    let tally = Tally()
    var done = 0
    while done < replicates {
      progress?(done)
      let (first, end) = (done, min(replicates, done + 64 * workers))
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var own = resampler
        var resampled: [ScoreSheet] = []
        var kept: [String: Int] = [:]
        for replicate in stride(from: first + worker, to: end, by: workers) {
          var random = SeededGenerator(
            seed: seed &+ UInt64(replicate) &* 0xD1B5_4A32_D192_ED03)
          let ranked: Ranking
          if own != nil {
            ranked = own!.next(&random)
          } else {
            resampled.removeAll(keepingCapacity: true)
            for pool in pools {
              for place in pool {
                resampled.append(place[Int(random.next() % UInt64(place.count))])
              }
            }
            ranked = Ranker.rank(
              entries: entries, sheets: resampled, round: round, meansOf: round.tieBreak)
          }
          for group in PrizeAllocator.allocate(
            ranked, rules: rules, groups: groups, tieBreak: round.tieBreak)
          {
            for award in group.awards where winners[award.code] == award.prize {
              kept[award.code, default: 0] += 1
            }
            for pending in group.pending {
              for code in pending.among where byJury[code] == pending.prize {
                kept[code, default: 0] += 1
              }
            }
          }
        }
        tally.add(kept)
      }
      done = end
    }
    let kept = tally.counts
    return winners.keys.reduce(into: [:]) { result, code in
      result[code] = Double(kept[code] ?? 0) / Double(replicates)
    }
  }
}

/// Draws resampled rankings for the exact aggregations (mean, median, trimmed mean) the way
/// `Ranker.rank` would rank the resampled sheets, without building sheets: each entry's
/// totals and tie-break criterion points are drawn as numbers. Only what prizes depend on
/// is filled in (score, tie-break means, the incomplete flag); judge totals, titles and the
/// disagreement flag stay empty, as prizes do not depend on them.
struct Resampler: Sendable {
  /// One entry's own sheets as numbers.
  struct Pool {
    /// The entry's place in the ranking's entry list, nil when it is not ranked.
    var index: Int?
    var totals: [Points]
    /// Per sheet, the tie-break criteria's points in `round.tieBreak` order.
    var ties: [[Int64]]
  }

  let round: Round
  let templates: [RankedEntry]
  let pools: [Pool]
  private var drawn: [Points] = []
  private var tieSums: [Int64]

  init(ranking: Ranking, byEntry: [(key: String, value: [ScoreSheet])], round: Round) {
    self.round = round
    let positions = Dictionary(
      ranking.entries.enumerated().map { ($0.element.entry.code, $0.offset) },
      uniquingKeysWith: { a, _ in a })
    var counts: [String: Int] = [:]
    pools = byEntry.map { code, own in
      counts[code] = own.count
      return Pool(
        index: positions[code], totals: own.map(\.total),
        ties: own.map { sheet in round.tieBreak.map { sheet.points[$0]?.units ?? 0 } })
    }
    templates = ranking.entries.map { ranked in
      let count = counts[ranked.entry.code] ?? 0
      var flags: Set<RankingFlag> = []
      if count == 0 || count < ranked.entry.assignedJudges { flags.insert(.incomplete) }
      // Without its title: a replicate copies every entry, and prizes need only the code,
      // group and count of judges (short strings are stored inline, long ones counted).
      var entry = ranked.entry
      entry.title = ""
      return RankedEntry(
        rank: nil, entry: entry, hundredths: nil, aggregate: nil, judgeTotals: [:],
        criterionMeans: [:], flags: flags, prize: nil)
    }
    tieSums = Array(repeating: 0, count: round.tieBreak.count)
  }

  /// The next resampled ranking, drawing from `random` in the same order as resampling
  /// the sheets would.
  mutating func next(_ random: inout SeededGenerator) -> Ranking {
    var entries = templates
    for pool in pools {
      drawn.removeAll(keepingCapacity: true)
      for t in tieSums.indices { tieSums[t] = 0 }
      for _ in pool.totals.indices {
        let k = Int(random.next() % UInt64(pool.totals.count))
        drawn.append(pool.totals[k])
        for t in tieSums.indices { tieSums[t] += pool.ties[k][t] }
      }
      guard let index = pool.index, !drawn.isEmpty else { continue }
      let exact = Ranker.exactAggregate(
        drawn, method: round.aggregation, trimFrom: round.trimMinJudges)
      entries[index].hundredths = exact.hundredths
      entries[index].aggregate = exact.double
      for (t, id) in round.tieBreak.enumerated() {
        entries[index].criterionMeans[id] = ExactMean(
          sum: Points(units: tieSums[t]), count: drawn.count)
      }
    }
    return Ranking(
      round: round.id, method: round.aggregation,
      entries: Ranker.assignRanks(entries, tieBreak: round.tieBreak))
  }
}

/// Counts gathered from the bootstrap's workers.
private final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var total: [String: Int] = [:]

  func add(_ counts: [String: Int]) {
    lock.lock()
    defer { lock.unlock() }
    total.merge(counts, uniquingKeysWith: +)
  }

  var counts: [String: Int] {
    lock.lock()
    defer { lock.unlock() }
    return total
  }
}
