import SangKienAssignment
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// How an assignment run or repair should go.
public struct AssignmentOptions: Sendable, Hashable {
  /// Judges per entry (default: the round's).
  public var perEntry: Int?
  /// The most entries any judge may take.
  public var maxLoad: Int?
  /// The seed of the tie-breaking.
  public var seed: UInt64
  /// Work it out; write nothing.
  public var dryRun: Bool

  /// Creates options.
  public init(perEntry: Int? = nil, maxLoad: Int? = nil, seed: UInt64 = 1, dryRun: Bool = false) {
    self.perEntry = perEntry
    self.maxLoad = maxLoad
    self.seed = seed
    self.dryRun = dryRun
  }
}

/// What an assignment run found (and wrote, unless a dry run).
public struct AssignmentPlan: Sendable {
  /// The round.
  public var round: Round
  /// Active judges.
  public var judges: Int
  /// Judges per entry; nil in a round every judge scores (nothing to assign).
  public var perEntry: Int?
  /// Entries assigned.
  public var entries: Int
  /// The solution; nil when there was nothing to assign.
  public var solution: AssignmentSolution?
  /// Pairs added (a repair adds only where places were empty).
  public var added: [Pair]
  /// Whether nothing was written.
  public var dryRun: Bool
  /// Conflicts of interest the assignment avoided.
  public var conflictsAvoided: Int
  /// Complaints of the round whose re-markers a repair replaced or completed.
  public var remarks: [RemarkAssignment] = []
}

/// What an assignment import did.
public struct AssignmentImport: Sendable {
  /// The round.
  public var round: String
  /// New assignments.
  public var added: Int
  /// The lowest and highest load after the import, when they differ by more than one.
  public var unevenLoads: ClosedRange<Int>?
  /// Whether nothing was written.
  public var dryRun: Bool
}

extension Workflow {
  /// Assigns judges to every entry of a round: no conflicts, even loads, fields matched.
  /// Scored pairs stay; unscored ones are replaced. Worked out and written in one
  /// transaction, so nothing changes under it.
  public func assign(
    round id: String?, options: AssignmentOptions = AssignmentOptions(), by person: Person
  )
    throws(WorkflowError) -> AssignmentPlan
  {
    try authorize(.assignRun, person)
    return try transaction(person) {
      let round = try RoundContext.load(database, round: id)
      // A closed round's assignment stays as it was until an organiser reopens it.
      if round.state == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      var plan = Self.emptyPlan(round, options: options)
      guard let k = options.perEntry ?? AssignmentPlanning.perEntry(round.round) else {
        return plan
      }
      // Scored pairs stay, and so do the further judges `assign extra` gave an entry (it has
      // more than the round's number): a new run must not undo a third marking.
      var keep = AssignmentPlanning.scoredPairs(round)
      if round.round.resolution != nil, let base = round.round.basePerEntry {
        for code in round.roster.entries where round.roster.judges(of: code).count > base {
          for judge in round.roster.judges(of: code) {
            keep.insert(Pair(judge: judge, entry: code))
          }
        }
      }
      let problem = AssignmentPlanning.problem(
        round, perEntry: k, keep: keep, maxLoad: options.maxLoad, seed: options.seed)
      let solution = try AssignmentSolver.solve(problem).get()
      if !options.dryRun {
        try database.replaceAssignments(
          round: round.round.id, with: solution.pairs.map { RoundPair(round: round.round.id, $0) },
          context: context(person),
          note:
            "per entry \(k), max load \(options.maxLoad.map(String.init) ?? "-"), seed \(options.seed)"
        )
      }
      plan.perEntry = k
      plan.entries = problem.entries.count
      plan.solution = solution
      plan.added = solution.pairs
      return plan
    }
  }

  /// Fills the places left empty (a judge removed, a conflict declared); keeps every other
  /// assignment.
  public func repairAssignments(
    round id: String?, options: AssignmentOptions = AssignmentOptions(), by person: Person
  ) throws(WorkflowError) -> AssignmentPlan {
    try authorize(.assignRepair, person)
    return try transaction(person) {
      let round = try RoundContext.load(database, round: id)
      // The re-markers of the round's complaints are replaced whatever the round's state:
      // re-marking comes after the result is published, and never touches the round.
      let remarks = try repairRemarkers(
        round: round.round.id, dryRun: options.dryRun, by: person)
      var plan = Self.emptyPlan(round, options: options)
      plan.remarks = remarks
      // A closed round's assignment stays as it was until an organiser reopens it.
      if round.state == .closed {
        if !remarks.isEmpty { return plan }
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      guard let k = AssignmentPlanning.perEntry(round.round) else { return plan }
      let keep = AssignmentPlanning.scoredPairs(round).union(AssignmentPlanning.currentPairs(round))
      let problem = AssignmentPlanning.problem(
        round, perEntry: k, keep: keep, maxLoad: options.maxLoad, seed: options.seed)
      let solution = try AssignmentSolver.solve(problem).get()
      let added = solution.pairs.filter { !keep.contains($0) }
      if !options.dryRun && !added.isEmpty {
        try database.addAssignments(
          added.map { RoundPair(round: round.round.id, $0) }, context: context(person),
          note: "repair")
        try queueAssignmentNotices(round, added: added, removed: [], by: person)
      }
      plan.perEntry = k
      plan.entries = problem.entries.count
      plan.solution = solution
      plan.added = added
      return plan
    }
  }

  /// Gives one entry to another judge: not once the first judge has scored it, and only to
  /// an active judge free of conflict with it.
  public func moveAssignment(
    round id: String?, entry: String, from: String, to: String, by person: Person
  ) throws(WorkflowError) -> String {
    try authorize(.assignMove, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    return try transaction(person) {
      let round = try RoundContext.load(database, round: id)
      // A closed round's assignment stays as it was until an organiser reopens it.
      if round.state == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      if round.sheet(judge: from, entry: entry) != nil {
        throw WorkflowError.wrongState(WorkflowText.alreadyScored(from, entry))
      }
      if round.roster.isAssigned(judge: to, entry: entry) {
        throw WorkflowError.wrongState(WorkflowText.alreadyHas(to, entry))
      }
      if let refusal = round.refusal(judge: to, entry: entry),
        round.judges[to]?.active != true || round.excluded.contains(Pair(judge: to, entry: entry))
      {
        throw refusal
      }
      try database.moveAssignment(
        round: round.round.id, entry: entry, from: from, to: to, context: context(person))
      try queueAssignmentNotices(
        round, added: [Pair(judge: to, entry: entry)], removed: [Pair(judge: from, entry: entry)],
        by: person)
      return round.round.id
    }
  }

  /// Registers the assignments of a file (round, judge, entry), all or none; each is checked
  /// against the jury, the round and conflicts of interest in the transaction that writes.
  ///
  /// A workbook is read from `sheet`, or the first worksheet with a judge and an entry column.
  public func importAssignments(
    _ source: FileSource, round id: String?, dryRun: Bool = false, sheet: String? = nil,
    by person: Person
  ) throws(WorkflowError) -> AssignmentImport {
    try authorize(.assignImport, person)
    let table = try tabular(source, sheet: sheet, kind: .assignments)
    return try importing(table, dryRun: dryRun) { (dryRun) throws(WorkflowError) in
      try importAssignments(read: table.source, round: id, dryRun: dryRun, by: person)
    }
  }

  /// Read before any transaction and checked on a snapshot (a dry run never takes the
  /// write lock); the pairs are stored in one short transaction, checked again inside it
  /// only if something was written since the snapshot.
  private func importAssignments(
    read source: FileSource, round id: String?, dryRun: Bool, by person: Person
  ) throws(WorkflowError) -> AssignmentImport {
    try authorize(.assignImport, person)
    let file = source.name
    let rows = try attempt { try AssignmentCSV.read(source) }
    func plan() throws -> (RoundContext, [RoundPair]) {
      let round = try RoundContext.load(database, round: id)
      // A closed round's assignment stays as it was until an organiser reopens it.
      if round.state == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      var collector = DiagnosticCollector()
      var pairs: [RoundPair] = []
      for var row in rows {
        row.entry = round.code(row.entry)
        // A row's problem names its entry, where the message does not already.
        func problem(_ column: String?, _ message: String) {
          let text =
            row.entry.isEmpty || message.contains(row.entry) ? message : "\(row.entry): \(message)"
          collector.add(Diagnostic(file: file, line: row.line, column: column, message: text))
        }
        let roundId = row.round ?? round.round.id
        if roundId != round.round.id {
          problem("round", WorkflowText.rowForRound(roundId, importing: round.round.id))
          continue
        }
        guard round.judges[row.judge]?.active == true else {
          problem("judge", WorkflowText.noJudge(row.judge))
          continue
        }
        if round.excluded.contains(Pair(judge: row.judge, entry: row.entry)) {
          problem(nil, WorkflowText.pairInConflict(row.judge, row.entry))
          continue
        }
        guard let entry = round.entries[row.entry], entry.status.isEligible,
          round.roster.contains(entry: row.entry)
        else {
          problem("entry", WorkflowText.notAnEntryOfRound(row.entry))
          continue
        }
        pairs.append(RoundPair(round: roundId, judge: row.judge, entry: row.entry))
      }
      try collector.check()
      return (round, pairs)
    }
    func result(_ round: RoundContext, _ pairs: [RoundPair], added: Int) -> AssignmentImport {
      // The loads as they end up; the import stands, the secretariat decides.
      var loads: [String: Int] = [:]
      for judge in round.judges.values where judge.active { loads[judge.id] = 0 }
      for pair in AssignmentPlanning.currentPairs(round).union(pairs.map(\.pair)) {
        loads[pair.judge, default: 0] += 1
      }
      var uneven: ClosedRange<Int>? = nil
      if let low = loads.values.min(), let high = loads.values.max(), high - low > 1 {
        uneven = low...high
      }
      return AssignmentImport(
        round: round.round.id, added: added, unevenLoads: uneven, dryRun: dryRun)
    }
    let (round, pairs, marker) = try attempt {
      try database.snapshot {
        let (round, pairs) = try plan()
        return (round, pairs, try database.auditHead())
      }
    }
    if dryRun {
      let current = Set(try attempt { try database.assignments(round: round.round.id) })
      let added = Set(pairs).subtracting(current).count
      return result(round, pairs, added: added)
    }
    return try transaction(person) {
      let (checked, checkedPairs) =
        try database.auditHead() == marker ? (round, pairs) : try plan()
      let added = try database.addAssignments(checkedPairs, context: context(person), note: file)
      return result(checked, checkedPairs, added: added)
    }
  }

  /// Each judge's worklist in a round (a judge gets only their own, whatever they ask).
  public func worklists(round id: String?, judge: String?, by person: Person)
    throws(WorkflowError) -> WorklistDocument
  {
    try authorize(.assignShow, person, judge: judge)
    let judge = Policy.scope(of: person, asking: judge)
    return try attempt {
      let round = try RoundContext.load(database, round: id)
      let judges = round.judges.values.filter { $0.active && (judge == nil || $0.id == judge) }
        .sorted { $0.id < $1.id }
      return WorklistDocument(
        judges.flatMap { j in
          round.roster.entries(of: j.id).map {
            WorklistDocument.Line(
              pair: RoundPair(round: round.round.id, judge: j.id, entry: $0),
              title: round.entries[$0]?.draft.title ?? "")
          }
        })
    }
  }

  /// The round's assignments, by entry then judge, as `assign export` writes them.
  public func assignments(round id: String?, by person: Person) throws(WorkflowError)
    -> [RoundPair]
  {
    try authorize(.assignExport, person)
    return try attempt {
      let round = try RoundContext.load(database, round: id)
      return round.roster.entries.flatMap { code in
        round.roster.judges(of: code).sorted().map {
          RoundPair(round: round.round.id, judge: $0, entry: code)
        }
      }
    }
  }

  private static func emptyPlan(_ round: RoundContext, options: AssignmentOptions) -> AssignmentPlan
  {
    AssignmentPlan(
      round: round.round, judges: round.judges.values.filter(\.active).count, perEntry: nil,
      entries: round.roster.entries.count, solution: nil, added: [], dryRun: options.dryRun,
      conflictsAvoided: round.conflicts.filter(\.isActive).count)
  }
}
