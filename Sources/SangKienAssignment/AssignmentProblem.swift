import SangKienModel

/// What the solver is asked: entries, judges, how many judges per entry, and the pairs
/// that must or must not be made.
public struct AssignmentProblem: Sendable {
  /// An entry to be scored.
  public struct Entry: Hashable, Sendable {
    /// The code.
    public var code: String
    /// The field of administrative procedure, folded for matching ("" when unknown).
    public var field: String

    /// Creates an entry.
    public init(code: String, field: String) {
      self.code = code
      self.field = field
    }
  }

  /// A judge who can score.
  public struct Judge: Hashable, Sendable {
    /// The id.
    public var id: String
    /// Fields of expertise, folded for matching.
    public var fields: Set<String>

    /// Creates a judge.
    public init(id: String, fields: Set<String>) {
      self.id = id
      self.fields = fields
    }
  }

  /// The entries.
  public var entries: [Entry]
  /// The judges.
  public var judges: [Judge]
  /// Distinct judges each entry needs.
  public var perEntry: Int
  /// (judge, entry) pairs that may never be made: conflicts of interest.
  public var conflicts: Set<Pair>
  /// (judge, entry) pairs that must stay: already scored, or kept by the user.
  public var fixed: Set<Pair>
  /// The most entries any judge may take, if limited.
  public var maxLoad: Int?
  /// The seed of the tie-breaking noise: the same problem and seed give the same answer.
  public var seed: UInt64

  /// Creates a problem.
  public init(
    entries: [Entry], judges: [Judge], perEntry: Int, conflicts: Set<Pair> = [],
    fixed: Set<Pair> = [], maxLoad: Int? = nil, seed: UInt64 = 0
  ) {
    self.entries = entries
    self.judges = judges
    self.perEntry = perEntry
    self.conflicts = conflicts
    self.fixed = fixed
    self.maxLoad = maxLoad
    self.seed = seed
  }
}

/// An assignment the solver found, with how good it is.
public struct AssignmentSolution: Sendable {
  /// Every (judge, entry) pair, fixed ones included, sorted.
  public var pairs: [Pair]
  /// Entries per judge.
  public var loads: [String: Int]
  /// How many pairs match the entry's field to one of the judge's.
  public var fieldMatches: Int
  /// The most entries any two judges share.
  public var maxSharedEntries: Int

  /// The smallest and largest load.
  public var loadRange: ClosedRange<Int> {
    (loads.values.min() ?? 0)...(loads.values.max() ?? 0)
  }
}

/// Why no assignment exists, in words a secretariat understands.
public struct AssignmentFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// One sentence per problem, naming the entries and the constraint.
  public var reasons: [String]

  /// Every reason on its own line.
  public var description: String {
    reasons.joined(separator: "\n")
  }
}
