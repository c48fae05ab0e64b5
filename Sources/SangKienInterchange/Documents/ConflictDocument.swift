import SangKienModel

/// Conflicts of interest as `conflict list` shows and writes them.
public struct ConflictDocument: ListDocument, Sendable {
  /// The conflicts.
  public var records: [ConflictRecord]

  /// Creates the document.
  public init(_ records: [ConflictRecord]) { self.records = records }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    Language.current == .vi
      ? ["Giám khảo", "Sáng kiến", "Nguồn", "Chi tiết", "Trạng thái"]
      : ["Judge", "Entry", "Source", "Detail", "Status"]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    records.map { r in
      [
        r.judge, r.entry, r.source.explanation, r.reason,
        r.dismissed.map { InterchangeText.dismissed + $0 } ?? "",
      ]
    }
  }

  /// The CSV header: English ids, then the source said for people in the session's
  /// language.
  public var csvHeader: [String] {
    ["judge", "entry", "source", "detail", "dismissed", "source_label"]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    records.map {
      [
        $0.judge, $0.entry, $0.source.rawValue, $0.reason, $0.dismissed ?? "",
        $0.source.explanation,
      ]
    }
  }

  /// The JSON document.
  public var json: JSONValue {
    .array(
      records.map { r in
        .object([
          "judge": .string(r.judge), "entry": .string(r.entry),
          "source": .string(r.source.rawValue), "detail": .string(r.reason),
          "dismissed": .optional(r.dismissed),
        ])
      })
  }
}
