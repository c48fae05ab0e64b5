/// A judge and an entry in one round: the key of an assignment and of a score sheet.
///
/// The one name for this key everywhere (assignments, sheets, the audit log's replay); its
/// audit text `round judge entry` is the form the log has always stored, and must not change.
public struct RoundPair: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The round's id.
  public var round: String
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String

  /// Creates a key.
  public init(round: String, judge: String, entry: String) {
    self.round = round
    self.judge = judge
    self.entry = entry
  }

  /// The key of `pair` in `round`.
  public init(round: String, _ pair: Pair) {
    self.init(round: round, judge: pair.judge, entry: pair.entry)
  }

  /// Reads the audit text `round judge entry` (ids and codes hold no spaces).
  public init?(auditText: String) {
    let parts = auditText.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 3 else { return nil }
    self.init(round: String(parts[0]), judge: String(parts[1]), entry: String(parts[2]))
  }

  /// The judge and the entry, without the round.
  public var pair: Pair { Pair(judge: judge, entry: entry) }

  /// `round judge entry`, as the audit log stores it.
  public var auditText: String { "\(round) \(judge) \(entry)" }

  /// The audit text.
  public var description: String { auditText }

  /// Orders by round, judge, then entry.
  public static func < (lhs: RoundPair, rhs: RoundPair) -> Bool {
    (lhs.round, lhs.judge, lhs.entry) < (rhs.round, rhs.judge, rhs.entry)
  }
}
