import SangKienModel

/// What decides whether a judge may score an entry in a round, however it was read: the
/// whole round loaded (an import), or the one pair looked up (a sheet saved from a page).
struct ScoringFacts {
  var round: Round
  var state: RoundState
  var judge: Judge?
  var entry: Entry?
  /// The entry is in the round (its shortlist, or the first round's eligible entries).
  var inRound: Bool
  /// A conflict of interest keeps the pair apart.
  var excluded: Bool
  /// The judge is to score the entry in the round.
  var assigned: Bool
  /// The jury set the judge's sheet for the entry aside, for this reason.
  var voided: String? = nil
}

/// The rule, written once: a sheet is accepted only when the round is open, the judge an
/// active member of the jury, the entry eligible and in the round, the pair free of conflict
/// and assigned (or the round scores `all`).
enum SheetRules {
  /// Why the sheet is refused, or nil when it may be saved.
  ///
  /// `blind`: the asker is the judge, who is told only "not assigned" of an entry that does
  /// not exist, is not eligible or is not on the round's list — the register, the entries'
  /// statuses and the shortlist are not theirs to learn from the answers.
  static func refusal(
    _ facts: ScoringFacts, judge: String, entry code: String, blind: Bool = false
  ) -> WorkflowError? {
    let round = facts.round.id
    let notTheirs = WorkflowError.notPermitted(WorkflowText.notAssigned(judge, code, round: round))
    if facts.state == .closed { return .wrongState(WorkflowText.roundClosed(round)) }
    guard let member = facts.judge else { return .notFound(WorkflowText.noJudge(judge)) }
    if !member.active { return .wrongState(WorkflowText.judgeRemoved(judge)) }
    guard let entry = facts.entry else {
      return blind ? notTheirs : .notFound(WorkflowText.noEntry(code))
    }
    if !entry.status.isEligible {
      return blind ? notTheirs : .wrongState(WorkflowText.notScored(entry))
    }
    if !facts.inRound {
      return blind ? notTheirs : .wrongState(WorkflowText.notInRound(code, round: round))
    }
    if facts.excluded { return .notPermitted(WorkflowText.inConflict(judge, code)) }
    if let reason = facts.voided {
      return .wrongState(WorkflowText.sheetVoided(judge, code, reason))
    }
    if !facts.assigned { return notTheirs }
    return nil
  }
}
