import SangKienModel

/// Who is asking: the name they gave (written in the audit log) and, when the contest knows
/// them, who they are.
public struct Person: Hashable, Sendable {
  /// The name as given, cleaned to NFC: the audit log's actor.
  public var name: String
  /// The member of staff or judge of that name; nil for a stranger, who may do nothing.
  public var actor: Actor?

  /// Creates a person.
  public init(name: String, actor: Actor?) {
    self.name = name
    self.actor = actor
  }
}
