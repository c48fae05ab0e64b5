import SangKienModel

/// The outbox as `mail list` shows and writes it: never the bodies (an invitation's holds a
/// one-time code).
public struct MailListDocument: ListDocument, Sendable {
  /// The messages, newest first.
  public var messages: [OutboxMessage]

  /// Creates the document.
  public init(_ messages: [OutboxMessage]) { self.messages = messages }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    [
      Language.text(vi: "Số", en: "No."), Language.text(vi: "Người nhận", en: "To"),
      Language.text(vi: "Loại thư", en: "Kind"), Language.text(vi: "Tiêu đề", en: "Subject"),
      Words.status, Language.text(vi: "Số lần thử", en: "Attempts"),
      Language.text(vi: "Lúc", en: "When"),
      Language.text(vi: "Máy chủ thư trả lời", en: "The relay's answer"),
    ]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    messages.map { m in
      [
        String(m.id), m.recipientName.isEmpty ? m.recipient : "\(m.recipientName) <\(m.recipient)>",
        MailKind(rawValue: m.kind)?.localized ?? m.kind, m.subject, m.state.localized,
        String(m.attempts),
        RecordWords.moment(iso: m.deliveredAt ?? m.failedAt ?? m.nextAttempt),
        m.lastAnswer ?? "",
      ]
    }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    [
      "id", "recipient", "kind", "subject", "state", "attempts", "created_at", "next_attempt",
      "delivered_at", "failed_at", "last_answer", "person", "entry",
    ]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    messages.map { m in
      [
        String(m.id), m.recipient, m.kind, m.subject, m.state.rawValue, String(m.attempts),
        m.createdAt, m.nextAttempt, m.deliveredAt ?? "", m.failedAt ?? "", m.lastAnswer ?? "",
        m.person ?? "", m.entry ?? "",
      ]
    }
  }

  /// The JSON document.
  public var json: JSONValue {
    .array(
      zip(messages, csvRows).map { _, row in
        .object(Dictionary(uniqueKeysWithValues: zip(csvHeader, row.map(JSONValue.string))))
      })
  }
}
