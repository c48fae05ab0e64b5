import SangKienModel

/// Messages about CSV files that every reader gives the same way.
enum CSVMessages {
  /// The file has no bytes, or only blank lines.
  static var emptyFile: String { Language.text(vi: "tệp rỗng", en: "the file is empty") }

  /// The header lacks a required column.
  static func missingColumn(_ name: String) -> String {
    Language.text(vi: "thiếu cột bắt buộc '\(name)'", en: "missing required column '\(name)'")
  }

  /// A required column missing, named as offices head it (`Mã`), with the other headers
  /// read as it and its English id.
  static func missingColumn(_ id: String, header: String?, also: [String]) -> String {
    guard let header else { return missingColumn(id) }
    let others = (also.filter { VietnameseText.fold($0) != VietnameseText.fold(header) } + [id])
      .map { "'\($0)'" }.joined(separator: ", ")
    return Language.text(
      vi: "thiếu cột bắt buộc '\(header)' (hoặc \(others))",
      en: "missing required column '\(id)' ('\(header)' in Vietnamese)")
  }

  /// Said once when the header lacks required columns: how the file was read (a `;` file
  /// read with `,` would have one column), so a wrong guess or a wrong file shows.
  static func readAs(_ reader: CSVReader, header: CSVRecord, file: String) -> Diagnostic {
    let shown =
      header.fields.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
      + (header.fields.count > 8 ? ", …" : "")
    return Diagnostic(
      file: file, line: header.row,
      message: Language.text(
        vi: "dòng tiêu đề (\(reader.readAs)) có \(header.fields.count) cột: \(shown)",
        en: "the header, \(reader.readAs), has \(header.fields.count) column(s): \(shown)"))
  }

  /// A row's field count differs from the header's.
  static func fieldCount(_ got: Int, header: Int) -> String {
    Language.text(
      vi: "dòng có \(got) ô nhưng dòng tiêu đề có \(header) cột",
      en: "the row has \(got) fields but the header has \(header)")
  }
}
