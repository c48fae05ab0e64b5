import Foundation
import SangKienModel

/// Who makes a change, and when: stamped on the change's audit record.
public struct AuditContext: Sendable {
  /// The person (from `--as`, `SANGKIEN_ACTOR` or the OS user).
  public var actor: String
  /// The moment of the change.
  public var now: Date

  /// Creates a context.
  public init(actor: String, now: Date) {
    self.actor = actor
    self.now = now
  }

  /// The moment as ISO 8601 UTC with milliseconds: `2026-11-27T21:30:05.123Z`.
  public var timestamp: String { AuditContext.format(now) }

  /// Formats a moment as ISO 8601 UTC with milliseconds (`Timestamp.format`).
  public static func format(_ date: Date) -> String { Timestamp.format(date) }

  /// The moment `format` wrote, or nil for any other text (`Timestamp.parse`).
  public static func parse(_ text: String) -> Date? { Timestamp.parse(text) }
}
