import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

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

extension Workflow {
  /// Opens or closes a round. A closed round refuses every score change.
  public func setRoundState(_ round: String, to state: RoundState, by person: Person)
    throws(WorkflowError)
  {
    try authorize(state == .open ? .roundOpen : .roundClose, person)
    try attempt { try database.setRoundState(round, to: state, context: context(person)) }
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
