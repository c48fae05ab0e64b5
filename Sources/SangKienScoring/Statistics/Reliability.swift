/// Agreement between judges: pure functions over totals.
public enum Reliability {
  /// ICC(2,k) of Shrout and Fleiss (1979): two-way random effects, absolute agreement, the
  /// reliability of the mean of k judges. `ratings[target][judge]`, every target rated by
  /// every judge; nil when there are fewer than 2 targets or judges.
  public static func icc2k(_ ratings: [[Double]]) -> Double? {
    let n = ratings.count
    guard n >= 2, let k = ratings.first?.count, k >= 2, ratings.allSatisfy({ $0.count == k })
    else { return nil }
    let grand = ratings.joined().reduce(0, +) / Double(n * k)
    let rowMeans = ratings.map { $0.reduce(0, +) / Double(k) }
    let columnMeans = (0..<k).map { j in ratings.map { $0[j] }.reduce(0, +) / Double(n) }
    let ssRows = Double(k) * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
    let ssColumns = Double(n) * columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
    var ssTotal = 0.0
    for row in ratings { for value in row { ssTotal += (value - grand) * (value - grand) } }
    let ssError = ssTotal - ssRows - ssColumns
    let bms = ssRows / Double(n - 1)
    let jms = ssColumns / Double(k - 1)
    let ems = ssError / Double((n - 1) * (k - 1))
    let denominator = bms + (jms - ems) / Double(n)
    guard denominator != 0 else { return nil }
    return (bms - ems) / denominator
  }

  /// Krippendorff's alpha with the interval metric, for any design with missing values:
  /// `units[unit]` holds the values the judges gave that unit (units with fewer than two
  /// values are not pairable and are skipped). Nil when nothing can be paired or there is
  /// no variation at all.
  public static func krippendorffInterval(_ units: [[Double]]) -> Double? {
    let pairable = units.filter { $0.count >= 2 }
    let total = pairable.reduce(0) { $0 + $1.count }
    guard total > 1 else { return nil }
    // Observed disagreement: within units, each pair weighted by 1 / (m_u − 1).
    var observed = 0.0
    for values in pairable {
      var sum = 0.0
      for i in values.indices {
        for j in values.indices where j != i {
          sum += (values[i] - values[j]) * (values[i] - values[j])
        }
      }
      observed += sum / Double(values.count - 1)
    }
    observed /= Double(total)
    // Expected disagreement: over all pairable values.
    let all = pairable.flatMap { $0 }
    var expected = 0.0
    for i in all.indices {
      for j in all.indices where j != i {
        expected += (all[i] - all[j]) * (all[i] - all[j])
      }
    }
    expected /= Double(total * (total - 1))
    guard expected > 0 else { return nil }
    return 1 - observed / expected
  }

  /// Kendall's coefficient of concordance W (no tie correction beyond midranks):
  /// `scores[judge][object]`, every judge scoring every object; higher score = better.
  /// Nil with fewer than 2 judges or objects.
  public static func kendallW(_ scores: [[Double]]) -> Double? {
    let m = scores.count
    guard m >= 2, let n = scores.first?.count, n >= 2, scores.allSatisfy({ $0.count == n })
    else { return nil }
    var rankSums = [Double](repeating: 0, count: n)
    var tieCorrection = 0.0
    for row in scores {
      let ranks = midranks(row)
      for (index, rank) in ranks.enumerated() { rankSums[index] += rank }
      // Σ (t³ − t) over groups of ties.
      var counts: [Double: Int] = [:]
      for value in row { counts[value, default: 0] += 1 }
      for t in counts.values where t > 1 { tieCorrection += Double(t * t * t - t) }
    }
    let mean = Double(m) * Double(n + 1) / 2
    let s = rankSums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let denominator = Double(m * m) * Double(n * n * n - n) - Double(m) * tieCorrection
    guard denominator > 0 else { return nil }
    return 12 * s / denominator
  }

  /// Ranks 1…n in ascending order of value, ties sharing their mean rank.
  static func midranks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end) / 2 + 1
      for position in start...end { ranks[order[position]] = rank }
      start = end + 1
    }
    return ranks
  }
}
