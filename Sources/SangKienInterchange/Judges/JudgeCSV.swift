import SangKienModel

/// Reads the judges CSV: `id`, `name`, `unit`, `fields` (`;`-separated), `role`.
public enum JudgeCSV {
  static let aliases: [String: [String]] = [
    "id": ["mã", "mã giám khảo"], "name": ["họ và tên", "họ tên", "tên"],
    "unit": ["đơn vị", "cơ quan"], "fields": ["lĩnh vực", "chuyên môn"],
    "role": ["vai trò", "chức danh"],
  ]

  /// Every judge in the file, or every problem with its line and column.
  public static func read(path: String) throws -> ([Judge], [Diagnostic]) {
    try read(.path(path))
  }

  /// Every judge in a file or an upload, or every problem with its line and column.
  public static func read(_ source: FileSource) throws -> ([Judge], [Diagnostic]) {
    let path = source.name
    var reader = try source.csvReader()
    var collector = DiagnosticCollector()
    guard let header = reader.next() else {
      throw DiagnosticsError([
        Diagnostic(file: path, message: CSVMessages.emptyFile)
      ])
    }
    if reader.isUTF16 || header.problems.contains(.notUTF8) {
      throw DiagnosticsError([Diagnostic(file: path, line: header.line, message: UTF8Check.message)]
      )
    }
    let columns: [String?] = header.fields.map { raw in
      let key = VietnameseText.fold(VietnameseText.clean(raw))
      return aliases.first { name, words in
        name == key || words.contains { VietnameseText.fold($0) == key }
      }?.key
    }
    for required in ["id", "name"] where !columns.contains(required) {
      collector.add(
        Diagnostic(
          file: path, line: header.line, column: required,
          message: CSVMessages.missingColumn(required)))
    }
    try collector.check()
    var judges: [Judge] = []
    var seen: [String: Int] = [:]
    while let record = reader.next() {
      func problem(_ column: String?, _ message: String) {
        collector.add(Diagnostic(file: path, line: record.line, column: column, message: message))
      }
      guard record.problems.isEmpty, record.fields.count == columns.count else {
        problem(
          nil,
          record.problems.contains(.notUTF8)
            ? UTF8Check.message
            : CSVMessages.fieldCount(record.fields.count, header: columns.count))
        continue
      }
      var values: [String: String] = [:]
      for (index, column) in columns.enumerated() {
        if let column { values[column] = VietnameseText.clean(record.fields[index]) }
      }
      let id = values["id"] ?? ""
      let (role, problems) = JudgeFields.check(
        id: id, name: values["name"] ?? "", role: values["role"] ?? "")
      for (column, message) in problems { problem(column, message) }
      if let first = seen[id], problems.allSatisfy({ $0.field != "id" }) {
        problem(
          "id",
          Language.text(
            vi: "mã '\(id)' trùng với dòng \(first)", en: "id '\(id)' is also on line \(first)"))
      } else if seen[id] == nil {
        seen[id] = record.line
      }
      let name = values["name"] ?? ""
      let fields = (values["fields"] ?? "").split(separator: ";").map {
        VietnameseText.clean(String($0))
      }.filter { !$0.isEmpty }
      if let role {
        judges.append(
          Judge(id: id, name: name, unit: values["unit"] ?? "", fields: fields, role: role))
      }
    }
    if judges.isEmpty && !collector.hasErrors {
      collector.add(
        Diagnostic(
          file: path, line: 2,
          message: Language.text(
            vi: "tệp chỉ có dòng tiêu đề, không có giám khảo nào",
            en: "the file has a header row and no judges")))
    }
    try collector.check()
    return (judges, collector.warnings)
  }
}

/// The rules a judge's fields keep, for a file and for a form alike.
public enum JudgeFields {
  /// The role `role` names, and every problem with the fields, by field (`id`, `name`,
  /// `role`).
  public static func check(id: String, name: String, role: String) -> (
    role: JudgeRole?, problems: [(field: String, message: String)]
  ) {
    var problems: [(String, String)] = []
    if !EntryFields.isValidCode(id) {
      problems.append(
        (
          "id",
          Language.text(
            vi: "mã giám khảo '\(id)' phải gồm chữ Latin không dấu, chữ số, '-', '_', '.'",
            en: "judge id '\(id)' must be ASCII letters, digits, '-', '_' or '.'")
        ))
    }
    if VietnameseText.clean(name).isEmpty {
      problems.append(("name", Language.text(vi: "không được để trống", en: "must not be empty")))
    }
    let parsed = JudgeRole(parsing: role)
    if parsed == nil {
      problems.append(
        (
          "role",
          Language.text(
            vi: "vai trò '\(role)' không có; dùng chair hoặc member",
            en: "unknown role '\(role)'; use chair or member")
        ))
    }
    return (parsed, problems)
  }
}
