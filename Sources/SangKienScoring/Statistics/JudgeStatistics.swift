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
    progress: ((Int) -> Void)? = nil
  ) -> [String: Double] {
    let outcome = PrizeAllocator.allocate(
      ranking, rules: rules, groups: groups, tieBreak: round.tieBreak)
    let winners = Dictionary(
      outcome.flatMap(\.awards).map { ($0.code, $0.prize) }, uniquingKeysWith: { a, _ in a })
    guard !winners.isEmpty, replicates > 0 else { return [:] }
    let entries = ranking.entries.map(\.entry)
    let byEntry = Dictionary(grouping: sheets, by: \.entry)
    var kept: [String: Int] = [:]
    var random = SeededGenerator(seed: seed)
    for replicate in 0..<replicates {
      progress?(replicate)
      var resampled: [ScoreSheet] = []
      // In code order, so the same seed draws the same way in every process.
      for (entry, own) in byEntry.sorted(by: { $0.key < $1.key }) {
        for index in own.indices {
          var sheet = own[Int(random.next() % UInt64(own.count))]
          sheet.judge = "\(sheet.judge)#\(index)"  // a drawn judge may appear twice
          sheet.entry = entry
          resampled.append(sheet)
        }
      }
      let replicate = Ranker.rank(entries: entries, sheets: resampled, round: round)
      for group in PrizeAllocator.allocate(
        replicate, rules: rules, groups: groups, tieBreak: round.tieBreak)
      {
        for award in group.awards where winners[award.code] == award.prize {
          kept[award.code, default: 0] += 1
        }
      }
    }
    return winners.keys.reduce(into: [:]) { result, code in
      result[code] = Double(kept[code] ?? 0) / Double(replicates)
    }
  }
}
