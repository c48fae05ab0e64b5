import SangKienModel

/// The audit log as `audit log` shows and writes it; CSV and JSON carry before and after.
public struct AuditLogDocument: ListDocument, Sendable {
  /// The records, oldest first.
  public var records: [AuditRecord]

  /// Creates the document.
  public init(_ records: [AuditRecord]) { self.records = records }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    Language.current == .vi
      ? ["Số", "Thời điểm", "Người", "Thao tác", "Đối tượng", "Ghi chú", "Mã băm"]
      : ["No.", "At (Hanoi time)", "Actor", "Action", "Subject", "Note", "Hash"]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    // The first 16 hex digits: enough to tell records apart on a terminal; CSV and JSON
    // carry the whole hash, the moment in UTC and the action's id.
    records.map {
      [
        String($0.id), RecordWords.moment(iso: $0.at, seconds: true), $0.actor,
        RecordWords.action($0.action), $0.subject, $0.note ?? "",
        String(($0.hash ?? "").prefix(16)),
      ]
    }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    ["id", "at", "actor", "action", "subject", "before", "after", "note", "hash"]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    records.map { r in
      [
        String(r.id), r.at, r.actor, r.action, r.subject, r.before ?? "", r.after ?? "",
        r.note ?? "", r.hash ?? "",
      ]
    }
  }

  /// The JSON document.
  public var json: JSONValue {
    .array(
      records.map { r in
        .object([
          "id": .number(String(r.id)), "at": .string(r.at), "actor": .string(r.actor),
          "action": .string(r.action), "subject": .string(r.subject),
          "before": r.before.flatMap(JSONValue.init(parsing:)) ?? .null,
          "after": r.after.flatMap(JSONValue.init(parsing:)) ?? .null,
          "note": .optional(r.note), "hash": .optional(r.hash),
        ])
      })
  }
}
