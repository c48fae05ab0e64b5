import Foundation

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

  /// Formats a moment as ISO 8601 UTC with milliseconds.
  public static func format(_ date: Date) -> String {
    let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    var seconds = time_t(millis / 1000)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
      + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
      + ".\(pad(Int32(millis % 1000), 3))Z"
  }
}
