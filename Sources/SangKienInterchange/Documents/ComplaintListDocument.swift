import Foundation
import SangKienModel

/// `complaint list`: the complaints, newest first, with their due days.
public struct ComplaintListDocument: ListDocument, Sendable {
  /// The complaints.
  public var complaints: [Complaint]

  /// Creates the document.
  public init(_ complaints: [Complaint]) { self.complaints = complaints }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    [
      Language.text(vi: "Số", en: "No."), Words.code, Words.status,
      Language.text(vi: "Ngày nhận", en: "Received"), Language.text(vi: "Hạn trả lời", en: "Due"),
      Language.text(vi: "Nội dung", en: "Text"), Language.text(vi: "Lý do", en: "Reason"),
    ]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    complaints.map { c in
      [
        String(c.id), c.code, c.state.localized, c.receivedOn.localized, c.dueOn.localized, c.text,
        c.reason ?? "",
      ]
    }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    [
      "id", "entry", "round", "publication", "state", "received_on", "due_on", "filed_by",
      "filed_at", "text", "reason", "answered_by", "answered_at",
    ]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    complaints.map { c in
      [
        String(c.id), c.code, c.round, String(c.publication), c.state.rawValue, c.receivedOn.iso,
        c.dueOn.iso, c.filedBy, c.filedAt, c.text, c.reason ?? "", c.answeredBy ?? "",
        c.answeredAt ?? "",
      ]
    }
  }

  /// The JSON document.
  public var json: JSONValue {
    .array(
      csvRows.map { row in
        .object(Dictionary(uniqueKeysWithValues: zip(csvHeader, row.map(JSONValue.string))))
      })
  }
}
