import Foundation

/// A judge's points for an entry in a round, as stored.
public struct StoredSheet: Hashable, Sendable {
  /// The round's id.
  public var round: String
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// Points of each leaf criterion.
  public var points: [String: Points]
  /// The judge's comment.
  public var comment: String
  /// Why the jury set the sheet aside (voided); nil while it counts.
  public var voided: String?
  /// Why the secretariat reopened the submitted sheet of a round that locks them; nil when
  /// it is not reopened (the judge's next submission closes it again).
  public var reopened: String?

  /// Creates a sheet.
  public init(
    round: String, judge: String, entry: String, points: [String: Points], comment: String,
    voided: String? = nil, reopened: String? = nil
  ) {
    self.round = round
    self.judge = judge
    self.entry = entry
    self.points = points
    self.comment = comment
    self.voided = voided
    self.reopened = reopened
  }

  /// The round, judge and entry the sheet is for.
  public var key: RoundPair { RoundPair(round: round, judge: judge, entry: entry) }

  /// The sheet as JSON (points as exact decimal strings), for audit records.
  public var jsonValue: JSONValue {
    var members: [String: JSONValue] = [
      "round": .string(round), "judge": .string(judge), "entry": .string(entry),
      "points": Self.pointsJSON(points), "comment": .string(comment),
    ]
    // Only a voided sheet carries the key, so a sheet's record reads as it always has.
    if let voided { members["voided"] = .string(voided) }
    if let reopened { members["reopened"] = .string(reopened) }
    return .object(members)
  }

  /// Points as a JSON object of exact decimal strings (`{"novelty": "7.5"}`), as stored and
  /// logged.
  public static func pointsJSON(_ points: [String: Points]) -> JSONValue {
    .object(points.mapValues { .string($0.description) })
  }
}
