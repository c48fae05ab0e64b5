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
    /// Places no judge holds yet: the round wants more judges for the entry than it has
    /// (an entry registered after the assignment, a place freed by a conflict or a void).
    public var unassigned: Int = 0

    /// Whether every sheet the entry is due is in.
    public var isComplete: Bool { missing.isEmpty && unassigned == 0 }
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
    let due: Int
    if case .count(let n) = roster.round.judgesPerEntry { due = n } else { due = 0 }
    round = roster.round.id
    // One pass over the round's pairs (asking the roster judge by judge would walk every
    // entry once per judge).
    var assigned: [String: Int] = [:]
    var scored: [String: Int] = [:]
    var lines: [EntryLine] = []
    lines.reserveCapacity(roster.entries.count)
    for code in roster.entries {
      let judges = roster.judges(of: code).sorted()
      var missing: [String] = []
      for judge in judges {
        assigned[judge, default: 0] += 1
        if done.contains(Pair(judge: judge, entry: code)) {
          scored[judge, default: 0] += 1
        } else {
          missing.append(judge)
        }
      }
      lines.append(
        EntryLine(
          entry: code, sheets: judges.count - missing.count, assigned: judges.count,
          missing: missing, unassigned: max(0, due - judges.count)))
    }
    entries = lines
    self.judges = judges.compactMap { judge in
      let count = assigned[judge.id] ?? 0
      guard count > 0 || judge.active else { return nil }
      return JudgeLine(
        judge: judge.id, name: judge.name, assigned: count, done: scored[judge.id] ?? 0)
    }
  }

  /// How many entries have every sheet in.
  public var completeEntries: Int { entries.filter(\.isComplete).count }

  /// Places no judge holds yet, over the round.
  public var unassignedPlaces: Int { entries.reduce(0) { $0 + $1.unassigned } }
}
