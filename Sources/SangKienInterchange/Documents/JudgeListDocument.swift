import SangKienModel

/// The jury as `judge list` shows and writes it; the CSV imports back with `judge import`.
public struct JudgeListDocument: ListDocument, Sendable {
  /// The judges, by id.
  public var judges: [Judge]

  /// Creates the document.
  public init(_ judges: [Judge]) { self.judges = judges }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    Language.current == .vi
      ? ["Mã", "Họ và tên", "Chức vụ", "Đơn vị", "Lĩnh vực", "Vai trò"]
      : ["Id", "Name", "Post", "Unit", "Fields", "Role"]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    judges.map { j in
      [
        j.id, j.name, j.title, j.unit, j.fields.joined(separator: "; "),
        j.role.localized + (j.active ? "" : InterchangeText.removedJudge),
      ]
    }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    ["id", "name", "unit", "fields", "role", "title", "email", "phone"]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    judges.map {
      [
        $0.id, $0.name, $0.unit, $0.fields.joined(separator: ";"), $0.role.rawValue, $0.title,
        $0.email, $0.phone,
      ]
    }
  }

  /// The JSON document.
  public var json: JSONValue { .array(judges.map(\.jsonValue)) }
}
