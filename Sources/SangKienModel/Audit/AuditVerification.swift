/// What `audit verify` found.
public struct AuditVerification: Sendable {
  /// How many records were checked.
  public var records: Int
  /// The hash of the last record.
  public var head: String
  /// Where the chain breaks: an edited, removed or reordered record.
  public var chainProblems: [String]
  /// Data that differs from what the log replays to: a change made around sangkien.
  public var dataProblems: [String]
  /// What SQLite's integrity check reports (empty when the file is sound).
  public var integrityProblems: [String] = []
  /// Differences found beyond the first `Replay.Problems.limit`, counted but not described.
  public var moreDataProblems = 0

  /// Whether everything holds.
  public var isIntact: Bool {
    chainProblems.isEmpty && dataProblems.isEmpty && integrityProblems.isEmpty
  }

  /// Creates a verification's result.
  public init(
    records: Int, head: String, chainProblems: [String], dataProblems: [String],
    integrityProblems: [String] = [], moreDataProblems: Int = 0
  ) {
    self.records = records
    self.head = head
    self.chainProblems = chainProblems
    self.dataProblems = dataProblems
    self.integrityProblems = integrityProblems
    self.moreDataProblems = moreDataProblems
  }
}
