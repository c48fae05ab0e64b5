import SangKienModel

/// Messages about CSV files that every reader gives the same way.
enum CSVMessages {
  /// The file has no bytes, or only blank lines.
  static var emptyFile: String { Language.text(vi: "tệp rỗng", en: "the file is empty") }

  /// The header lacks a required column.
  static func missingColumn(_ name: String) -> String {
    Language.text(vi: "thiếu cột bắt buộc '\(name)'", en: "missing required column '\(name)'")
  }

  /// A row's field count differs from the header's.
  static func fieldCount(_ got: Int, header: Int) -> String {
    Language.text(
      vi: "dòng có \(got) ô nhưng dòng tiêu đề có \(header) cột",
      en: "the row has \(got) fields but the header has \(header)")
  }
}
