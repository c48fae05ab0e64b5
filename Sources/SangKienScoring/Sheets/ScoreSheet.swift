import Foundation
import SangKienModel

/// One judge's points for one entry in one round, checked against the rubric.
public struct ScoreSheet: Hashable, Sendable {
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// Points of every criterion, leaves as given and parents as the sums of their children.
  public var points: [String: Points]
  /// The judge's total: the sum of the top-level criteria.
  public var total: Points

  /// Creates a sheet from already-checked values.
  public init(judge: String, entry: String, points: [String: Points], total: Points) {
    self.judge = judge
    self.entry = entry
    self.points = points
    self.total = total
  }
}

/// Why a score sheet is refused.
public enum SheetProblem: Hashable, Sendable, CustomStringConvertible {
  /// A leaf criterion has no value.
  case missing(criterion: String)
  /// A value names no leaf criterion of the rubric (or names a parent).
  case unknown(criterion: String)
  /// A value is below zero.
  case negative(criterion: String, value: Decimal)
  /// A value is above the criterion's maximum.
  case aboveMaximum(criterion: String, value: Decimal, maximum: Decimal)
  /// A value is not a multiple of the criterion's step.
  case offStep(criterion: String, value: Decimal, step: Decimal)

  /// The criterion at fault.
  public var criterion: String {
    switch self {
    case .missing(let c), .unknown(let c), .negative(let c, _), .aboveMaximum(let c, _, _),
      .offStep(let c, _, _):
      c
    }
  }

  /// The message for a person.
  public var description: String {
    let f = { (value: Decimal) in DecimalFormat.plain(value) }
    switch self {
    case .missing(let c):
      return Language.text(vi: "thiếu điểm tiêu chí '\(c)'", en: "no points for criterion '\(c)'")
    case .unknown(let c):
      return Language.text(
        vi: "'\(c)' không phải tiêu chí chấm của bộ tiêu chí",
        en: "'\(c)' is not a scored criterion of the rubric")
    case .negative(let c, let v):
      return Language.text(
        vi: "'\(c)' = \(f(v)): điểm không được âm",
        en: "'\(c)' = \(f(v)): points cannot be negative")
    case .aboveMaximum(let c, let v, let m):
      return Language.text(
        vi: "'\(c)' = \(f(v)): vượt điểm tối đa \(f(m))",
        en: "'\(c)' = \(f(v)): above the maximum \(f(m))")
    case .offStep(let c, let v, let s):
      return Language.text(
        vi: "'\(c)' = \(f(v)): điểm phải là bội số của \(f(s))",
        en: "'\(c)' = \(f(v)): points must be a multiple of \(f(s))")
    }
  }
}

/// Checks judges' points against a rubric and works out the totals.
public struct SheetScorer: Sendable {
  /// The rubric.
  public let rubric: Rubric
  private let leaves: [String: Criterion]

  /// Creates a scorer for a rubric.
  public init(rubric: Rubric) {
    self.rubric = rubric
    leaves = Dictionary(uniqueKeysWithValues: rubric.leaves.map { ($0.id, $0) })
  }

  /// The leaf criterion ids in rubric order: the columns of a score sheet.
  public var leafIds: [String] { rubric.leaves.map(\.id) }

  /// Checks the values and builds the sheet, or lists every problem.
  public func sheet(
    judge: String, entry: String, values: [String: Decimal]
  ) -> Result<ScoreSheet, SheetProblems> {
    var problems: [SheetProblem] = []
    var points: [String: Points] = [:]
    for id in values.keys.sorted() where leaves[id] == nil {
      problems.append(.unknown(criterion: id))
    }
    for criterion in rubric.leaves {
      guard let value = values[criterion.id] else {
        problems.append(.missing(criterion: criterion.id))
        continue
      }
      if value < 0 {
        problems.append(.negative(criterion: criterion.id, value: value))
      } else if value > criterion.max {
        problems.append(
          .aboveMaximum(criterion: criterion.id, value: value, maximum: criterion.max))
      } else if let step = criterion.step, let exact = Points(value), let stepPoints = Points(step),
        stepPoints.units > 0, exact.units % stepPoints.units == 0
      {
        points[criterion.id] = exact
      } else {
        problems.append(.offStep(criterion: criterion.id, value: value, step: criterion.step ?? 1))
      }
    }
    guard problems.isEmpty else { return .failure(SheetProblems(problems: problems)) }
    var total = Points.zero
    for criterion in rubric.criteria {
      let value = sum(criterion, into: &points)
      total = total + value
    }
    return .success(ScoreSheet(judge: judge, entry: entry, points: points, total: total))
  }

  private func sum(_ criterion: Criterion, into points: inout [String: Points]) -> Points {
    if criterion.isLeaf { return points[criterion.id] ?? .zero }
    var value = Points.zero
    for child in criterion.children { value = value + sum(child, into: &points) }
    points[criterion.id] = value
    return value
  }

  /// The band a criterion's points fall in, for display.
  public func band(of criterion: String, points: Points) -> Band? {
    rubric.criterion(criterion)?.band(for: points.decimal)
  }
}

/// The problems of one sheet, as an error.
public struct SheetProblems: Error, Hashable, Sendable {
  /// Every problem, in rubric order.
  public var problems: [SheetProblem]
}
