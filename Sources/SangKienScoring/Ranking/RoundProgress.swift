import SangKienModel

/// How far a round's judges are: per judge assigned and submitted, per entry the sheets in
/// and the judges still missing.
public struct RoundProgress: Hashable, Sendable {
  /// One judge's progress.
  public struct JudgeLine: Hashable, Sendable {
    /// The judge's id.
    public var judge: String
    /// The judge's full name.
    public var name: String
    /// Entries the judge is to score.
    public var assigned: Int
    /// Sheets the judge has in.
    public var done: Int
    /// Entries the judge has still to score.
    public var left: Int { assigned - done }
  }

  /// One entry's progress.
  public struct EntryLine: Hashable, Sendable {
    /// The entry's code.
    public var entry: String
    /// Sheets in.
    public var sheets: Int
    /// Judges assigned.
    public var assigned: Int
    /// The judges whose sheet is missing, by id.
    public var missing: [String]
  }

  /// The round's id.
  public var round: String
  /// Every active judge, and removed judges who still have entries, by id.
  public var judges: [JudgeLine]
  /// Every entry of the round, in code order.
  public var entries: [EntryLine]

  /// The progress of `roster`'s round given the sheets in (`done`) and the jury
  /// (`(id, name, active)`, by id).
  public init(
    roster: RoundRoster, done: Set<Pair>, judges: [(id: String, name: String, active: Bool)]
  ) {
    round = roster.round.id
    self.judges = judges.compactMap { judge in
      let assigned = roster.entries(of: judge.id)
      guard !assigned.isEmpty || judge.active else { return nil }
      let scored = assigned.filter { done.contains(Pair(judge: judge.id, entry: $0)) }.count
      return JudgeLine(judge: judge.id, name: judge.name, assigned: assigned.count, done: scored)
    }
    entries = roster.entries.map { code in
      let assigned = roster.judges(of: code).sorted()
      let missing = assigned.filter { !done.contains(Pair(judge: $0, entry: code)) }
      return EntryLine(
        entry: code, sheets: assigned.count - missing.count, assigned: assigned.count,
        missing: missing)
    }
  }

  /// How many entries have every sheet in.
  public var completeEntries: Int { entries.filter { $0.missing.isEmpty }.count }
}
