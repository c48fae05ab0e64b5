import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// What `contest update` changed, or on a dry run would change.
public struct ContestUpdate: Sendable {
  /// The differences, key by key, as the contest file names its keys
  /// (`attachments.max_file_mb: 10 → 20`); a rubric's under `rubric[ID]`.
  public var differences: [JSONDifference]
  /// What the update leaves for people to do (a publication made under the old settings).
  public var warnings: [Problem]
  /// Whether nothing was written.
  public var dryRun: Bool
}

extension Workflow {
  /// Replaces the contest's settings with those of the contest file at `file` (with the
  /// rubrics it names), in one audited transaction that `audit verify` replays.
  ///
  /// Refused whole, saying why, for what would unsettle what is stored: another contest's
  /// file; rounds removed, renamed or reordered (rounds may be added at the end); the code
  /// prefix once entries have codes; a round's rubric, or a rubric's criteria, once the round
  /// holds sheets; and any change to a closed round's rules (its definition, the prizes it
  /// awards) or, however indirect, to a closed round's result, until an organiser reopens it.
  public func updateContest(from file: String, dryRun: Bool = false, by person: Person)
    throws(WorkflowError) -> ContestUpdate
  {
    try authorize(.contestUpdate, person)
    let loaded: LoadedContest
    do { loaded = try ContestFile.load(path: file) } catch { throw WorkflowError(error) }
    return try keepingClosedRounds(.contestUpdate, person, commit: !dryRun) {
      let contest = try database.contest()
      let rubrics = try database.rubrics()
      let states = try database.roundStates()
      let differences = try Self.differences(
        from: (contest, rubrics), to: (loaded.contest, loaded.rubrics))
      guard !differences.isEmpty else {
        return ContestUpdate(differences: [], warnings: [], dryRun: dryRun)
      }
      let problems = try updateRefusals(
        contest, rubrics: rubrics, to: loaded, differences: differences, states: states,
        file: file)
      if !problems.isEmpty { throw WorkflowError.invalid(problems) }
      try database.updateContest(
        loaded.contest, rubrics: loaded.rubrics, changes: differences.map(\.description),
        context: context(person))
      var warnings: [Problem] = []
      if let last = try database.publications().last {
        warnings.append(
          Problem(
            field: nil, message: WorkflowText.settingsAfterPublication(last.id), severity: .warning)
        )
      }
      return ContestUpdate(differences: differences, warnings: warnings, dryRun: dryRun)
    }
  }

  /// The differences between the stored settings and a file's, key by key in the file's
  /// words (snake case), the rubrics' under `rubric[ID]`.
  static func differences(
    from old: (Contest, [Rubric]), to new: (Contest, [Rubric])
  ) throws -> [JSONDifference] {
    differences(from: try settingsJSON(old.0, old.1), to: try settingsJSON(new.0, new.1))
  }

  /// The differences between two settings as JSON (contest, rubrics by id).
  static func differences(
    from old: (contest: JSONValue, rubrics: JSONValue),
    to new: (contest: JSONValue, rubrics: JSONValue)
  ) -> [JSONDifference] {
    old.contest.differences(to: new.contest)
      + old.rubrics.differences(to: new.rubrics).map { difference in
        var named = difference
        // `cchc-2019.criteria[novelty].max` reads as the rubric's.
        let id = difference.path.prefix { $0 != "." && $0 != "[" }
        named.path = "rubric[\(id)]" + difference.path.dropFirst(id.count)
        return named
      }
  }

  /// A contest and its rubrics as JSON with the contest file's key names (snake case).
  static func settingsJSON(_ contest: Contest, _ rubrics: [Rubric]) throws -> (
    contest: JSONValue, rubrics: JSONValue
  ) {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    func json<T: Encodable>(_ value: T) throws -> JSONValue {
      JSONValue(parsing: String(decoding: try encoder.encode(value), as: UTF8.self)) ?? .null
    }
    return (
      try json(contest),
      .object(Dictionary(uniqueKeysWithValues: try rubrics.map { ($0.id, try json($0)) }))
    )
  }

  /// Why the file may not replace the stored settings, each reason with the key it is about.
  private func updateRefusals(
    _ contest: Contest, rubrics: [Rubric], to loaded: LoadedContest,
    differences: [JSONDifference], states: [String: RoundState], file: String
  ) throws -> [Problem] {
    var problems: [Problem] = []
    func refuse(_ key: String, _ message: String) {
      problems.append(Problem(field: key, message: message))
    }
    let new = loaded.contest
    if new.id != contest.id {
      refuse("id", WorkflowText.otherContestFile(new.id, contest.id))
      return problems
    }
    let stored = contest.rounds.map(\.id)
    if Array(new.rounds.map(\.id).prefix(stored.count)) != stored {
      refuse("rounds", WorkflowText.roundsKept(stored, given: new.rounds.map(\.id)))
      return problems
    }
    if new.codePrefix != contest.codePrefix, try database.entryCounts().values.reduce(0, +) > 0 {
      refuse("code_prefix", WorkflowText.codePrefixFixed(contest.codePrefix))
    }
    let sheets = try database.sheetCounts()
    let oldRubrics = Dictionary(uniqueKeysWithValues: rubrics.map { ($0.id, $0) })
    let newRubrics = Dictionary(uniqueKeysWithValues: loaded.rubrics.map { ($0.id, $0) })
    for round in contest.rounds {
      guard let now = new.round(round.id) else { continue }
      let held = sheets[round.id] ?? 0
      if states[round.id] == .closed && now != round {
        let keys = differences.map(\.path).filter {
          $0.hasPrefix("rounds[\(round.id)]")
        }
        refuse(
          keys.first ?? "rounds", WorkflowText.closedRoundRules(round.id, keys: keys))
        continue
      }
      if held > 0 && now.rubricId != round.rubricId {
        refuse(
          "rounds[\(round.id)].rubric_id",
          WorkflowText.rubricHeld(round.id, sheets: held, rubric: round.rubricId))
      } else if held > 0 || states[round.id] == .closed,
        oldRubrics[round.rubricId] != newRubrics[round.rubricId]
      {
        refuse(
          "rubric[\(round.rubricId)]",
          WorkflowText.rubricHeld(round.id, sheets: held, rubric: round.rubricId))
      }
    }
    // The prizes belong to the round they are awarded in.
    let prizeRounds = [contest.prizes?.round, new.prizes?.round].compactMap { $0 }
    if contest.prizes != new.prizes,
      let closed = prizeRounds.first(where: { states[$0] == .closed })
    {
      refuse(
        "prizes",
        WorkflowText.closedRoundRules(
          closed, keys: differences.map(\.path).filter { $0.hasPrefix("prizes") }))
    }
    return problems.map { problem in
      var named = problem
      named.file = file
      return named
    }
  }
}

/// The contest's settings as a contest file names them, key by key, for reading.
public struct ContestSettings: Sendable {
  /// The contest, its rubrics, states and counts.
  public var summary: ContestSummary
  /// Every setting in force (`rounds[so-khao].judges_per_entry` = `3`), the rubrics' under
  /// `rubric[ID]`, in key order.
  public var keys: [(key: String, value: String)]
}

extension Workflow {
  /// The settings in force, key by key: what a `contest update` file changes. For the staff.
  public func contestSettings(by person: Person) throws(WorkflowError) -> ContestSettings {
    try authorize(.contestUpdate, person)
    let summary = try contestSummary(by: person)
    let keys = try attempt {
      Self.differences(
        from: (.object([:]), .object([:])),
        to: try Self.settingsJSON(summary.contest, summary.rubrics))
    }
    return ContestSettings(
      summary: summary,
      keys: keys.compactMap { difference in
        difference.after.map { (difference.path, JSONDifference.shown($0)) }
      })
  }
}
