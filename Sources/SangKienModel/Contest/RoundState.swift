/// Whether a round takes score changes.
public enum RoundState: String, Sendable, CaseIterable, Codable {
  /// Scores may be entered and replaced.
  case open
  /// No score may change.
  case closed
}
