import Foundation

/// A named range of points on a criterion, e.g. 23–25 "Hoàn toàn mới".
public struct Band: Hashable, Sendable, Codable {
  /// Lowest points in the band, inclusive.
  public var min: Decimal
  /// Highest points in the band, inclusive.
  public var max: Decimal
  /// What the band means.
  public var label: String

  /// Creates a band.
  public init(min: Decimal, max: Decimal, label: String) {
    self.min = min
    self.max = max
    self.label = label
  }
}

/// One criterion of a rubric; a leaf is scored, a parent is the sum of its children.
public struct Criterion: Hashable, Sendable, Codable {
  /// A stable id used in files and tie-breaks (`novelty`).
  public var id: String
  /// The Vietnamese name.
  public var name: String
  /// The English name, when given.
  public var nameEn: String?
  /// The name in the current language (the Vietnamese one when there is no English).
  public var localizedName: String { Language.current == .en ? nameEn ?? name : name }
  /// The most points it can get.
  public var max: Decimal
  /// The granularity of points for a leaf (0.5 allows 7.5); nil for a parent.
  public var step: Decimal?
  /// Named ranges of points, for display.
  public var bands: [Band]
  /// Sub-criteria, whose maxima add up to this one's.
  public var children: [Criterion]

  /// Creates a criterion.
  public init(
    id: String, name: String, nameEn: String? = nil, max: Decimal, step: Decimal? = nil,
    bands: [Band] = [], children: [Criterion] = []
  ) {
    self.id = id
    self.name = name
    self.nameEn = nameEn
    self.max = max
    self.step = step
    self.bands = bands
    self.children = children
  }

  /// Whether judges score it directly.
  public var isLeaf: Bool { children.isEmpty }

  /// This criterion and all below it, parents before children.
  public var flattened: [Criterion] {
    [self] + children.flatMap(\.flattened)
  }

  /// The band `points` falls in, if any.
  public func band(for points: Decimal) -> Band? {
    bands.first { $0.min <= points && points <= $0.max }
  }
}

/// A scoring rubric: the criteria judges score against.
public struct Rubric: Hashable, Sendable, Codable {
  /// A stable id (`cchc-2019`).
  public var id: String
  /// The Vietnamese name.
  public var name: String
  /// The top-level criteria.
  public var criteria: [Criterion]

  /// Creates a rubric.
  public init(id: String, name: String, criteria: [Criterion]) {
    self.id = id
    self.name = name
    self.criteria = criteria
  }

  /// The most points a judge can give: the sum of the top-level maxima.
  public var total: Decimal { criteria.reduce(0) { $0 + $1.max } }

  /// Every criterion, parents before children.
  public var allCriteria: [Criterion] { criteria.flatMap(\.flattened) }

  /// The criteria judges score, in rubric order.
  public var leaves: [Criterion] { allCriteria.filter(\.isLeaf) }

  /// The criterion with this id, at any depth.
  public func criterion(_ id: String) -> Criterion? {
    allCriteria.first { $0.id == id }
  }
}
