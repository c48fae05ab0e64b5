import Foundation
import SangKienModel

/// What the ranking needs to know of an entry.
public struct RankingEntry: Hashable, Sendable {
  /// The code.
  public var code: String
  /// The title.
  public var title: String
  /// The category.
  public var category: EntryCategory
  /// The entrant kind.
  public var entrantKind: EntrantKind
  /// The prize group of its kind, if any.
  public var group: String?
  /// How many judges are assigned to it in the round.
  public var assignedJudges: Int

  /// Creates an entry for ranking.
  public init(
    code: String, title: String, category: EntryCategory, entrantKind: EntrantKind,
    group: String?, assignedJudges: Int
  ) {
    self.code = code
    self.title = title
    self.category = category
    self.entrantKind = entrantKind
    self.group = group
    self.assignedJudges = assignedJudges
  }
}

/// Why an entry needs a person's attention.
public enum RankingFlag: String, Hashable, Sendable, CaseIterable, Comparable {
  /// Its judges' totals spread by the round's threshold or more.
  case disagreement
  /// Its judges disagreed, and the round's further marking settled its score.
  case disagreementResolved = "disagreement-resolved"
  /// It has fewer sheets than assigned judges: ranked, but it neither advances nor wins.
  case incomplete
  /// A shared rank straddles the last place of a prize: the jury decides.
  case tieAtPrizeBoundary = "tie-at-prize-boundary"

  /// Orders flags as listed in reports.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// A short name for tables, in the current language.
  public var label: String {
    switch self {
    case .disagreement: Language.text(vi: "chênh lệch", en: "disagreement")
    case .disagreementResolved:
      Language.text(vi: "chênh lệch đã xử lý", en: "disagreement resolved")
    case .incomplete: Language.text(vi: "thiếu phiếu", en: "incomplete")
    case .tieAtPrizeBoundary:
      Language.text(vi: "đồng hạng ở ranh giới giải", en: "tie at prize boundary")
    }
  }

  /// What the flag means, in words.
  public var explanation: String {
    switch self {
    case .disagreement:
      Language.text(
        vi: "điểm của các giám khảo chênh lệch lớn", en: "the judges' totals disagree widely")
    case .disagreementResolved:
      Language.text(
        vi: "giám khảo chênh lệch lớn; đã chấm thêm độc lập và điểm tính theo quy tắc của vòng",
        en: "the judges disagreed; a further independent marking settled it by the round's rule")
    case .incomplete:
      Language.text(
        vi: "chưa đủ phiếu chấm: được xếp hạng nhưng không được vào vòng sau hay nhận giải",
        en: "not all sheets are in: ranked, but it neither advances nor wins")
    case .tieAtPrizeBoundary:
      Language.text(
        vi: "đồng hạng ở ranh giới giải: Ban giám khảo quyết định",
        en: "tied across a prize boundary: the jury decides")
    }
  }
}

/// How the further marking of an entry settled its score (a round with `resolution`).
public enum Settlement: Hashable, Sendable {
  /// Further judges are assigned; `missing` of their sheets are not in yet.
  case awaiting(missing: Int)
  /// Every sheet counts: the mean of `sheets` totals.
  case meanAll(sheets: Int)
  /// The mean of the two closest totals, those of `judges`; `pairsTied`: another pair was
  /// as close and the higher pair was taken; `within`: the pair is closer than the round's
  /// threshold (else the disagreement stands).
  case closestTwo(judges: [String], totals: [Points], pairsTied: Bool, within: Bool)
  /// Amended by the decision on complaint `complaint`: the mean of `sheets` totals (the
  /// re-marks alone, or every sheet with them, by the contest's method).
  case amended(complaint: Int64, sheets: Int, remarksOnly: Bool)

  /// What a report says of it.
  public var text: String {
    switch self {
    case .awaiting(let missing):
      Language.text(
        vi: "đang chấm thêm: còn thiếu \(missing) phiếu",
        en: "further marking: \(missing) sheet(s) to come")
    case .meanAll(let sheets):
      Language.text(
        vi: "chấm thêm; điểm là trung bình của cả \(sheets) phiếu",
        en: "marked again; the score is the mean of all \(sheets) sheets")
    case .closestTwo(let judges, let totals, let pairsTied, let within):
      Language.text(
        vi:
          "chấm thêm; điểm là trung bình hai phiếu gần nhau nhất (\(judges[0]) \(totals[0].description), \(judges[1]) \(totals[1].description))"
          + (pairsTied ? "; hai cặp cách đều, lấy cặp cao hơn" : "")
          + (within ? "" : "; hai phiếu này vẫn chênh lệch quá ngưỡng"),
        en:
          "marked again; the score is the mean of the two closest sheets (\(judges[0]) \(totals[0].description), \(judges[1]) \(totals[1].description))"
          + (pairsTied ? "; two pairs were as close, the higher was taken" : "")
          + (within ? "" : "; these two still disagree past the threshold"))
    case .amended(let complaint, let sheets, let remarksOnly):
      Language.text(
        vi: "điều chỉnh theo phúc khảo (đơn khiếu nại số \(complaint)); điểm là trung bình "
          + (remarksOnly
            ? "\(sheets) phiếu chấm phúc khảo" : "cả \(sheets) phiếu, kể cả phiếu phúc khảo"),
        en: "amended after re-marking (complaint #\(complaint)); the score is the mean of "
          + (remarksOnly
            ? "the \(sheets) re-marking sheets" : "all \(sheets) sheets, re-marks included"))
    }
  }

  /// The same for JSON: a short word.
  public var kind: String {
    switch self {
    case .awaiting: "awaiting"
    case .meanAll: "mean-all"
    case .closestTwo: "mean-closest-two"
    case .amended(_, _, let remarksOnly): remarksOnly ? "amended-mean-remarks" : "amended-mean-all"
    }
  }
}

/// One entry's place in a ranking.
public struct RankedEntry: Hashable, Sendable {
  /// Its rank (shared ranks 1, 2, 2, 4); nil when no judge has scored it.
  public var rank: Int?
  /// The entry.
  public var entry: RankingEntry
  /// The aggregate rounded half up to 2 decimals, in whole hundredths: what ranks it. Nil
  /// without sheets.
  public var hundredths: Int64?
  /// The same as a decimal (79.67).
  public var score: Decimal? { hundredths.map(Decimal.init(hundredths:)) }
  /// The aggregate before rounding.
  public var aggregate: Double?
  /// Each judge's total.
  public var judgeTotals: [String: Points]
  /// Each criterion's unrounded mean over the entry's judges (parents included).
  public var criterionMeans: [String: ExactMean]
  /// Its flags.
  public var flags: Set<RankingFlag>
  /// The prize it was given, if any.
  public var prize: String?
  /// How a further marking settled it, in a round with `resolution` (nil: none was made).
  public var settlement: Settlement? = nil

  /// How many judges scored it.
  public var judgeCount: Int { judgeTotals.count }

  /// Whether it may advance or win: scored by every assigned judge.
  public var isComplete: Bool { !flags.contains(.incomplete) }
}

/// A round's entries in order.
public struct Ranking: Hashable, Sendable {
  /// The round's id.
  public var round: String
  /// The aggregation used.
  public var method: Aggregation
  /// The entries, best first; unscored entries last, by code.
  public var entries: [RankedEntry]

  /// The ranking of only some entries, ranks worked out again among them (scores unchanged).
  public func keeping(_ include: (RankedEntry) -> Bool, tieBreak: [String]) -> Ranking {
    // A ranking's entries are in order, and so is any subset of them: only the shared
    // ranks need working out again, not the order.
    var kept: [RankedEntry] = []
    for entry in entries where include(entry) {
      var entry = entry
      if entry.hundredths == nil {
        entry.rank = nil
      } else if let previous = kept.last, Ranker.tied(previous, entry, tieBreak: tieBreak) {
        entry.rank = previous.rank
      } else {
        entry.rank = kept.count + 1
      }
      kept.append(entry)
    }
    return Ranking(round: round, method: method, entries: kept)
  }
}

/// A complaint's decision that amended an entry's score: the sheets its score is now the
/// mean of.
public struct Amendment: Hashable, Sendable {
  /// The complaint decided.
  public var complaint: Int64
  /// The sheets counted: the re-marks alone, or every sheet with them.
  public var sheets: [ScoreSheet]
  /// The re-marks among them (their judges' totals are shown with the entry's).
  public var remarks: [ScoreSheet]
  /// Whether only the re-marks count.
  public var remarksOnly: Bool

  /// Creates an amendment.
  public init(complaint: Int64, sheets: [ScoreSheet], remarks: [ScoreSheet], remarksOnly: Bool) {
    self.complaint = complaint
    self.sheets = sheets
    self.remarks = remarks
    self.remarksOnly = remarksOnly
  }
}

extension Settlement {
  /// Whether a complaint's decision set the score.
  public var isAmendment: Bool {
    if case .amended = self { return true }
    return false
  }
}

/// Builds rankings from score sheets: pure, exact for mean, median and trimmed.
public enum Ranker {
  /// Ranks `entries` by the sheets of `round`, aggregated by `method` (default: the round's).
  ///
  /// Sheets for entries not listed are ignored, except that `zscore` standardises each
  /// judge over all of that judge's sheets given here. `meansOf` limits the criterion means
  /// worked out to those criteria (the tie-break ones are all a resampled ranking needs);
  /// nil works out every criterion's.
  public static func rank(
    entries: [RankingEntry], sheets: [ScoreSheet], round: Round, method: Aggregation? = nil,
    meansOf criteria: [String]? = nil, amendments: [String: Amendment] = [:]
  ) -> Ranking {
    let method = method ?? round.aggregation
    var byEntry: [String: [ScoreSheet]] = [:]
    byEntry.reserveCapacity(entries.count)
    for sheet in sheets { byEntry[sheet.entry, default: []].append(sheet) }
    let adjusted = method == .zscore ? zscoreTotals(sheets) : [:]
    // In points when the threshold has at most 4 decimals: comparing decimals is slow.
    let threshold = Points(round.disagreement)
    var ranked: [RankedEntry] = []
    ranked.reserveCapacity(entries.count)
    func disagree(_ high: Points, _ low: Points) -> Bool {
      threshold.map({ high - low >= $0 }) ?? ((high - low).decimal >= round.disagreement)
    }
    for entry in entries {
      var entrySheets = byEntry[entry.code] ?? []
      var flags: Set<RankingFlag> = []
      if entrySheets.isEmpty || entrySheets.count < entry.assignedJudges {
        flags.insert(.incomplete)
      }
      if let high = entrySheets.map(\.total).max(), let low = entrySheets.map(\.total).min(),
        entrySheets.count > 1, disagree(high, low)
      {
        flags.insert(.disagreement)
      }
      // A further marking (more judges than the round's number, in a round that has one):
      // once every sheet is in, the round's method settles the score.
      var settlement: Settlement? = nil
      var settledMethod: Aggregation? = nil
      if let resolution = round.resolution, let base = round.basePerEntry,
        entry.assignedJudges > base
      {
        if flags.contains(.incomplete) {
          settlement = .awaiting(missing: entry.assignedJudges - entrySheets.count)
        } else {
          switch resolution.method {
          case .meanAll:
            settlement = .meanAll(sheets: entrySheets.count)
            flags.remove(.disagreement)
            flags.insert(.disagreementResolved)
          case .meanClosestTwo:
            let (pair, tied) = closestTwo(entrySheets)
            let within = !disagree(pair[1].total, pair[0].total)
            settlement = .closestTwo(
              judges: pair.map(\.judge), totals: pair.map(\.total), pairsTied: tied,
              within: within)
            if within {
              flags.remove(.disagreement)
              flags.insert(.disagreementResolved)
            }
            entrySheets = pair
          }
          settledMethod = .mean
        }
      }
      // A complaint's decision amended the score: the mean of the sheets it names, whatever
      // the round's method and further marking said.
      if let amendment = amendments[entry.code], !amendment.sheets.isEmpty {
        entrySheets = amendment.sheets
        flags.remove(.incomplete)
        flags.remove(.disagreement)
        flags.remove(.disagreementResolved)
        settlement = .amended(
          complaint: amendment.complaint, sheets: entrySheets.count,
          remarksOnly: amendment.remarksOnly)
        settledMethod = .mean
      }
      let totals = entrySheets.map { $0.total }
      var means: [String: ExactMean] = [:]
      if !entrySheets.isEmpty {
        if let criteria {
          for id in criteria {
            var sum = Points.zero
            for sheet in entrySheets { sum = sum + (sheet.points[id] ?? .zero) }
            means[id] = ExactMean(sum: sum, count: entrySheets.count)
          }
        } else {
          // One pass over every sheet's points; a criterion missing on a sheet counts 0.
          var sums: [String: Points] = [:]
          sums.reserveCapacity(entrySheets[0].points.count)
          for sheet in entrySheets {
            for (id, value) in sheet.points {
              sums[id, default: .zero] += value
            }
          }
          for (id, sum) in sums { means[id] = ExactMean(sum: sum, count: entrySheets.count) }
        }
      }
      var score: Int64? = nil
      var aggregate: Double? = nil
      if !totals.isEmpty {
        switch settledMethod ?? method {
        case .zscore:
          let values = entrySheets.map { adjusted[SheetKey($0)] ?? $0.total.double }
          let mean = values.reduce(0, +) / Double(values.count)
          aggregate = mean
          score = roundHalfUpToHundredths(mean)
        default:
          let exact = exactAggregate(
            totals, method: settlement?.isAmendment == true ? .mean : method,
            trimFrom: round.trimMinJudges)
          aggregate = exact.double
          score = exact.hundredths
        }
      }
      var judgeTotals: [String: Points] = [:]
      let everySheet = (byEntry[entry.code] ?? []) + (amendments[entry.code]?.remarks ?? [])
      judgeTotals.reserveCapacity(everySheet.count)
      for sheet in everySheet where judgeTotals[sheet.judge] == nil {
        judgeTotals[sheet.judge] = sheet.total
      }
      ranked.append(
        RankedEntry(
          rank: nil, entry: entry, hundredths: score, aggregate: aggregate,
          judgeTotals: judgeTotals, criterionMeans: means, flags: flags, prize: nil,
          settlement: settlement))
    }
    return Ranking(
      round: round.id, method: method, entries: assignRanks(ranked, tieBreak: round.tieBreak))
  }

  /// The two sheets whose totals are closest (by judge id when equal); of pairs equally
  /// close, the higher pair. `tied`: another pair was as close.
  static func closestTwo(_ sheets: [ScoreSheet]) -> (pair: [ScoreSheet], tied: Bool) {
    let sorted = sheets.sorted { $0.total != $1.total ? $0.total < $1.total : $0.judge < $1.judge }
    var best = 0
    var tied = false
    for index in 1..<sorted.count - 1 {
      let gap = sorted[index + 1].total - sorted[index].total
      let bestGap = sorted[best + 1].total - sorted[best].total
      if gap < bestGap {
        best = index
        tied = false
      } else if gap == bestGap {
        // Sorted upwards: the later pair is the higher one.
        best = index
        tied = true
      }
    }
    return ([sorted[best], sorted[best + 1]], tied)
  }

  /// The exact aggregate of totals by mean, median or trimmed mean.
  public static func exactAggregate(
    _ totals: [Points], method: Aggregation, trimFrom: Int
  ) -> ExactMean {
    let sorted = totals.sorted()
    switch method {
    case .median:
      let middle = sorted.count / 2
      if sorted.count % 2 == 1 { return ExactMean(sum: sorted[middle], count: 1) }
      return ExactMean(sum: sorted[middle - 1] + sorted[middle], count: 2)
    case .trimmed where sorted.count >= trimFrom && sorted.count >= 3:
      let kept = sorted.dropFirst().dropLast()
      return ExactMean(sum: kept.reduce(.zero, +), count: kept.count)
    default:
      return ExactMean(sum: sorted.reduce(.zero, +), count: sorted.count)
    }
  }

  struct SheetKey: Hashable {
    var judge: String
    var entry: String
    init(_ sheet: ScoreSheet) {
      judge = sheet.judge
      entry = sheet.entry
    }
  }

  /// Each sheet's total standardised within its judge (population standard deviation) and
  /// mapped back onto the round's overall mean and standard deviation. A judge whose
  /// totals do not vary (or who scored one entry) maps to the overall mean.
  static func zscoreTotals(_ sheets: [ScoreSheet]) -> [SheetKey: Double] {
    let all = sheets.map(\.total.double)
    guard !all.isEmpty else { return [:] }
    let (overallMean, overallSD) = meanAndDeviation(all)
    var result: [SheetKey: Double] = [:]
    for (_, judgeSheets) in Dictionary(grouping: sheets, by: \.judge) {
      let (mean, sd) = meanAndDeviation(judgeSheets.map(\.total.double))
      for sheet in judgeSheets {
        let z = sd > 0 ? (sheet.total.double - mean) / sd : 0
        result[SheetKey(sheet)] = overallMean + z * overallSD
      }
    }
    return result
  }

  /// The mean and population standard deviation.
  public static func meanAndDeviation(_ values: [Double]) -> (Double, Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    return (mean, variance.squareRoot())
  }

  /// A double rounded half up to 2 decimals (via its decimal form to 9 places, so 79.665
  /// stored as 79.66499999… still rounds up), in whole hundredths.
  static func roundHalfUpToHundredths(_ value: Double) -> Int64 {
    var decimal = Decimal(string: String(format: "%.9f", value)) ?? Decimal(value)
    var rounded = Decimal()
    NSDecimalRound(&rounded, &decimal, 2, .plain)
    var shifted = Decimal()
    _ = NSDecimalMultiplyByPowerOf10(&shifted, &rounded, 2, .plain)
    return NSDecimalNumber(decimal: shifted).int64Value
  }

  /// Orders entries and gives shared ranks: by score, then each tie-break criterion's
  /// unrounded mean (highest first); entries still equal share a rank and are listed by
  /// code. Unscored entries come last, unranked.
  static func assignRanks(_ entries: [RankedEntry], tieBreak: [String]) -> [RankedEntry] {
    // The sort keys are worked out once per entry, not once per comparison.
    struct Key {
      var score: Int64?
      var tie: [ExactMean]
      var codeLength: Int
    }
    let keys = entries.map { e in
      Key(
        score: e.hundredths,
        tie: tieBreak.map { e.criterionMeans[$0] ?? ExactMean(units: 0, denominator: 1) },
        codeLength: e.entry.code.count)
    }
    func order(_ a: Key, _ b: Key) -> Int {
      guard let sa = a.score, let sb = b.score else {
        return a.score != nil ? -1 : (b.score != nil ? 1 : 0)
      }
      if sa != sb { return sa > sb ? -1 : 1 }
      for (ka, kb) in zip(a.tie, b.tie) where ka != kb { return ka > kb ? -1 : 1 }
      return 0
    }
    let indices = entries.indices.sorted { i, j in
      let o = order(keys[i], keys[j])
      if o != 0 { return o < 0 }
      // Codes in registration order: shorter first (SK-0999 before SK-10000), then by text.
      if keys[i].codeLength != keys[j].codeLength { return keys[i].codeLength < keys[j].codeLength }
      return entries[i].entry.code < entries[j].entry.code
    }
    var sorted: [RankedEntry] = []
    sorted.reserveCapacity(entries.count)
    for (position, index) in indices.enumerated() {
      var entry = entries[index]
      if entry.score == nil {
        entry.rank = nil
      } else if position > 0, order(keys[indices[position - 1]], keys[index]) == 0 {
        entry.rank = sorted[position - 1].rank
      } else {
        entry.rank = position + 1
      }
      sorted.append(entry)
    }
    return sorted
  }

  /// Whether two scored entries share a rank: the same score and tie-break means.
  static func tied(_ a: RankedEntry, _ b: RankedEntry, tieBreak: [String]) -> Bool {
    guard a.hundredths == b.hundredths else { return false }
    let zero = ExactMean(units: 0, denominator: 1)
    return tieBreak.allSatisfy { (a.criterionMeans[$0] ?? zero) == (b.criterionMeans[$0] ?? zero) }
  }
}
