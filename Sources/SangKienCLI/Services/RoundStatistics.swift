import Foundation
import SangKienModel
import SangKienScoring

/// The statistics of a round that let organisers answer a complaint.
struct RoundStatistics {
  var round: String
  var profiles: [JudgeProfile]
  /// The reliability measure used, its value, and what it means.
  var reliability: (name: String, value: Double?, meaning: String)
  /// Kendall's W, when every judge scored every entry.
  var kendallW: Double?
  /// Entries flagged for disagreement, with each judge's total.
  var disagreements: [(code: String, totals: [(String, Points)])]
  /// Prize winners and how often they keep their prize when judges are resampled.
  var stability: [(code: String, prize: String, probability: Double)]

  /// The statistics of `context`'s round; `plain` is its ranking without prizes, `ranked`
  /// the same with prizes (see `RankingService.withPrizes`), so callers rank only once.
  /// With no replicates the bootstrap is skipped.
  static func compute(
    _ context: RoundContext, plain: Ranking, ranked ranking: Ranking, replicates: Int,
    seed: UInt64
  ) -> RoundStatistics {
    let sheets = context.scoredSheets.filter { context.roster.contains(entry: $0.entry) }
    let byEntry = Dictionary(grouping: sheets, by: \.entry)
    let judges = Set(sheets.map(\.judge)).sorted()
    let entries = byEntry.keys.sorted()
    // Fully crossed when every entry was scored by every judge of the round.
    let crossed =
      !entries.isEmpty && judges.count >= 2
      && entries.allSatisfy { byEntry[$0]?.count == judges.count }
    var reliability: (String, Double?, String)
    var w: Double? = nil
    if crossed {
      let matrix = entries.map { code in
        judges.map { judge in byEntry[code]?.first { $0.judge == judge }?.total.double ?? 0 }
      }
      let icc = Reliability.icc2k(matrix)
      reliability = ("ICC(2,k)", icc, meaningOfICC(icc))
      w = Reliability.kendallW(
        judges.map { judge in matrix.map { $0[judges.firstIndex(of: judge)!] } })
    } else {
      let alpha = Reliability.krippendorffInterval(
        entries.map { byEntry[$0]?.map(\.total.double) ?? [] })
      reliability = ("Krippendorff α", alpha, meaningOfAlpha(alpha))
    }
    let disagreements = ranking.entries.filter { $0.flags.contains(.disagreement) }.map { entry in
      (entry.entry.code, entry.judgeTotals.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
    var stability: [(String, String, Double)] = []
    if let rules = context.contest.prizes, rules.round == context.round.id, replicates > 0 {
      let bar = ProgressBar(
        label: Language.text(vi: "Lấy mẫu lại", en: "Resampling"), total: replicates)
      let probabilities = JudgeStatistics.prizeStability(
        ranking: plain, sheets: sheets, round: context.round, rules: rules,
        groups: context.contest.groups, replicates: replicates, seed: seed,
        progress: { bar.update($0) })
      bar.finish()
      for entry in ranking.entries {
        if let prize = entry.prize, let p = probabilities[entry.entry.code] {
          stability.append((entry.entry.code, prize, p))
        }
      }
    }
    return RoundStatistics(
      round: context.round.id, profiles: JudgeStatistics.profiles(sheets), reliability: reliability,
      kendallW: w, disagreements: disagreements, stability: stability)
  }

  static func meaningOfICC(_ value: Double?) -> String {
    guard let value else {
      return Language.text(vi: "chưa đủ dữ liệu để tính", en: "not enough data to compute")
    }
    // Koo and Li (2016): < .5 poor, .5–.75 moderate, .75–.9 good, > .9 excellent.
    let level =
      value < 0.5
      ? Language.text(vi: "kém", en: "poor")
      : value < 0.75
        ? Language.text(vi: "trung bình", en: "moderate")
        : value < 0.9
          ? Language.text(vi: "tốt", en: "good") : Language.text(vi: "rất tốt", en: "excellent")
    return Language.text(
      vi:
        "độ tin cậy của điểm trung bình các giám khảo ở mức \(level): nếu chấm lại với một nhóm giám khảo khác như vậy, thứ tự điểm sẽ \(value < 0.75 ? "có thể thay đổi đáng kể" : "phần lớn giữ nguyên")",
      en:
        "the reliability of the judges' mean is \(level): another panel like this one would \(value < 0.75 ? "likely order the entries noticeably differently" : "mostly order the entries the same way")"
    )
  }

  static func meaningOfAlpha(_ value: Double?) -> String {
    guard let value else {
      return Language.text(vi: "chưa đủ dữ liệu để tính", en: "not enough data to compute")
    }
    // Krippendorff: ≥ .8 reliable, .667–.8 tentative conclusions only.
    return value >= 0.8
      ? Language.text(
        vi: "các giám khảo chấm cùng một sáng kiến thống nhất cao: đủ tin cậy",
        en: "judges scoring the same entry agree well: reliable")
      : value >= 0.667
        ? Language.text(
          vi: "mức thống nhất chỉ đủ cho kết luận thận trọng",
          en: "agreement supports tentative conclusions only")
        : Language.text(
          vi:
            "các giám khảo chấm cùng một sáng kiến thống nhất thấp: nên xem lại các sáng kiến chênh lệch",
          en: "judges scoring the same entry agree little: review the entries they disagree on")
  }

  /// As JSON.
  var json: JSONValue {
    func number(_ value: Double?) -> JSONValue {
      value.map { .number(String(format: "%.4f", $0)) } ?? .null
    }
    return .object([
      "round": .string(round),
      "judges": .array(
        profiles.map { p in
          .object([
            "judge": .string(p.judge), "count": .number(String(p.count)), "mean": number(p.mean),
            "sd": number(p.standardDeviation), "severity": number(p.severity),
          ])
        }),
      "reliability": .object([
        "measure": .string(reliability.name), "value": number(reliability.value),
        "meaning": .string(reliability.meaning),
      ]),
      "kendall_w": number(kendallW),
      "disagreements": .array(
        disagreements.map { d in
          .object([
            "code": .string(d.code),
            "totals": .object(
              Dictionary(
                uniqueKeysWithValues: d.totals.map { ($0.0, JSONValue.number($0.1.description)) })),
          ])
        }),
      "prize_stability": .array(
        stability.map { s in
          .object([
            "code": .string(s.code), "prize": .string(s.prize),
            "probability": number(s.probability),
          ])
        }),
    ])
  }
}
