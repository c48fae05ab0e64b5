/// Whether the log still leads to a head kept elsewhere.
public struct HeadCheck: Sendable, Hashable {
  /// The record the head (or publication code) names, when the chain still reaches it
  /// unchanged.
  public var record: Int64?
  /// Records written after it.
  public var recordsAfter: Int

  /// Creates a check's result.
  public init(record: Int64?, recordsAfter: Int) {
    self.record = record
    self.recordsAfter = recordsAfter
  }
}
