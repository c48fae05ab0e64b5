import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// Who goes through to the next round.
public struct AdvanceInput: Sendable, Hashable {
  /// The round ranked.
  public var from: String
  /// The round the shortlist is for.
  public var to: String
  /// How many advance (ties at the cut all go through); default the contest file's.
  public var top: Int?
  /// The lowest score that advances, as typed (`7.5` or `7,5`); default the contest file's.
  public var minScore: String?
  /// Apply `top` within each category.
  public var perCategory: Bool
  /// Work it out; write nothing.
  public var dryRun: Bool

  /// Creates the input.
  public init(
    from: String, to: String, top: Int? = nil, minScore: String? = nil, perCategory: Bool = false,
    dryRun: Bool = false
  ) {
    self.from = from
    self.to = to
    self.top = top
    self.minScore = minScore
    self.perCategory = perCategory
    self.dryRun = dryRun
  }
}

/// A round opened or closed, and what came with it.
public struct RoundStateChange: Sendable {
  /// The round.
  public var round: String
  /// Its state now.
  public var state: RoundState
  /// Changes typed over submitted sheets that were discarded at closing.
  public var discarded: [RoundPair]
  /// On reopening, the round's last publication: its result will be superseded by the
  /// next one.
  public var published: Int64?
}

extension Workflow {
  /// Opens or closes a round. Reopening a closed round needs a reason (audited) and says
  /// when its result was published. Closing is refused while a judge has changes typed over
  /// a submitted sheet and not submitted, naming them, unless `discardPending` (each
  /// discarded pair audited): the submitted sheet is what counts.
  @discardableResult
  public func setRoundState(
    _ round: String, to state: RoundState, reason: String? = nil, discardPending: Bool = false,
    by person: Person
  ) throws(WorkflowError) -> RoundStateChange {
    try authorize(state == .open ? .roundOpen : .roundClose, person)
    var why: String? = nil
    if state == .open {
      why = try Self.reason(reason ?? "")
    } else if let reason, !VietnameseText.clean(reason).isEmpty {
      why = try Self.reason(reason)
    }
    return try transaction(person) {
      var change = RoundStateChange(round: round, state: state, discarded: [], published: nil)
      if state == .closed, try database.roundStates()[round] == .open {
        let pending = try database.pendingChanges(round: round)
        if !pending.isEmpty {
          guard discardPending else {
            throw WorkflowError.wrongState(WorkflowText.pendingAtClose(round, pending.map(\.key)))
          }
          try database.discardPending(pending, context: context(person))
          change.discarded = pending.map(\.key)
        }
      }
      try database.setRoundState(round, to: state, note: why, context: context(person))
      if state == .open {
        change.published = try database.publications().last { $0.round == round }?.id
      }
      return change
    }
  }

  /// Puts the best entries of one round on the next round's shortlist: ranked, cut and
  /// written in one transaction.
  public func advance(_ input: AdvanceInput, by person: Person) throws(WorkflowError)
    -> AdvancementResult
  {
    try authorize(.roundAdvance, person)
    var minScore: Decimal? = nil
    if let text = input.minScore {
      guard let value = DecimalText.parse(text) else {
        throw .invalid([Problem(field: "min_score", message: WorkflowText.notANumber(text))])
      }
      minScore = value
    }
    return try transaction(person) {
      let round = try RoundContext.load(database, round: input.from)
      guard round.contest.round(input.to) != nil, input.to != input.from else {
        throw WorkflowError.invalid([Problem(field: "to", message: WorkflowText.noRound(input.to))])
      }
      let defaults = round.round.advance
      var rule = Advancement(
        top: input.top ?? defaults?.top, minScore: minScore ?? defaults?.minScore,
        perCategory: input.perCategory || (defaults?.perCategory ?? false))
      if rule.top == nil && rule.minScore == nil { rule.minScore = 0 }
      let result = Advancer.advance(round.ranking(), rule: rule, tieBreak: round.round.tieBreak)
      if !input.dryRun {
        guard !result.advancing.isEmpty else {
          throw WorkflowError.wrongState(WorkflowText.noneQualifies)
        }
        try database.setShortlist(
          round: input.to, codes: result.advancing, context: context(person),
          note:
            "from \(input.from): top \(rule.top.map(String.init) ?? "-"), min \(rule.minScore.map { DecimalFormat.plain($0) } ?? "-")\(rule.perCategory ? ", per category" : "")"
        )
      }
      return result
    }
  }
}
