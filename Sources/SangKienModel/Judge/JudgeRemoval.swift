/// What removing a judge did.
public struct JudgeRemoval: Sendable {
  /// Sheets the judge had scored.
  public var sheets: Int
  /// Whether they were deleted (`--drop-scores`) or kept.
  public var droppedScores: Bool
  /// Assignments of entries the judge had not scored, now removed.
  public var freedAssignments: Int

  /// Creates what a removal did.
  public init(sheets: Int, droppedScores: Bool, freedAssignments: Int) {
    self.sheets = sheets
    self.droppedScores = droppedScores
    self.freedAssignments = freedAssignments
  }
}
