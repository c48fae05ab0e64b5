import SangKienAssignment
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// What `assign extra` found (and wrote, unless a dry run): the further judges given to the
/// entries the judges disagree on.
public struct ExtraAssignment: Sendable {
  /// An entry that could not have its further judges, and why.
  public struct Unplaced: Sendable, Hashable {
    /// The entry.
    public var entry: String
    /// Why, in a sentence.
    public var reason: String
  }

  /// The round.
  public var round: Round
  /// The entries flagged for disagreement with every due sheet in and their further
  /// judges still to come, in code order.
  public var flagged: [String]
  /// Each flagged entry's judges' totals before the further marking.
  public var totals: [String: [String: Points]]
  /// The pairs added, by entry then judge.
  public var added: [Pair]
  /// The flagged entries no judge is free for.
  public var unplaced: [Unplaced]
  /// Entries per judge in the round after the further marking.
  public var loads: [String: Int]
  /// Whether nothing was written.
  public var dryRun: Bool
}

extension Workflow {
  /// Gives every entry of the round flagged for disagreement (every due sheet in) the
  /// round's number of further judges: none in conflict with it nor already on it, the
  /// further work balanced by the solver. An entry no judge is free for is named with the
  /// reason. Worked out and written in one transaction (one audit record per pair).
  public func assignExtra(round id: String?, dryRun: Bool = false, by person: Person)
    throws(WorkflowError) -> ExtraAssignment
  {
    try authorize(.assignExtra, person)
    return try transaction(person) {
      let round = try RoundContext.load(database, round: id)
      guard let resolution = round.round.resolution, let base = round.round.basePerEntry else {
        throw WorkflowError.wrongState(WorkflowText.noResolution(round.round.id))
      }
      if round.state == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      let want = base + resolution.extraJudges
      let ranking = round.ranking()
      var flagged: [String] = []
      var totals: [String: [String: Points]] = [:]
      for line in ranking.entries
      where line.flags.contains(.disagreement) && !line.flags.contains(.incomplete)
        && round.roster.judges(of: line.entry.code).count < want
      {
        flagged.append(line.entry.code)
        totals[line.entry.code] = line.judgeTotals
      }
      flagged.sort()
      let active = round.judges.values.filter(\.active).map(\.id).sorted()
      let barred = round.excluded.union(round.setAside.keys.map(\.pair))
      var placeable: [String] = []
      var unplaced: [ExtraAssignment.Unplaced] = []
      for code in flagged {
        let on = round.roster.judges(of: code)
        let conflicted = active.filter {
          !on.contains($0) && barred.contains(Pair(judge: $0, entry: code))
        }
        let free = max(0, active.count - on.count - conflicted.count)
        let need = want - on.count
        if free >= need {
          placeable.append(code)
        } else {
          unplaced.append(
            ExtraAssignment.Unplaced(
              entry: code,
              reason: WorkflowText.noFreeJudge(
                need: need, free: free, on: on.count, conflicted: conflicted.count)))
        }
      }
      var added: [Pair] = []
      var loads: [String: Int] = [:]
      for code in round.roster.entries {
        for judge in round.roster.judges(of: code) { loads[judge, default: 0] += 1 }
      }
      if !placeable.isEmpty {
        var problem = AssignmentPlanning.problem(
          round, perEntry: want, keep: [], maxLoad: nil, seed: 1)
        let kept = Set(placeable)
        problem.entries = problem.entries.filter { kept.contains($0.code) }
        problem.fixed = Set(
          placeable.flatMap { code in
            round.roster.judges(of: code).map { Pair(judge: $0, entry: code) }
          })
        let solution = try AssignmentSolver.solve(problem).get()
        added = solution.pairs.filter { !problem.fixed.contains($0) }
          .sorted { ($0.entry, $0.judge) < ($1.entry, $1.judge) }
        for pair in added { loads[pair.judge, default: 0] += 1 }
        if !dryRun {
          for code in placeable {
            let pairs = added.filter { $0.entry == code }
            let spread = (totals[code] ?? [:]).sorted { $0.key < $1.key }
              .map { "\($0.key) \($0.value.description)" }.joined(separator: ", ")
            try database.addAssignments(
              pairs.map { RoundPair(round: round.round.id, $0) }, context: context(person),
              note: "third marking (\(resolution.method.rawValue)): \(spread)")
          }
          try queueAssignmentNotices(round, added: added, removed: [], by: person)
        }
      }
      return ExtraAssignment(
        round: round.round, flagged: flagged, totals: totals, added: added, unplaced: unplaced,
        loads: loads, dryRun: dryRun)
    }
  }
}
