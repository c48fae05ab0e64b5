import Foundation
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// Everything about one round that scoring, ranking and assignment need, read on one
/// snapshot (or inside the transaction in force).
public struct RoundContext: Sendable {
  /// The contest.
  public let contest: Contest
  /// The round.
  public let round: Round
  /// Its rubric.
  public let rubric: Rubric
  /// Open or closed.
  public let state: RoundState
  /// Who scores what.
  public let roster: RoundRoster
  /// Every entry, by code.
  public let entries: [String: Entry]
  /// Every judge (removed ones too), by id.
  public let judges: [String: Judge]
  /// The round's sheets.
  public let sheets: [StoredSheet]
  /// The sheets as the scoring module takes them (stored sheets are checked on entry),
  /// worked out once per load: ranking, statistics and publishing all read them.
  public let scoredSheets: [ScoreSheet]
  /// Conflicts of interest, dismissed ones included.
  public let conflicts: [ConflictRecord]
  /// The pairs conflicts keep apart.
  public let excluded: Set<Pair>
  /// Sheets of the round that do not count, and why: voided by the jury, or in conflict.
  public let setAside: [RoundPair: SetAside]
  /// What the jury decided for prize places left to it by ties.
  public let decisions: [PrizeDecision]
  /// Entries whose score a complaint's decision amended, by code (the latest decision of
  /// each): the ranking takes the mean of the sheets each names.
  var amendments: [String: Amendment]
  /// Codes by their upper-case form, for `code(_:)`: a file of lower-case codes would
  /// otherwise look each one up through every entry.
  let codesByUpper: [String: String]
  /// Each pair's place in `sheets`, for `sheet(judge:entry:)`: an import of 50,000 rows
  /// asks for every row's stored sheet, and a scan per row made it quadratic.
  let sheetIndex: [Pair: Int]

  /// The stored code `given` names, read without case (`sk-0011` is `SK-0011`).
  func code(_ given: String) -> String {
    if entries[given] != nil { return given }
    return codesByUpper[given.uppercased()] ?? given
  }

  /// The round's scorer.
  public var scorer: SheetScorer { SheetScorer(rubric: rubric) }

  /// Loads the round `id`, or the default round: the first open one, else the last.
  static func load(_ database: ContestDatabase, round id: String?) throws -> RoundContext {
    try database.snapshot {
      let contest = try database.contest()
      let states = try database.roundStates()
      let round = try Self.round(id, of: contest, states: states)
      guard let rubric = try database.rubrics().first(where: { $0.id == round.rubricId }) else {
        throw StorageError.roundNotFound(id: round.id)
      }
      let allEntries = try database.entries()
      let entries = Dictionary(uniqueKeysWithValues: allEntries.map { ($0.code, $0) })
      let judgeList = try database.judges(includeRemoved: true)
      let inRound: [String]
      if let shortlist = try database.shortlist(round: round.id) {
        inRound = shortlist.filter { entries[$0]?.status.isEligible == true }
      } else if round.id == contest.rounds.first?.id {
        inRound = allEntries.filter(\.status.isEligible).map(\.code)
      } else {
        inRound = []
      }
      let conflicts = Conflicts.records(
        judges: judgeList.filter(\.active), entries: allEntries.filter(\.status.isEligible),
        notes: try database.conflictNotes())
      let excluded = Conflicts.excluded(conflicts, in: round.id)
      let sheets = try database.sheets(round: round.id)
      let setAside = SetAside.of(sheets, conflicts: conflicts)
      // A voided sheet frees its place as a conflict does: the judge no longer counts for
      // the entry, and a repair gives it another.
      let roster = RoundRoster(
        round: round, entries: inRound, activeJudges: judgeList.filter(\.active).map(\.id),
        assignments: try database.assignments(round: round.id).map(\.pair),
        excluded: excluded.union(setAside.keys.map(\.pair)))
      let scorer = SheetScorer(rubric: rubric)
      let scored = sheets.compactMap { stored -> ScoreSheet? in
        guard setAside[stored.key] == nil else { return nil }
        return try? scorer.sheet(judge: stored.judge, entry: stored.entry, points: stored.points)
          .get()
      }
      var amendments: [String: Amendment] = [:]
      for complaint in try database.complaints(state: .decided).reversed()
      where complaint.round == round.id && complaint.outcome == .amended {
        amendments[complaint.code] = Self.amendment(
          complaint, method: complaint.method ?? .meanRemarks,
          remarks: try database.remarks(complaint: complaint.id), scorer: scorer,
          roundSheets: scored)
      }
      return RoundContext(
        contest: contest, round: round, rubric: rubric, state: states[round.id] ?? .open,
        roster: roster, entries: entries,
        judges: Dictionary(uniqueKeysWithValues: judgeList.map { ($0.id, $0) }),
        sheets: sheets, scoredSheets: scored, conflicts: conflicts, excluded: excluded,
        setAside: setAside, decisions: try database.prizeDecisions(round: round.id),
        amendments: amendments,
        codesByUpper: Dictionary(
          allEntries.map { ($0.code.uppercased(), $0.code) }, uniquingKeysWith: { a, _ in a }),
        sheetIndex: Dictionary(
          sheets.enumerated().map {
            (Pair(judge: $0.element.judge, entry: $0.element.entry), $0.offset)
          },
          uniquingKeysWith: { a, _ in a }))
    }
  }

  /// What deciding `complaint` amended by `method` makes of its entry's score: the re-marks
  /// submitted by the re-markers who stand, alone or with the round's sheets that count.
  static func amendment(
    _ complaint: Complaint, method: ComplaintMethod, remarks: [Remark], scorer: SheetScorer,
    roundSheets: [ScoreSheet]
  ) -> Amendment {
    let marks = remarks.filter { $0.stands && $0.isSubmitted }.compactMap {
      try? scorer.sheet(judge: $0.judge, entry: complaint.code, points: $0.points).get()
    }
    let earlier = method == .meanAll ? roundSheets.filter { $0.entry == complaint.code } : []
    return Amendment(
      complaint: complaint.id, sheets: earlier + marks, remarks: marks,
      remarksOnly: method == .meanRemarks)
  }

  /// The round `id`, or the default: the first open round, else the last.
  static func round(_ id: String?, of contest: Contest, states: [String: RoundState]) throws
    -> Round
  {
    guard
      let round = id.map({ contest.round($0) })
        ?? contest.rounds.first(where: { states[$0.id] == .open }) ?? contest.rounds.last
    else {
      throw StorageError.roundNotFound(id: id ?? "")
    }
    return round
  }

  /// What decides whether `judge` may score `entry`.
  func facts(judge: String, entry code: String) -> ScoringFacts {
    let pair = Pair(judge: judge, entry: code)
    return ScoringFacts(
      round: round, state: state, judge: judges[judge], entry: entries[code],
      inRound: roster.contains(entry: code), excluded: excluded.contains(pair),
      assigned: roster.isAssigned(judge: judge, entry: code),
      voided: setAside[RoundPair(round: round.id, pair)]?.voided)
  }

  /// Why `judge` may not score `entry`, or nil when they may.
  func refusal(judge: String, entry: String) -> WorkflowError? {
    SheetRules.refusal(facts(judge: judge, entry: entry), judge: judge, entry: entry)
  }

  /// The ranking entries of the round. In a round of N judges per entry, an entry is due N
  /// sheets even when fewer judges hold it (a place freed by a conflict or a void, an entry
  /// added after the assignment): short of them it is incomplete.
  var rankingEntries: [RankingEntry] {
    let due = AssignmentPlanning.perEntry(round) ?? 0
    return roster.entries.compactMap { code in
      guard let entry = entries[code] else { return nil }
      return RankingEntry(
        code: code, title: entry.draft.title, category: entry.draft.category,
        entrantKind: entry.draft.entrantKind, group: contest.group(of: entry.draft.entrantKind),
        assignedJudges: max(roster.judges(of: code).count, due))
    }
  }

  /// The round's ranking by its method or `method`, without prizes.
  func ranking(method: Aggregation? = nil) -> Ranking {
    Ranker.rank(
      entries: rankingEntries, sheets: scoredSheets, round: round, method: method,
      amendments: amendments)
  }

  /// The ranking with prizes, in the prize round, and the prize outcomes.
  func awarded(_ plain: Ranking) -> (ranking: Ranking, outcomes: [PrizeOutcome]) {
    PrizeAllocator.awarded(
      plain, round: round, rules: contest.prizes, groups: contest.groups, decisions: decisions)
  }

  /// Every sheet already in, by pair.
  func sheet(judge: String, entry: String) -> StoredSheet? {
    sheetIndex[Pair(judge: judge, entry: entry)].map { sheets[$0] }
  }
}

/// One pair's facts read on their own: a judge saving a sheet from a page costs a few
/// look-ups, not the whole round.
enum PairFacts {
  static func read(
    _ database: ContestDatabase, round id: String?, judge: String, entry code: String
  ) throws -> (facts: ScoringFacts, rubric: Rubric) {
    try database.snapshot {
      let contest = try database.contest()
      let states = try database.roundStates()
      let round = try RoundContext.round(id, of: contest, states: states)
      guard let rubric = try database.rubrics().first(where: { $0.id == round.rubricId }) else {
        throw StorageError.roundNotFound(id: round.id)
      }
      let member = try database.judge(id: judge)
      let entry = try database.entries(codes: [code]).first
      var inRound = false
      if let entry, entry.status.isEligible {
        inRound =
          try database.isShortlisted(round: round.id, code: code)
          ?? (round.id == contest.rounds.first?.id)
      }
      var excluded = false
      if let member, let entry {
        let notes = try database.conflictNotes(judge: judge).filter { $0.entry == code }
        excluded = Conflicts.excluded(
          Conflicts.records(judges: [member], entries: [entry], notes: notes), in: round.id
        ).contains(Pair(judge: judge, entry: code))
      }
      let stored = try database.sheets(round: round.id, judge: judge, entry: code).first
      let assigned: Bool
      switch round.judgesPerEntry {
      case .all: assigned = member?.active == true
      case .count:
        assigned = try database.assignedJudges(round: round.id, entry: code).contains(judge)
      }
      let facts = ScoringFacts(
        round: round, state: states[round.id] ?? .open, judge: member, entry: entry,
        inRound: inRound, excluded: excluded, assigned: assigned && !excluded,
        voided: stored?.voided)
      return (facts, rubric)
    }
  }
}

/// Why a sheet does not count.
public enum SetAside: Sendable, Hashable {
  /// The jury voided it, for this reason.
  case voided(String)
  /// A conflict of interest declared (or detected) after it was scored.
  case conflict(ConflictRecord)

  /// The jury's reason, for a voided sheet.
  var voided: String? {
    if case .voided(let reason) = self { return reason }
    return nil
  }

  /// The sheets of `sheets` that do not count.
  static func of(_ sheets: [StoredSheet], conflicts: [ConflictRecord]) -> [RoundPair: SetAside] {
    let active = Dictionary(grouping: conflicts.filter(\.isActive), by: \.pair)
    var result: [RoundPair: SetAside] = [:]
    for sheet in sheets {
      if let reason = sheet.voided {
        result[sheet.key] = .voided(reason)
      } else if let conflict = active[sheet.key.pair]?.first(where: {
        $0.applies(to: sheet.key.round)
      }) {
        result[sheet.key] = .conflict(conflict)
      }
    }
    return result
  }
}
