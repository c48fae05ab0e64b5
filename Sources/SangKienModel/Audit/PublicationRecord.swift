/// One publication as its audit record holds it.
public struct PublicationRecord: Sendable, Hashable {
  /// The audit record's number: the publication's code.
  public var id: Int64
  /// When.
  public var at: String
  /// Who published.
  public var actor: String
  /// The round published.
  public var round: String
  /// The audit head the files were computed from.
  public var auditHead: String
  /// The SHA-256 (hex) of each file, by name.
  public var files: [String: String]
  /// The earlier publication of the same round this one replaces, if any.
  public var supersedes: Int64?
  /// Why the round's result changed since the one it replaces (the reasons the round was
  /// reopened with).
  public var because: [String]
  /// The complaints whose decisions it answers (decided since the one it replaces).
  public var complaints: [Int64] = []

  /// Creates a publication as its record holds it.
  public init(
    id: Int64, at: String, actor: String, round: String, auditHead: String,
    files: [String: String], supersedes: Int64?, because: [String]
  ) {
    self.id = id
    self.at = at
    self.actor = actor
    self.round = round
    self.auditHead = auditHead
    self.files = files
    self.supersedes = supersedes
    self.because = because
  }
}
