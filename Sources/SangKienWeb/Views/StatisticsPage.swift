import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// What `statistics.mustache` shows: each judge's profile, how far the judges agree, the
/// charts of the report, the entries they disagree on and how firm the prizes are.
struct StatisticsPage {
  /// A row of the judges' table.
  struct Row {
    var cells: [String]
  }

  /// An agreement measure and what its value means.
  struct Measure {
    var name: String
    var value: String
    var meaning: String
  }

  /// An entry the judges disagree on, with each judge's total.
  struct Disagreement {
    var code: String
    var href: String
    var totals: String
  }

  /// How often an entry keeps its prize when the sheets are resampled.
  struct Firmness {
    var code: String
    var prize: String
    var percent: String
  }

  let t = WebWords.words(for: .statistics)
  var heading: String
  var roundsLabel = Words.round
  var rounds: [RoundLink]
  var profileHeaders: [String]
  var profiles: [Row]
  var reliability: [Measure]
  var kendall: String
  var judgeChart: String
  var entryChart: String
  var disagreements: [Disagreement]
  var hasDisagreements: Bool
  var stabilityHeading: String
  var stability: [Firmness]
  var hasStability: Bool

  /// The page of `stats`, with `ranking` (the same round's) for the charts.
  init(
    _ stats: RoundStatistics, ranking: Ranking, rubric: Rubric, contest: Contest, replicates: Int
  ) {
    let maximum = NSDecimalNumber(decimal: rubric.total).doubleValue
    var byJudge: [String: [Double]] = [:]
    for line in ranking.entries {
      for (judge, total) in line.judgeTotals { byJudge[judge, default: []].append(total.double) }
    }
    let top = ranking.entries.prefix(10).map { line in
      (
        label: line.entry.code,
        score: line.score.map { NSDecimalNumber(decimal: $0).doubleValue },
        totals: line.judgeTotals.sorted { $0.key < $1.key }.map(\.value.double)
      )
    }
    let document = StatisticsDocument(stats)
    let name = contest.rounds.first { $0.id == stats.round }?.name ?? stats.round
    heading = WebText.statisticsHeading(name)
    rounds = RoundLink.all(contest.rounds, current: stats.round, path: "/statistics")
    profileHeaders = document.tableHeaders
    profiles = document.tableRows.map { Row(cells: $0) }
    reliability = [
      Measure(
        name: stats.reliability.name, value: Self.two(stats.reliability.value),
        meaning: stats.reliability.meaning)
    ]
    kendall = stats.kendallW.map { WebText.kendall(Self.two($0)) } ?? ""
    judgeChart = Charts.judgeStrips(
      byJudge.keys.sorted().map { ($0, byJudge[$0] ?? []) }, maximum: maximum)
    entryChart = Charts.entrySpread(Array(top), maximum: maximum)
    disagreements = stats.disagreements.map { item in
      Disagreement(
        code: item.code, href: "/entries/\(item.code)",
        totals: item.totals.map { "\($0.judge): \(NumberFormat.shown($0.total.decimal))" }
          .joined(separator: " · "))
    }
    hasDisagreements = !disagreements.isEmpty
    stabilityHeading = WebText.stabilityHeading(replicates)
    stability = stats.stability.map {
      Firmness(
        code: $0.code, prize: $0.prize, percent: "\(Int(($0.probability * 100).rounded())) %")
    }
    hasStability = !stability.isEmpty
  }

  static func two(_ value: Double?) -> String { StatisticsDocument.two(value) }
}
