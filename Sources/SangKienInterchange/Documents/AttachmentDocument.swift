import SangKienModel

/// An entry's dossier as `entry attachments` lists it: number, name, type, size, SHA-256,
/// whether judges see it.
public struct AttachmentListDocument: ListDocument, Sendable {
  /// The files, in the order they were added.
  public var files: [Attachment]

  /// Creates the document.
  public init(_ files: [Attachment]) { self.files = files }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    Language.current == .vi
      ? ["Số", "Tên tệp", "Loại", "Cỡ", "SHA-256", "Giám khảo xem"]
      : ["Id", "Name", "Type", "Size", "SHA-256", "Blind"]
  }

  /// The rows as shown: the hash cut to its first 16 digits (the CSV and JSON have it whole).
  public var tableRows: [[String]] {
    files.map {
      [
        String($0.id), $0.name, $0.typeLabel, Attachment.sizeText($0.size),
        String($0.sha256.prefix(16)) + "…",
        $0.blind ? Language.text(vi: "có", en: "yes") : Language.text(vi: "không", en: "no"),
      ]
    }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    ["id", "entry", "name", "media_type", "size", "sha256", "blind", "added_by", "added_at"]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    files.map {
      [
        String($0.id), $0.entry, $0.name, $0.mediaType, String($0.size), $0.sha256,
        $0.blind ? "true" : "false", $0.addedBy, $0.addedAt,
      ]
    }
  }

  /// The JSON document.
  public var json: JSONValue { .array(files.map(\.jsonValue)) }
}
