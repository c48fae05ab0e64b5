import SangKienModel

/// A column of the entries CSV: its English id and the Vietnamese headers accepted for it.
public enum EntryColumn: String, CaseIterable, Sendable {
  /// The entry code; optional on import.
  case code
  /// Title.
  case title
  /// idea | solution | model, or the Vietnamese words.
  case category
  /// individual | collective | organisation | business | agency, or the Vietnamese words.
  case entrantKind = "entrant_kind"
  /// Authors separated by `;`, each optionally with "(unit)".
  case authors
  /// Submitting unit.
  case unit
  /// Field of administrative procedure.
  case field
  /// Receiving office.
  case receivedBy = "received_by"
  /// Day received: dd/mm/yyyy or yyyy-mm-dd.
  case receivedOn = "received_on"
  /// Summary.
  case summary
  /// Contact.
  case contact

  /// The header a Vietnamese office writes, as messages name the column.
  public var vietnameseHeader: String {
    switch self {
    case .code: "Mã"
    case .title: "Tên sáng kiến"
    case .category: "Loại"
    case .entrantKind: "Đối tượng"
    case .authors: "Tác giả"
    case .unit: "Đơn vị"
    case .field: "Lĩnh vực"
    case .receivedBy: "Nơi tiếp nhận"
    case .receivedOn: "Ngày nhận"
    case .summary: "Tóm tắt"
    case .contact: "Liên hệ"
    }
  }

  /// Vietnamese headers accepted in place of the id (compared without case and diacritics).
  public var aliases: [String] {
    switch self {
    case .code: ["mã", "mã số", "mã hồ sơ", "số hiệu"]
    case .title:
      ["tên", "tên sáng kiến", "tên giải pháp", "tiêu đề", "tên sáng kiến, giải pháp, mô hình"]
    case .category: ["loại", "thể loại", "loại hình", "phân loại"]
    case .entrantKind: ["đối tượng", "loại tác giả", "đối tượng dự thi", "loại đối tượng"]
    case .authors: ["tác giả", "tên tác giả", "họ và tên tác giả", "đồng tác giả"]
    case .unit: ["đơn vị", "cơ quan, đơn vị", "đơn vị công tác"]
    case .field: ["lĩnh vực", "lĩnh vực thủ tục"]
    case .receivedBy: ["nơi tiếp nhận", "cơ quan tiếp nhận", "đơn vị tiếp nhận"]
    case .receivedOn: ["ngày nhận", "ngày tiếp nhận", "ngày nộp"]
    case .summary: ["tóm tắt", "nội dung tóm tắt", "mô tả", "nội dung"]
    case .contact: ["liên hệ", "thông tin liên hệ", "điện thoại", "số điện thoại"]
    }
  }

  /// Whether every row must fill it in.
  public var isRequired: Bool {
    switch self {
    case .title, .category, .entrantKind, .authors, .unit, .receivedOn: true
    default: false
    }
  }

  /// Whether line breaks inside the field are kept (the summary); elsewhere they become spaces.
  public var keepsLineBreaks: Bool { self == .summary }

  /// The longest text accepted, in characters.
  public var limit: Int {
    switch self {
    case .title: EntryLimits.title
    case .summary: EntryLimits.summary
    case .code: EntryLimits.code
    default: EntryLimits.other
    }
  }

  /// The column a header names, if any.
  public static func named(_ header: String) -> EntryColumn? {
    let key = VietnameseText.fold(header).replacingOccurrences(of: " ", with: "_")
    let spaced = VietnameseText.fold(header)
    return allCases.first { column in
      column.rawValue == key
        || column.aliases.contains { VietnameseText.fold($0) == spaced }
    }
  }
}
