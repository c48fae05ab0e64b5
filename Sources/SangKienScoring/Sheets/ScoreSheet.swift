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
  private let leafList: [Criterion]
  private let stepUnits: [String: Int64]
  private let maxUnits: [String: Int64]
  /// Per leaf in rubric order: its id, step and maximum in point units (the ids apart from
  /// the criteria: iterating criteria copies each one's children and bands).
  private let leafLimits: [(id: String, step: Int64, max: Int64)]
  /// The criteria whose points are sums, children before parents, each with its
  /// children's positions in a sheet's values: the leaves first, in rubric order, then
  /// the parents in this order.
  private let parents: [(id: String, children: [Int])]
  /// The positions of the top-level criteria, whose sum is the total.
  private let topLevel: [Int]

  /// Creates a scorer for a rubric.
  public init(rubric: Rubric) {
    self.rubric = rubric
    let leafList = rubric.leaves
    let leaves = Dictionary(uniqueKeysWithValues: leafList.map { ($0.id, $0) })
    let stepUnits = leaves.compactMapValues { $0.step.flatMap(Points.init)?.units }
    let maxUnits = leaves.compactMapValues { Points($0.max)?.units }
    self.leafList = leafList
    self.leaves = leaves
    self.stepUnits = stepUnits
    self.maxUnits = maxUnits
    leafLimits = leafList.map { ($0.id, stepUnits[$0.id] ?? Points.scale, maxUnits[$0.id] ?? 0) }
    // Positions: leaves 0..<leafList.count in rubric order, then each parent after its
    // children.
    var position = Dictionary(uniqueKeysWithValues: leafList.enumerated().map { ($1.id, $0) })
    var parents: [(id: String, children: [Int])] = []
    func place(_ criterion: Criterion) -> Int {
      if criterion.isLeaf { return position[criterion.id] ?? 0 }
      let children = criterion.children.map(place)
      parents.append((criterion.id, children))
      let index = leafList.count + parents.count - 1
      position[criterion.id] = index
      return index
    }
    topLevel = rubric.criteria.map(place)
    self.parents = parents
  }

  /// The leaf criterion ids in rubric order: the columns of a score sheet.
  public var leafIds: [String] { leafList.map(\.id) }

  /// Checks the values and builds the sheet, or lists every problem.
  public func sheet(
    judge: String, entry: String, values: [String: Decimal]
  ) -> Result<ScoreSheet, SheetProblems> {
    var exact: [String: Points] = [:]
    var problems: [SheetProblem] = []
    for (id, value) in values {
      if let points = Points(value) {
        exact[id] = points
      } else if let criterion = leaves[id] {
        // More than four decimals: no step of a rubric allows it.
        problems.append(.offStep(criterion: id, value: value, step: criterion.step ?? 1))
      } else {
        problems.append(.unknown(criterion: id))
      }
    }
    switch sheet(judge: judge, entry: entry, points: exact) {
    case .success(let sheet) where problems.isEmpty: return .success(sheet)
    case .success: return .failure(SheetProblems(problems: problems))
    case .failure(let more):
      // A value already refused for its decimals is not also "missing".
      let refused = Set(problems.map(\.criterion))
      let rest = more.problems.filter {
        if case .missing(let c) = $0 { return !refused.contains(c) }
        return true
      }
      return .failure(SheetProblems(problems: rest + problems))
    }
  }

  /// Checks exact points and builds the sheet, or lists every problem.
  public func sheet(
    judge: String, entry: String, points given: [String: Points]
  ) -> Result<ScoreSheet, SheetProblems> {
    if let sheet = wellFormed(judge: judge, entry: entry, points: given) {
      return .success(sheet)
    }
    var problems: [SheetProblem] = []
    var points: [String: Points] = [:]
    for id in given.keys.sorted() where leaves[id] == nil {
      problems.append(.unknown(criterion: id))
    }
    for criterion in leafList {
      guard let value = given[criterion.id] else {
        problems.append(.missing(criterion: criterion.id))
        continue
      }
      let step = stepUnits[criterion.id] ?? Points.scale
      if value.units < 0 {
        problems.append(.negative(criterion: criterion.id, value: value.decimal))
      } else if value.units > (maxUnits[criterion.id] ?? 0) {
        problems.append(
          .aboveMaximum(criterion: criterion.id, value: value.decimal, maximum: criterion.max))
      } else if step <= 0 || value.units % step != 0 {
        problems.append(
          .offStep(criterion: criterion.id, value: value.decimal, step: criterion.step ?? 1))
      } else {
        points[criterion.id] = value
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

  /// The sheet when every leaf is given, within its limits, and nothing else is given (as
  /// for every stored sheet): one pass with no sorting. Nil sends the caller the slow way,
  /// which names each problem.
  private func wellFormed(
    judge: String, entry: String, points given: [String: Points]
  ) -> ScoreSheet? {
    guard given.count == leafList.count else { return nil }
    var values: [Points] = []
    values.reserveCapacity(leafList.count + parents.count)
    for limits in leafLimits {
      guard let value = given[limits.id] else { return nil }
      guard value.units >= 0, value.units <= limits.max, limits.step > 0,
        value.units % limits.step == 0
      else { return nil }
      values.append(value)
    }
    // The given leaves, copied as they are, then the parents added.
    var points = given
    for parent in parents {
      var value = Points.zero
      for child in parent.children { value = value + values[child] }
      values.append(value)
      points[parent.id] = value
    }
    var total = Points.zero
    for index in topLevel { total = total + values[index] }
    return ScoreSheet(judge: judge, entry: entry, points: points, total: total)
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
