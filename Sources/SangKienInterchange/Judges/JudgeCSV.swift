import SangKienModel

/// One judge read from a file, with the line it is on.
public struct JudgeRow: Sendable, Hashable {
  /// The physical line.
  public var line: Int
  /// The judge.
  public var judge: Judge
}

/// Reads the judges CSV: `id`, `name`, `unit`, `fields` (`;`-separated), `role`, `title`,
/// under their English ids or the headers offices write.
public enum JudgeCSV {
  /// Headers accepted for each column, compared without case or accents. `Chức vụ` and
  /// `Chức danh` are a judge's post, not their role on the jury.
  static let aliases: [String: [String]] = [
    "id": ["mã", "mã giám khảo", "mã số"],
    "name": ["họ và tên", "họ tên", "tên", "họ và tên giám khảo"],
    "unit": ["đơn vị", "cơ quan", "đơn vị công tác", "cơ quan công tác", "nơi công tác"],
    "fields": ["lĩnh vực", "chuyên môn", "lĩnh vực chuyên môn"],
    "role": ["vai trò", "vai trò trong ban giám khảo", "nhiệm vụ"],
    "title": ["chức vụ", "chức danh"],
    "email": ["e-mail", "thư điện tử", "địa chỉ email", "địa chỉ thư điện tử", "hộp thư"],
    "phone": ["điện thoại", "số điện thoại", "sđt", "đt", "di động", "số di động"],
  ]

  /// The header an office writes for each column, for messages.
  public static let vietnameseHeader: [String: String] = [
    "id": "Mã", "name": "Họ và tên", "unit": "Đơn vị", "fields": "Lĩnh vực",
    "role": "Vai trò", "title": "Chức vụ", "email": "Email", "phone": "Điện thoại",
  ]

  /// A list of fields as offices write it: `;` between items, or `,` when the text has no
  /// `;` ("Hộ tịch, Chứng thực").
  public static func split(_ text: String) -> [String] {
    let separator: Character = text.contains(";") ? ";" : ","
    return text.split(separator: separator).map { VietnameseText.clean(String($0)) }
      .filter { !$0.isEmpty }
  }

  /// Every judge in the file, or every problem with its line and column.
  public static func read(path: String) throws -> ([Judge], [Diagnostic]) {
    try read(.path(path))
  }

  /// Every judge in a file or an upload, or every problem with its line and column.
  public static func read(_ source: FileSource) throws -> ([Judge], [Diagnostic]) {
    let (rows, warnings) = try rows(source)
    return (rows.map(\.judge), warnings)
  }

  /// Every judge in a file or an upload with its line, or every problem with its line and
  /// column; unknown columns are warnings.
  public static func rows(_ source: FileSource) throws -> ([JudgeRow], [Diagnostic]) {
    let path = source.name
    var reader = try source.csvReader()
    var collector = DiagnosticCollector()
    guard let header = reader.next() else {
      throw DiagnosticsError([
        Diagnostic(file: path, message: CSVMessages.emptyFile)
      ])
    }
    if header.problems.contains(.notUTF8) {
      throw DiagnosticsError([Diagnostic(file: path, line: header.row, message: UTF8Check.message)]
      )
    }
    var columns: [String?] = []
    var named: [String: String] = [:]
    for raw in header.fields {
      let text = VietnameseText.clean(raw)
      let key = VietnameseText.fold(text)
      let column = aliases.first { name, words in
        name == key || words.contains { VietnameseText.fold($0) == key }
      }?.key
      if let column, let first = named[column] {
        collector.add(
          Diagnostic(
            file: path, line: header.row, column: text,
            message: Language.text(
              vi: "cột '\(text)' trùng với cột '\(first)' (cùng là \(column))",
              en: "column '\(text)' repeats column '\(first)' (both are \(column))")))
        columns.append(nil)
        continue
      }
      if let column { named[column] = text }
      if column == nil && !text.isEmpty {
        collector.add(
          Diagnostic(
            file: path, line: header.row, column: text,
            message: Language.text(
              vi: "cột lạ, bỏ qua (các cột đọc được: "
                + ["id", "name", "title", "unit", "fields", "role", "email", "phone"]
                .compactMap { vietnameseHeader[$0] }.joined(separator: ", ") + ")",
              en: "unknown column, ignored"),
            severity: .warning))
      }
      columns.append(column)
    }
    for required in ["id", "name"] where !columns.contains(required) {
      collector.add(
        Diagnostic(
          file: path, line: header.row, column: vietnameseHeader[required] ?? required,
          message: CSVMessages.missingColumn(
            required, header: vietnameseHeader[required], also: aliases[required] ?? [])))
    }
    if !["id", "name"].allSatisfy(columns.contains) {
      collector.add(CSVMessages.readAs(reader, header: header, file: path))
    }
    try collector.check()
    var judges: [JudgeRow] = []
    var seen: [String: Int] = [:]
    while let record = reader.next() {
      // Below the judges, an office's footer (a total, who drew it up, signatures) ends the
      // list, as it ends an entries table: said once, never read as judges.
      if !judges.isEmpty, record.problems.isEmpty {
        let cells = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        func value(_ column: String) -> String {
          columns.firstIndex(of: column).map { $0 < cells.count ? cells[$0] : "" } ?? ""
        }
        let filled = cells.filter { !$0.isEmpty }
        if TableFooter.starts(
          cellsWithText: filled.count, keyFilled: !value("id").isEmpty || !value("name").isEmpty)
        {
          var rows = 1
          while reader.next() != nil { rows += 1 }
          let footer = TableFooter(
            row: record.row, text: String(filled.joined(separator: " ").prefix(80)), rows: rows,
            rowsAre: .judges)
          collector.add(
            Diagnostic(file: path, line: record.row, message: footer.message, severity: .warning))
          break
        }
      }
      // A column named as the file heads it (`Điện thoại`), else as offices do.
      func problem(_ column: String?, _ message: String) {
        let shown = column.map { named[$0] ?? vietnameseHeader[$0] ?? $0 }
        collector.add(Diagnostic(file: path, line: record.row, column: shown, message: message))
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
        guard let column else { continue }
        let text = VietnameseText.clean(record.fields[index])
        if let encoding = LegacyText.garbled(text) {
          problem(column, LegacyText.garbledMessage(text, encoding))
        }
        values[column] = text
      }
      let id = values["id"] ?? ""
      let (role, problems) = JudgeFields.check(
        id: id, name: values["name"] ?? "", role: values["role"] ?? "",
        email: values["email"] ?? "", phone: values["phone"] ?? "")
      for (column, message) in problems { problem(column, message) }
      if let first = seen[id], problems.allSatisfy({ $0.field != "id" }) {
        problem(
          "id",
          Language.text(
            vi: "mã '\(id)' trùng với dòng \(first)", en: "id '\(id)' is also on line \(first)"))
      } else if seen[id] == nil {
        seen[id] = record.row
      }
      let name = values["name"] ?? ""
      let fields = split(values["fields"] ?? "")
      if let role {
        judges.append(
          JudgeRow(
            line: record.row,
            judge: Judge(
              id: id, name: name, unit: values["unit"] ?? "", fields: fields, role: role,
              title: values["title"] ?? "", email: values["email"] ?? "",
              phone: values["phone"] ?? "")))
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
  public static func check(
    id: String, name: String, role: String, email: String = "", phone: String = ""
  ) -> (role: JudgeRole?, problems: [(field: String, message: String)]) {
    var problems: [(String, String)] = []
    if !email.isEmpty && !MailAddress.isValid(email) {
      problems.append(
        (
          "email",
          Language.text(
            vi: "'\(email)' không phải một địa chỉ email (dạng ten@donvi.gov.vn)",
            en: "'\(email)' is not an e-mail address (name@unit.gov.vn)")
        ))
    }
    if !phone.isEmpty && !isPhone(phone) {
      problems.append(
        (
          "phone",
          Language.text(
            vi: "'\(phone)' không phải một số điện thoại (chữ số, có thể có +, dấu cách, '.', '-')",
            en: "'\(phone)' is not a telephone number (digits, with +, spaces, '.' or '-')")
        ))
    }
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

  /// A telephone number as people write it: 8 to 15 digits, with `+`, spaces, `.`, `-`,
  /// parentheses.
  public static func isPhone(_ text: String) -> Bool {
    let digits = text.filter(\.isASCII).filter(\.isNumber).count
    return (8...15).contains(digits)
      && text.allSatisfy { $0.isASCII && ($0.isNumber || " +.-()".contains($0)) }
  }
}
