/// What the jury decided for the places of a prize left to it by a tie on its last place.
public struct PrizeDecision: Hashable, Sendable {
  /// The prize group's id.
  public var group: String
  /// The prize's name.
  public var prize: String
  /// The codes of the tied entries the jury gives those places to.
  public var award: [String]
  /// Why, as the minutes record it.
  public var reason: String

  /// Creates a decision.
  public init(group: String, prize: String, award: [String], reason: String) {
    self.group = group
    self.prize = prize
    self.award = award
    self.reason = reason
  }
}
