import Foundation
import SangKienModel

/// The statistics of a round that let organisers answer a complaint: each judge's profile,
/// how far the judges agree (and what that means), the disagreements, and how stable the
/// prizes are when judges are resampled.
public struct RoundStatistics: Sendable {
  /// The reliability measure used, its value, and what it means in words.
  public struct Reliability: Sendable, Equatable {
    /// `ICC(2,k)` or `Krippendorff α`.
    public var name: String
    /// The value; nil when there is too little data.
    public var value: Double?
    /// What the value means, for a jury.
    public var meaning: String
  }

  /// An entry the judges disagree on.
  public struct Disagreement: Sendable, Equatable {
    /// The entry's code.
    public var code: String
    /// Each judge's total, by judge id.
    public var totals: [(judge: String, total: Points)]

    /// Equal when the same entry has the same totals from the same judges.
    public static func == (a: Self, b: Self) -> Bool {
      a.code == b.code && a.totals.map(\.judge) == b.totals.map(\.judge)
        && a.totals.map(\.total) == b.totals.map(\.total)
    }
  }

  /// A prize winner and how often it keeps its prize when judges are resampled.
  public struct Stability: Sendable, Equatable {
    /// The entry's code.
    public var code: String
    /// Its prize.
    public var prize: String
    /// The share of resamples in which it keeps that prize.
    public var probability: Double
  }

  /// The round's id.
  public var round: String
  /// Each judge's profile.
  public var profiles: [JudgeProfile]
  /// How far the judges agree.
  public var reliability: Reliability
  /// Kendall's W, when every judge scored every entry.
  public var kendallW: Double?
  /// Entries flagged for disagreement.
  public var disagreements: [Disagreement]
  /// Prize winners' stability (empty outside the prize round or without resamples).
  public var stability: [Stability]

  /// The statistics of a round.
  ///
  /// - Parameters:
  ///   - sheets: the round's sheets of entries in the round.
  ///   - plain: the ranking without prizes; `ranked` the same with prizes
  ///     (`PrizeAllocator.awarded`), so callers rank only once.
  ///   - replicates: bootstrap resamples; none skips the bootstrap.
  ///   - progress: told how many resamples are done.
  public static func compute(
    sheets: [ScoreSheet], plain: Ranking, ranked ranking: Ranking, round: Round,
    rules: PrizeRules?, groups: [EntrantGroup], replicates: Int, seed: UInt64,
    progress: ((Int) -> Void)? = nil
  ) -> RoundStatistics {
    let byEntry = Dictionary(grouping: sheets, by: \.entry)
    let judges = Set(sheets.map(\.judge)).sorted()
    let entries = byEntry.keys.sorted()
    let reliability: Reliability
    var w: Double? = nil
    // Fully crossed (every entry scored by every judge of the round): ICC(2,k) and
    // Kendall's W apply; otherwise Krippendorff's interval α, which takes missing cells.
    let crossed =
      !entries.isEmpty && judges.count >= 2
      && entries.allSatisfy { byEntry[$0]?.count == judges.count }
    if crossed {
      let matrix = entries.map { code in
        judges.map { judge in byEntry[code]?.first { $0.judge == judge }?.total.double ?? 0 }
      }
      let icc = SangKienScoring.Reliability.icc2k(matrix)
      reliability = Reliability(name: "ICC(2,k)", value: icc, meaning: meaningOfICC(icc))
      w = SangKienScoring.Reliability.kendallW(
        judges.indices.map { column in matrix.map { $0[column] } })
    } else {
      let alpha = SangKienScoring.Reliability.krippendorffInterval(
        entries.map { byEntry[$0]?.map(\.total.double) ?? [] })
      reliability = Reliability(
        name: "Krippendorff α", value: alpha, meaning: meaningOfAlpha(alpha))
    }
    let disagreements = ranking.entries.filter { $0.flags.contains(.disagreement) }.map { entry in
      Disagreement(
        code: entry.entry.code,
        totals: entry.judgeTotals.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
    var stability: [Stability] = []
    if let rules, rules.round == round.id, replicates > 0 {
      // Every prize given, the jury's decisions on ties included.
      let given = Dictionary(
        ranking.entries.compactMap { e in e.prize.map { (e.entry.code, $0) } },
        uniquingKeysWith: { a, _ in a })
      let probabilities = JudgeStatistics.prizeStability(
        ranking: plain, sheets: sheets, round: round, rules: rules, groups: groups,
        replicates: replicates, seed: seed, decided: given, progress: progress)
      for entry in ranking.entries {
        if let prize = entry.prize, let p = probabilities[entry.entry.code] {
          stability.append(Stability(code: entry.entry.code, prize: prize, probability: p))
        }
      }
    }
    return RoundStatistics(
      round: round.id, profiles: JudgeStatistics.profiles(sheets), reliability: reliability,
      kendallW: w, disagreements: disagreements, stability: stability)
  }

  /// What an ICC(2,k) value means (Koo and Li 2016: < .5 poor, .5–.75 moderate, .75–.9
  /// good, > .9 excellent).
  public static func meaningOfICC(_ value: Double?) -> String {
    guard let value else { return ScoringText.notEnoughData }
    let level =
      value < 0.5
      ? ScoringText.poor
      : value < 0.75 ? ScoringText.moderate : value < 0.9 ? ScoringText.good : ScoringText.excellent
    return ScoringText.iccMeaning(level: level, stable: value >= 0.75)
  }

  /// What a Krippendorff α value means (≥ .8 reliable, .667–.8 tentative conclusions only).
  public static func meaningOfAlpha(_ value: Double?) -> String {
    guard let value else { return ScoringText.notEnoughData }
    return value >= 0.8
      ? ScoringText.alphaReliable
      : value >= 0.667 ? ScoringText.alphaTentative : ScoringText.alphaLow
  }
}
