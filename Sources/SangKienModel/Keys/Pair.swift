/// A judge and an entry, whatever the round: what a conflict of interest keeps apart and
/// what the assignment solver places.
public struct Pair: Hashable, Sendable, Comparable {
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String

  /// Creates a pair.
  public init(judge: String, entry: String) {
    self.judge = judge
    self.entry = entry
  }

  /// Orders by judge, then entry.
  public static func < (lhs: Pair, rhs: Pair) -> Bool {
    (lhs.judge, lhs.entry) < (rhs.judge, rhs.entry)
  }
}
