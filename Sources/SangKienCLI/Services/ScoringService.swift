import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

/// Everything about one round that scoring commands need, loaded once.
struct RoundContext {
  let contest: Contest
  let round: Round
  let rubric: Rubric
  let state: RoundState
  let roster: RoundRoster
  let entries: [String: Entry]
  let judges: [String: Judge]
  let sheets: [StoredSheet]
  /// The sheets as the scoring module takes them (stored sheets are checked on entry),
  /// worked out once per load: ranking, statistics and publishing all read them.
  let scoredSheets: [ScoreSheet]
  let conflicts: [ConflictRecord]
  let excluded: Set<[String]>

  var scorer: SheetScorer { SheetScorer(rubric: rubric) }

  /// Loads the round `id`, or the default round: the first open one, else the last.
  static func load(_ database: ContestDatabase, round id: String?) throws -> RoundContext {
    let contest = try database.contest()
    let states = try database.roundStates()
    guard
      let round = id.map({ contest.round($0) })
        ?? contest.rounds.first(where: { states[$0.id] == .open }) ?? contest.rounds.last
    else {
      throw StorageError.roundNotFound(id: id ?? "")
    }
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
    let conflicts = Conflicts.all(
      judges: judgeList.filter(\.active), entries: allEntries.filter(\.status.isEligible),
      notes: try database.conflictNotes())
    let excluded = Conflicts.excluded(conflicts)
    let roster = RoundRoster(
      round: round, entries: inRound, activeJudges: judgeList.filter(\.active).map(\.id),
      assignments: try database.assignments(round: round.id).map { ($0.judge, $0.entry) }
        .filter { !excluded.contains([$0.0, $0.1]) },
      excluded: excluded)
    let sheets = try database.sheets(round: round.id)
    let scorer = SheetScorer(rubric: rubric)
    let scored = sheets.compactMap { stored in
      try? scorer.sheet(judge: stored.judge, entry: stored.entry, points: stored.points).get()
    }
    let context = RoundContext(
      contest: contest, round: round, rubric: rubric, state: states[round.id] ?? .open,
      roster: roster, entries: entries,
      judges: Dictionary(uniqueKeysWithValues: judgeList.map { ($0.id, $0) }),
      sheets: sheets, scoredSheets: scored, conflicts: conflicts, excluded: excluded)
    // A command loads one round and uses it to its end: no need to free it piece by piece.
    Teardown.skip(context)
    return context
  }

  /// Why a judge may not score an entry in this round, or nil when they may.
  func refusal(judge: String, entry code: String) -> String? {
    if state == .closed {
      return Language.text(
        vi: "vòng '\(round.id)' đã đóng: không được thay đổi điểm",
        en: "round '\(round.id)' is closed: no score may change")
    }
    guard let member = judges[judge] else {
      return Language.text(vi: "không có giám khảo '\(judge)'", en: "no judge '\(judge)'")
    }
    if !member.active {
      return Language.text(
        vi: "giám khảo '\(judge)' đã được rút khỏi Ban giám khảo",
        en: "judge '\(judge)' has been removed from the jury")
    }
    guard let entry = entries[code] else {
      return Language.text(vi: "không có sáng kiến '\(code)'", en: "no entry '\(code)'")
    }
    if !entry.status.isEligible {
      return Language.text(
        vi: "\(code) \(entry.status.vietnamese): không chấm",
        en: "\(code) is \(entry.status.rawValue): not scored")
    }
    if !roster.contains(entry: code) {
      return Language.text(
        vi: "\(code) không có trong vòng '\(round.id)'", en: "\(code) is not in round '\(round.id)'"
      )
    }
    if excluded.contains([judge, code]) {
      return Language.text(
        vi: "giám khảo \(judge) có xung đột lợi ích với \(code)",
        en: "judge \(judge) has a conflict of interest with \(code)")
    }
    if !roster.isAssigned(judge: judge, entry: code) {
      return Language.text(
        vi: "giám khảo \(judge) không được phân công chấm \(code) ở vòng '\(round.id)'",
        en: "judge \(judge) is not assigned to \(code) in round '\(round.id)'")
    }
    return nil
  }

  /// The ranking entries of the round.
  var rankingEntries: [RankingEntry] {
    roster.entries.compactMap { code in
      guard let entry = entries[code] else { return nil }
      return RankingEntry(
        code: code, title: entry.draft.title, category: entry.draft.category,
        entrantKind: entry.draft.entrantKind, group: contest.group(of: entry.draft.entrantKind),
        assignedJudges: roster.judges(of: code).count)
    }
  }

  /// The round's ranking by its method or `method`.
  func ranking(method: Aggregation? = nil) -> Ranking {
    Ranker.rank(entries: rankingEntries, sheets: scoredSheets, round: round, method: method)
  }
}
