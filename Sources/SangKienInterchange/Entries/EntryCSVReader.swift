import Foundation
import SangKienModel

/// One data row of an entries CSV, checked on its own (contest rules come later).
public struct EntryRow: Sendable {
  /// The physical line the row starts on.
  public var line: Int
  /// The draft, when the row is good.
  public var draft: EntryDraft?
  /// The row's problems, each naming its line and column.
  public var diagnostics: [Diagnostic]
  /// The dossier's files the `attachments` column names (paths relative to the file,
  /// `;`-separated), in order.
  public var attachments: [String] = []
}

/// Reads an entries CSV row by row, mapping headers (English ids or Vietnamese aliases) to
/// fields, cleaning text to NFC and checking each row on its own.
public struct EntryCSVReader {
  private var reader: CSVReader
  private let file: String
  private var columns: [EntryColumn?] = []
  private var headers: [String] = []
  /// The `attachments` column, if the file has one.
  private var attachmentsColumn: Int?
  /// Its header as the file writes it, for messages.
  public private(set) var attachmentsHeader = "attachments"
  /// Whether the file carries a code column.
  public private(set) var hasCodeColumn = false
  /// How many data rows were read.
  public private(set) var rowCount = 0
  /// Which comes first in the file's days written with the year last.
  public var order: DayText.Order = .dayMonth
  /// The first row whose day reads only as month/day: with `dayMonthOnlyLine` it tells which
  /// order the file is written in.
  public private(set) var monthDayOnlyLine: Int?
  /// The first row whose day reads only as day/month.
  public private(set) var dayMonthOnlyLine: Int?
  /// The footer an office's table ends with ("Tổng cộng: 51 sáng kiến", "Người lập biểu",
  /// a signer's name), when the file has one: where it starts, what its first row says, and
  /// how many rows were left unread from there.
  public private(set) var footer: TableFooter?

  /// Whether `fields` look like a footer row rather than an entry: no code, no title, and
  /// text in one or two cells.
  /// Looked at for every row: a row with its code or title (nearly every one) is no footer,
  /// and the other cells are counted only when both are blank. Blankness is read scalar by
  /// scalar (Unicode's White_Space: the characters of `.whitespacesAndNewlines`), never by
  /// Foundation's trimming, which copied each cell through NSString (a third of an import's
  /// instructions at 20,000 rows, by callgrind).
  func looksLikeFooter(_ fields: [String]) -> Bool {
    func filled(_ column: EntryColumn) -> Bool {
      guard let index = columns.firstIndex(of: column), index < fields.count else { return false }
      return Self.hasText(fields[index])
    }
    if filled(.title) || filled(.code) { return false }
    return TableFooter.starts(
      cellsWithText: fields.lazy.filter(Self.hasText).count, keyFilled: false)
  }

  /// Whether `text` holds anything but white space.
  static func hasText(_ text: String) -> Bool {
    text.unicodeScalars.contains { !$0.properties.isWhitespace }
  }

  /// Opens the file; `displayName` names it in messages.
  public init(path: String, displayName: String? = nil) throws(InterchangeError) {
    reader = try CSVReader(path: path)
    file = displayName ?? path
  }

  /// Reads a file or an upload.
  public init(source: FileSource) throws(InterchangeError) {
    reader = try source.csvReader()
    file = source.name
  }

  /// Reads CSV text, for tests.
  public init(text: String, displayName: String) {
    reader = CSVReader(text: text)
    file = displayName
  }

  /// Reads the header; problems with it (an empty file, a missing required column, a
  /// column given twice) are errors, unknown columns warnings.
  public mutating func readHeader() -> [Diagnostic] {
    guard let record = reader.next() else {
      return [
        Diagnostic(
          file: file,
          message: Language.text(
            vi: "tệp rỗng: cần một dòng tiêu đề cột (title, category, …) và các dòng sáng kiến",
            en: "the file is empty: it needs a header row (title, category, …) and entry rows"))
      ]
    }
    if record.problems.contains(.notUTF8) {
      return [Diagnostic(file: file, line: record.row, message: UTF8Check.message)]
    }
    var problems: [Diagnostic] = []
    var seen: [EntryColumn: String] = [:]
    for raw in record.fields {
      let header = VietnameseText.clean(raw)
      headers.append(header)
      if Self.isAttachmentsHeader(header) && attachmentsColumn == nil {
        attachmentsColumn = headers.count - 1
        attachmentsHeader = header
        columns.append(nil)
        continue
      }
      guard let column = EntryColumn.named(header) else {
        columns.append(nil)
        if !header.isEmpty && !EntryTable.exportOnlyColumns.contains(header) {
          problems.append(
            Diagnostic(
              file: file, line: record.row, column: header,
              message: Language.text(
                vi: "cột lạ, bỏ qua (các cột đọc được: \(Self.knownVietnamese))",
                en: "unknown column, ignored (known columns: \(Self.known))"),
              severity: .warning))
        }
        continue
      }
      if let other = seen[column] {
        problems.append(
          Diagnostic(
            file: file, line: record.row, column: header,
            message: Language.text(
              vi: "cột '\(column.vietnameseHeader)' có hai lần ('\(other)' và '\(header)')",
              en: "column '\(column.rawValue)' appears twice ('\(other)' and '\(header)')")))
        columns.append(nil)
        continue
      }
      seen[column] = header
      columns.append(column)
    }
    for column in EntryColumn.allCases where column.isRequired && seen[column] == nil {
      problems.append(
        Diagnostic(
          file: file, line: record.row, column: column.rawValue,
          message: Language.text(
            vi: "thiếu cột bắt buộc '\(column.vietnameseHeader)' (hoặc '\(column.rawValue)')",
            en: "missing required column '\(column.rawValue)' (or '\(column.aliases[0])')")))
    }
    if EntryColumn.allCases.contains(where: { $0.isRequired && seen[$0] == nil }) {
      problems.append(CSVMessages.readAs(reader, header: record, file: file))
    }
    hasCodeColumn = seen[.code] != nil
    return problems
  }

  static var knownVietnamese: String {
    (EntryColumn.allCases.map(\.vietnameseHeader) + ["Tệp đính kèm"]).joined(separator: ", ")
  }

  static var known: String {
    (EntryColumn.allCases.map(\.rawValue) + ["attachments"]).joined(separator: ", ")
  }

  /// Headers the optional column of dossier files goes by.
  static let attachmentsAliases = ["attachments", "tệp đính kèm", "tệp hồ sơ", "hồ sơ đính kèm"]

  /// Whether `header` names the column of dossier files.
  public static func isAttachmentsHeader(_ header: String) -> Bool {
    let key = VietnameseText.fold(header)
    return attachmentsAliases.contains { VietnameseText.fold($0) == key }
  }

  /// A message for a file with a header and no rows.
  public func headerOnly() -> Diagnostic {
    Diagnostic(
      file: file, line: 2,
      message: Language.text(
        vi: "tệp chỉ có dòng tiêu đề, không có sáng kiến nào",
        en: "the file has a header row and no entries"))
  }

  /// The next data row, checked, or nil at the end.
  public mutating func next() -> EntryRow? {
    guard footer == nil, let record = reader.next() else { return nil }
    // After the data, a footer ends the table: the rest is counted, never read as entries.
    if rowCount > 0, record.problems.isEmpty, looksLikeFooter(record.fields) {
      let text = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { !$0.isEmpty }.joined(separator: " ")
      var rows = 1
      while reader.next() != nil { rows += 1 }
      footer = TableFooter(row: record.row, text: String(text.prefix(80)), rows: rows)
      return nil
    }
    rowCount += 1
    var row = EntryRow(line: record.row, draft: nil, diagnostics: [])
    func problem(_ column: String?, _ message: String) {
      row.diagnostics.append(
        Diagnostic(file: file, line: record.row, column: column, message: message))
    }
    for issue in record.problems {
      switch issue {
      case .notUTF8:
        problem(nil, UTF8Check.message)
      case .unclosedQuote:
        problem(
          nil,
          Language.text(
            vi: "dấu ngoặc kép mở ở dòng này không được đóng; phần còn lại của tệp bị coi là một ô",
            en:
              "a quote opened on this line is never closed; the rest of the file reads as one field"
          ))
      case .textAfterQuote(let index):
        problem(
          header(at: index),
          Language.text(
            vi: "có chữ sau dấu ngoặc kép đóng; trong ô có ngoặc kép hãy viết \"\" thay cho \"",
            en: "text after a closing quote; write \"\" for a quote inside a quoted field"))
      case .fieldTooLong(let index):
        problem(
          header(at: index),
          Language.text(
            vi: "ô quá dài (hơn \(CSVReader.maxFieldBytes / 1024) KB)",
            en: "field too long (over \(CSVReader.maxFieldBytes / 1024) KB)"))
      }
    }
    if !record.problems.isEmpty { return row }
    if record.fields.count != columns.count {
      problem(
        nil,
        CSVMessages.fieldCount(record.fields.count, header: columns.count))
      return row
    }
    if let index = attachmentsColumn {
      row.attachments = record.fields[index].split(separator: ";").map {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
      }.filter { !$0.isEmpty }
    }
    var values: [EntryColumn: String] = [:]
    for (index, column) in columns.enumerated() {
      guard let column else { continue }
      let cleaned = VietnameseText.clean(
        CSVWriter.unneutralise(record.fields[index]), keepLineBreaks: column.keepsLineBreaks)
      // Characters are never more than bytes: counting characters (grapheme clusters) is
      // slow, and only needed when the bytes exceed the limit.
      if cleaned.utf8.count > column.limit && cleaned.count > column.limit {
        problem(
          headers[index],
          Language.text(
            vi: "dài \(cleaned.count) ký tự, tối đa \(column.limit)",
            en: "\(cleaned.count) characters long, at most \(column.limit) allowed"))
      }
      if let encoding = LegacyText.garbled(cleaned) {
        problem(headers[index], LegacyText.garbledMessage(cleaned, encoding))
      }
      // Kept even when refused above, so the row is not also told the field is empty.
      values[column] = cleaned
    }
    if let day = values[.receivedOn] {
      let (dm, md) = DayText.orders(day)
      if md && !dm && monthDayOnlyLine == nil { monthDayOnlyLine = record.row }
      if dm && !md && dayMonthOnlyLine == nil { dayMonthOnlyLine = record.row }
    }
    row.draft = EntryFields.draft(
      from: values, file: file, line: record.row,
      headerFor: { column in
        columns.firstIndex(of: column).map { headers[$0] } ?? column.rawValue
      }, order: order, diagnostics: &row.diagnostics)
    if row.diagnostics.contains(where: { $0.severity == .error }) { row.draft = nil }
    // A row that gives its code is named by it too, unless the message already does.
    if let code = values[.code], !code.isEmpty {
      for index in row.diagnostics.indices where !row.diagnostics[index].message.contains(code) {
        row.diagnostics[index].message = "\(code): " + row.diagnostics[index].message
      }
    }
    return row
  }

  /// The column as this file heads it (`Tên sáng kiến`), else as offices do.
  public func header(for column: EntryColumn) -> String {
    columns.firstIndex(of: column).map { headers[$0] } ?? column.vietnameseHeader
  }

  private func header(at index: Int) -> String? {
    index < headers.count ? headers[index] : nil
  }
}

/// Turning field texts into an entry draft, shared by the CSV reader and `entry add`.
public enum EntryFields {
  /// Builds a draft from cleaned texts, recording each problem under its column.
  public static func draft(
    from values: [EntryColumn: String], file: String, line: Int?,
    headerFor: (EntryColumn) -> String = { $0.rawValue }, order: DayText.Order = .dayMonth,
    diagnostics: inout [Diagnostic]
  ) -> EntryDraft? {
    func problem(_ column: EntryColumn, _ message: String) {
      diagnostics.append(
        Diagnostic(file: file, line: line, column: headerFor(column), message: message))
    }
    let authors = Author.parseList(values[.authors] ?? "")
    for column in EntryColumn.allCases where column.isRequired {
      let empty = column == .authors ? authors.isEmpty : (values[column] ?? "").isEmpty
      if empty {
        problem(column, Language.text(vi: "không được để trống", en: "must not be empty"))
      }
    }
    var code: String? = nil
    if let text = values[.code], !text.isEmpty {
      if let digits = Self.sequenceDigits(text), digits > 9 {
        problem(
          .code,
          Language.text(
            vi: "số trong mã '\(text)' quá lớn (tối đa 9 chữ số)",
            en: "the number in code '\(text)' is too large (at most 9 digits)"))
      } else if Self.isValidCode(text) {
        // Codes are read without case: sk-0011 is SK-0011.
        code = text.uppercased()
      } else {
        problem(
          .code,
          Language.text(
            vi: "mã '\(text)' chỉ gồm chữ Latin không dấu, chữ số, '-', '_' và '.'",
            en: "code '\(text)' may use only ASCII letters, digits, '-', '_' and '.'"))
      }
    }
    var category: EntryCategory? = nil
    if let text = values[.category], !text.isEmpty {
      category = EntryCategory(parsing: text)
      if category == nil {
        problem(
          .category,
          Language.text(
            vi:
              "loại '\(text)' không có; dùng sáng kiến, giải pháp, mô hình (idea, solution, model)",
            en:
              "unknown category '\(text)'; use idea, solution or model (sáng kiến, giải pháp, mô hình)"
          ))
      }
    }
    var kind: EntrantKind? = nil
    if let text = values[.entrantKind], !text.isEmpty {
      kind = EntrantKind(parsing: text)
      if kind == nil {
        problem(
          .entrantKind,
          Language.text(
            vi:
              "đối tượng '\(text)' không có; dùng cá nhân, tập thể, tổ chức, doanh nghiệp hoặc cơ quan",
            en:
              "unknown entrant kind '\(text)'; use individual, collective, organisation, business or agency"
          ))
      }
    }
    var day: Day? = nil
    if let text = values[.receivedOn], !text.isEmpty {
      switch DayText.read(text, order: order) {
      case .day(let read, let time):
        day = read
        if let time {
          diagnostics.append(
            Diagnostic(
              file: file, line: line, column: headerFor(.receivedOn),
              message: Language.text(
                vi: "bỏ giờ \(time), chỉ lấy ngày \(read.vietnamese)",
                en: "the time \(time) is dropped; the day is \(read.iso)"),
              severity: .warning))
        }
      case .excelSerial(let serial, let read):
        problem(
          .receivedOn,
          Language.text(
            vi:
              "'\(serial)' trông như số ngày kiểu Excel (\(read.vietnamese)); hãy ghi ngày dạng dd/mm/yyyy hoặc định dạng ô là ngày",
            en:
              "'\(serial)' looks like an Excel date serial (\(read.iso)); write the day as dd/mm/yyyy or format the cell as a date"
          ))
      case .invalid:
        problem(
          .receivedOn,
          Language.text(
            vi: "'\(text)' không phải ngày có thật (dd/mm/yyyy hoặc yyyy-mm-dd)",
            en: "'\(text)' is not a real date (dd/mm/yyyy or yyyy-mm-dd)"))
      }
    }
    guard let title = values[.title], !title.isEmpty, let category, let kind,
      !authors.isEmpty, let unit = values[.unit], !unit.isEmpty, let day
    else { return nil }
    return EntryDraft(
      code: code, title: title, category: category, entrantKind: kind, authors: authors,
      unit: unit, field: values[.field] ?? "", receivedBy: values[.receivedBy] ?? "",
      receivedOn: day, summary: values[.summary] ?? "", contact: values[.contact] ?? "")
  }

  /// How many digits the number at the end of a code has (`SK-0012`: 4), or nil when it
  /// ends in none.
  static func sequenceDigits(_ code: String) -> Int? {
    let digits = code.reversed().prefix { $0.isASCII && $0.isNumber }.count
    return digits == 0 ? nil : digits
  }

  /// Whether a code is acceptable: 1 to 40 ASCII letters, digits, `-`, `_` or `.`.
  public static func isValidCode(_ code: String) -> Bool {
    (1...EntryLimits.code).contains(code.count)
      && code.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
          || $0 == "-" || $0 == "_" || $0 == "."
      }
  }
}
