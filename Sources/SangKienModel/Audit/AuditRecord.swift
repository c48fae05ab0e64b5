/// One record of the audit log: who changed what, when, from what to what.
public struct AuditRecord: Hashable, Sendable {
  /// The record's position in the log, from 1.
  public var id: Int64
  /// When, ISO 8601 UTC.
  public var at: String
  /// Who.
  public var actor: String
  /// What kind of change (`entry.add`, `entry.reject`, …).
  public var action: String
  /// What it changed (an entry code, the contest id).
  public var subject: String
  /// The state before, as canonical JSON; nil for a creation.
  public var before: String?
  /// The state after, as canonical JSON; nil for a deletion.
  public var after: String?
  /// A note: the file an import came from, a reason.
  public var note: String?
  /// SHA-256 (hex) of the previous record's hash and this record's canonical content.
  public var hash: String?

  /// Creates a record as read from the log.
  public init(
    id: Int64, at: String, actor: String, action: String, subject: String, before: String?,
    after: String?, note: String?, hash: String?
  ) {
    self.id = id
    self.at = at
    self.actor = actor
    self.action = action
    self.subject = subject
    self.before = before
    self.after = after
    self.note = note
    self.hash = hash
  }
}
