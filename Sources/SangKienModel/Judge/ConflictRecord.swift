/// One conflict of interest as the secretariat sees it: declared, or detected from units
/// and authors, and perhaps dismissed.
public struct ConflictRecord: Hashable, Sendable {
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// Where it comes from.
  public var source: ConflictSource
  /// The declared reason, or what was detected (the shared unit, the judge's name).
  public var reason: String
  /// The dismissal's reason, for a detected conflict that no longer counts.
  public var dismissed: String?
  /// The one round a judge's own declaration acts on; nil for every round.
  public var round: String?

  /// Creates a record.
  public init(
    judge: String, entry: String, source: ConflictSource, reason: String,
    dismissed: String? = nil, round: String? = nil
  ) {
    self.judge = judge
    self.entry = entry
    self.source = source
    self.reason = reason
    self.dismissed = dismissed
    self.round = round
  }

  /// Whether it keeps the judge away from the entry in `round`.
  public func applies(to round: String) -> Bool {
    isActive && (self.round == nil || self.round == round)
  }

  /// The judge and the entry.
  public var pair: Pair { Pair(judge: judge, entry: entry) }

  /// Whether it keeps the judge away from the entry.
  public var isActive: Bool { dismissed == nil }
}
