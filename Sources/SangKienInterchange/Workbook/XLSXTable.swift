import Foundation
import SangKienModel

/// What an import needs to know to find its header in a worksheet and to name the cell of
/// a problem: whether a row of header texts names the required columns, and which column id
/// a header text stands for.
public struct TableKind: Sendable {
  /// The required column ids, for the message when no header is found.
  public var required: [String]
  /// The id a header text names, if any.
  public var resolve: @Sendable (String) -> String?
  /// The columns a record of the table always fills (an entry's code or title, a judge's
  /// id or name): below the data, a row with none of them and text in one or two cells
  /// is the footer an office's table ends with, and ends the table. Empty: no footer read.
  public var footerKeys: Set<String> = []

  /// Creates a kind.
  public init(
    required: [String], footerKeys: Set<String> = [],
    resolve: @escaping @Sendable (String) -> String?
  ) {
    self.required = required
    self.footerKeys = footerKeys
    self.resolve = resolve
  }

  /// Whether the texts name every required column.
  func recognises(_ texts: [String]) -> Bool {
    let ids = Set(texts.compactMap { resolve(VietnameseText.clean($0)) })
    return required.allSatisfy(ids.contains)
  }
}

/// Where each record of the CSV made from a worksheet came from: its worksheet row, and the
/// column letter of each field, so a problem is named by its cell (`Danh sách!I12`).
public struct CellMap: Sendable {
  /// The worksheet's name.
  public var sheet: String
  /// The file, as messages name it.
  public var file: String
  /// The worksheet row of each record (the header first).
  var rows: [Int]
  /// The column letter of each field.
  var letters: [String]
  /// The header text of each field.
  var headers: [String]
  var kind: TableKind

  /// The same map resolving headers by `kind` (a score file's criteria, once its round is
  /// known).
  public func resolving(_ kind: TableKind) -> CellMap {
    var copy = self
    copy.kind = kind
    return copy
  }

  /// The diagnostic with the worksheet row for its line and the cell it points at.
  public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
    guard diagnostic.file == file, diagnostic.cell == nil, let line = diagnostic.line,
      line >= 1, line <= rows.count
    else { return diagnostic }
    var located = diagnostic
    let row = rows[line - 1]
    located.line = row
    if let column = diagnostic.column, let index = field(named: column) {
      located.cell = "\(sheet)!\(letters[index])\(row)"
    } else {
      located.cell = "\(sheet)!\(row):\(row)"
    }
    return located
  }

  /// Where record `line`'s `column` is, as the spreadsheet names it: `B18`; the row alone
  /// (`18`) when the column is not in the sheet; nil for a line past the table.
  public func cellName(line: Int, column: String) -> String? {
    guard line >= 1, line <= rows.count else { return nil }
    let row = rows[line - 1]
    return field(named: column).map { "\(letters[$0])\(row)" } ?? String(row)
  }

  private func field(named column: String) -> Int? {
    headers.firstIndex { VietnameseText.clean($0) == column }
      ?? headers.firstIndex { kind.resolve(VietnameseText.clean($0)) == column }
  }
}

/// One cell's value as the worksheet holds it.
enum CellValue {
  case text(String)
  /// A number as written (`16.5`, `4.5E-2`); `date` when its style shows a date.
  case number(String, date: Bool)
  case bool(Bool)
  case error(String)
}

/// Reads a worksheet's cells in order with `SheetScanner`, calling `row` with each row's number
/// and cells (column index from 0, value); `row` returns false to stop.
struct XLSXSheetReader {
  static let maxRows = 1_048_576
  static let maxColumns = 16_384

  let workbook: XLSXWorkbook
  let file: String
  let sheet: XLSXWorkbook.Sheet

  /// `A` → 0, `AB` → 27; nil past Excel's last column.
  static func column(ofReference reference: String) -> Int? {
    var value = 0
    var letters = 0
    for scalar in reference.unicodeScalars {
      guard scalar.value >= 65 && scalar.value <= 90 else { break }
      value = value * 26 + Int(scalar.value - 64)
      letters += 1
      if letters > 3 { return nil }
    }
    return letters == 0 ? nil : value - 1
  }

  static func letters(ofColumn index: Int) -> String {
    var n = index + 1
    var text = ""
    while n > 0 {
      let remainder = (n - 1) % 26
      text = String(UnicodeScalar(UInt8(65 + remainder))) + text
      n = (n - 1) / 26
    }
    return text
  }

  /// What `read` hands over for each row: its number and cells; false stops the reading.
  typealias RowHandler = (_ number: Int, _ cells: [(Int, CellValue)]) throws -> Bool

  func read(file path: String, row handle: RowHandler) throws {
    guard var scanner = SheetScanner(path: path) else {
      throw WorkbookError.missingPart(file: file, part: sheet.part)
    }
    var rowNumber = 0
    var cells: [(Int, CellValue)] = []
    var column = -1
    var type = ""
    var style = 0
    var value = ""
    var inValue = false
    var inInline = false
    var inPhonetic = false
    var inText = false
    var hasValue = false
    func attribute(_ name: String, _ attributes: [(String, String)]) -> String? {
      attributes.first { $0.0 == name }?.1
    }
    func finishCell() {
      guard hasValue else { return }
      let cell: CellValue
      switch type {
      case "s": cell = .text(Int(value).flatMap(workbook.sharedString) ?? "")
      case "inlineStr", "str": cell = .text(value)
      case "b": cell = .bool(value == "1" || value.lowercased() == "true")
      case "e": cell = .error(value)
      case "d": cell = .text(value)
      default:
        let dated = style >= 0 && style < workbook.dateStyles.count && workbook.dateStyles[style]
        cell = .number(value.trimmingCharacters(in: .whitespaces), date: dated)
      }
      cells.append((column, cell))
    }
    do {
      while let event = try scanner.next() {
        switch event {
        case .start(let name, let attributes, let empty):
          switch name {
          case "row":
            rowNumber = attribute("r", attributes).flatMap(Int.init) ?? rowNumber + 1
            if rowNumber > Self.maxRows || rowNumber < 1 {
              throw WorkbookError.tooBig(
                file: file, sheet: sheet.name,
                what: Language.text(vi: "dòng \(rowNumber)", en: "row \(rowNumber)"))
            }
            cells.removeAll(keepingCapacity: true)
            column = -1
            if empty, try !handle(rowNumber, cells) { return }
          case "c":
            if let reference = attribute("r", attributes) {
              guard let index = Self.column(ofReference: reference), index < Self.maxColumns else {
                throw WorkbookError.tooBig(
                  file: file, sheet: sheet.name,
                  what: Language.text(vi: "ô \(reference)", en: "cell \(reference)"))
              }
              column = index
            } else {
              column += 1
            }
            type = attribute("t", attributes) ?? "n"
            style = attribute("s", attributes).flatMap(Int.init) ?? 0
            value = ""
            hasValue = false
          case "v":
            inValue = !empty
            hasValue = true
          case "is":
            inInline = !empty
            hasValue = true
          case "t": inText = !empty
          case "rPh": inPhonetic = !empty
          default: break
          }
        case .text(let characters):
          if inValue || (inInline && inText && !inPhonetic) { value += characters }
        case .end(let name):
          switch name {
          case "v": inValue = false
          case "is": inInline = false
          case "t": inText = false
          case "rPh": inPhonetic = false
          case "c": finishCell()
          case "row": if try !handle(rowNumber, cells) { return }
          default: break
          }
        }
      }
    } catch let malformed as SheetScanner.Malformed {
      throw WorkbookError.malformedXML(
        file: file, part: sheet.part, line: 1,
        message: "\(malformed.message) at byte \(malformed.offset)")
    }
  }
}

/// The footer an office's table ends with, left unread.
public struct TableFooter: Sendable, Hashable {
  /// The worksheet row (or CSV line) it starts on.
  public var row: Int
  /// What its first row says.
  public var text: String
  /// Rows with text from there to the end.
  public var rows: Int

  /// Whether a row below the data starts the footer: none of the table's key columns filled
  /// (an entry's code or title, a judge's id or name) and text in one or two cells.
  public static func starts(cellsWithText: Int, keyFilled: Bool) -> Bool {
    !keyFilled && (1...2).contains(cellsWithText)
  }

  /// What the table's rows are, for the message.
  public enum Rows: Sendable { case entries, judges }

  /// The warning that says so, on the footer's first row.
  public var message: String {
    let (vi, en) = rowsAre == .entries ? ("sáng kiến", "an entry") : ("giám khảo", "a judge")
    return Language.text(
      vi:
        "bảng dừng ở đây: “\(text)” là phần cuối bảng (tổng cộng, người lập biểu, chữ ký), không phải \(vi); bỏ qua \(rows) dòng từ dòng này",
      en:
        "the table ends here: “\(text)” is its footer (a total, who drew it up, signatures), not \(en); \(rows) row(s) from here left unread"
    )
  }

  /// What the table's rows are.
  public var rowsAre: Rows

  /// Creates a footer.
  public init(row: Int, text: String, rows: Int, rowsAre: Rows = .entries) {
    self.rowsAre = rowsAre
    self.row = row
    self.text = text
    self.rows = rows
  }
}

/// A worksheet turned into the CSV every import reads, with the map from its records back
/// to cells.
public struct WorkbookTable: Sendable {
  /// A temporary file holding the CSV: a header row, then one record per non-empty row
  /// below it. `remove()` deletes it.
  public var csvPath: String
  /// Where each record and field came from.
  public var map: CellMap
  /// Cells that could not be read as values (an error cell, 29/02/1900): their fields are
  /// left empty, and the import is checked on, so that every problem is listed together.
  public var problems: [Diagnostic]
  /// The key–value rows of the workbook's stamp sheet (`ScoreWorkbook.stampSheet`), when it
  /// has one: what a score workbook was made for.
  public var stamp: WorkbookStamp?
  /// The footer the table ended with ("Tổng cộng: 51 sáng kiến", "Người lập biểu", a
  /// signer's name), left unread: its first row, what it says, and the rows with text from
  /// there to the end.
  public var footer: TableFooter?

  /// Header texts that number the rows (STT, TT, Số TT, Số thứ tự): ignored.
  static let rowNumberHeaders: Set<String> = ["stt", "tt", "so tt", "so thu tu", "no", "no."]

  /// Reads the workbook in `bytes`: the worksheet `sheet` if given, else the first whose
  /// first 20 rows hold a row naming the required columns.
  public static func read(
    path: String? = nil, bytes: [UInt8] = [], file: String, sheet wanted: String?,
    kind: TableKind
  ) throws -> WorkbookTable {
    var archive = try XLSXArchive(path: path, bytes: bytes, file: file)
    let workbook = try XLSXWorkbook(archive: &archive)
    let names = workbook.sheets.map(\.name)
    var candidates = workbook.sheets
    if let wanted {
      let folded = VietnameseText.fold(VietnameseText.clean(wanted))
      guard
        let match = workbook.sheets.first(where: { $0.name == wanted })
          ?? workbook.sheets.first(where: {
            VietnameseText.fold(VietnameseText.clean($0.name)) == folded
          })
      else { throw WorkbookError.noSuchSheet(file: file, sheet: wanted, sheets: names) }
      candidates = [match]
    }
    for sheet in candidates where sheet.name != ScoreWorkbook.stampSheet || wanted != nil {
      if var table = try table(
        of: sheet, workbook: workbook, archive: &archive, file: file, kind: kind)
      {
        if let stampSheet = workbook.sheets.first(where: { $0.name == ScoreWorkbook.stampSheet }) {
          table.stamp = try stamp(of: stampSheet, workbook: workbook, archive: &archive, file: file)
        }
        return table
      }
    }
    throw WorkbookError.noHeader(
      file: file, sheets: candidates.map(\.name), required: kind.required)
  }

  static func table(
    of sheet: XLSXWorkbook.Sheet, workbook: XLSXWorkbook, archive: inout XLSXArchive,
    file: String, kind: TableKind
  ) throws -> WorkbookTable? {
    let part = try archive.partFile(sheet.part)
    defer { try? FileManager.default.removeItem(atPath: part) }
    let reader = XLSXSheetReader(workbook: workbook, file: file, sheet: sheet)
    var seen = 0
    var columns: [Int] = []
    var headers: [String] = []
    var rows: [Int] = []
    let csvPath = NSTemporaryDirectory() + "sangkien-sheet-\(UUID().uuidString).csv"
    guard FileManager.default.createFile(atPath: csvPath, contents: nil),
      let output = FileHandle(forWritingAtPath: csvPath)
    else { throw InterchangeError.cannotWrite(path: csvPath) }
    var writer = CSVWriter { output.write(Data($0)) }
    var kept = false
    defer {
      try? output.close()
      if !kept { try? FileManager.default.removeItem(atPath: csvPath) }
    }
    var problems = DiagnosticCollector()
    var keyColumns: Set<Int> = []
    var footer: TableFooter?
    try reader.read(file: part) { number, cells in
      if columns.isEmpty {
        seen += 1
        let texts = cells.map { text(of: $0.1, workbook: workbook) ?? "" }
        if kind.recognises(texts) {
          for (index, (column, _)) in cells.enumerated() {
            let header = VietnameseText.clean(texts[index])
            guard !header.isEmpty,
              !rowNumberHeaders.contains(VietnameseText.fold(header).lowercased())
            else { continue }
            columns.append(column)
            headers.append(header)
          }
          rows.append(number)
          writer.write(headers)
          keyColumns = Set(
            columns.indices.filter { kind.footerKeys.contains(kind.resolve(headers[$0]) ?? "") }
              .map { columns[$0] })
        }
        return seen < 20 || !columns.isEmpty
      }
      let texts = cells.compactMap { column, value -> (Int, String)? in
        let shown = (text(of: value, workbook: workbook) ?? "")
          .trimmingCharacters(in: .whitespacesAndNewlines)
        return shown.isEmpty ? nil : (column, shown)
      }
      if footer != nil {
        if !texts.isEmpty { footer?.rows += 1 }
        return true
      }
      // Below the data, a row with no key and text in one or two cells (any column, the
      // numbering one too) starts the footer: it and everything after it are left unread.
      if !keyColumns.isEmpty, rows.count > 1,
        TableFooter.starts(
          cellsWithText: texts.count, keyFilled: texts.contains { keyColumns.contains($0.0) })
      {
        footer = TableFooter(
          row: number, text: String(texts.map(\.1).joined(separator: " ").prefix(80)), rows: 1,
          rowsAre: kind.footerKeys.contains("id") ? .judges : .entries)
        return true
      }
      var fields = [String](repeating: "", count: columns.count)
      var any = false
      for (column, value) in cells {
        guard let index = columns.firstIndex(of: column) else { continue }
        let cell = "\(sheet.name)!\(XLSXSheetReader.letters(ofColumn: column))\(number)"
        switch value {
        case .error(let code):
          problems.add(
            Diagnostic(
              file: file, line: number, column: headers[index],
              message: Language.text(
                vi: "ô có lỗi công thức \(code); hãy sửa trong Excel rồi nhập lại",
                en: "the cell holds the error \(code); correct it in Excel and import again"),
              cell: cell))
        case .number(let raw, date: true) where number > 0:
          guard let day = dayText(serial: raw, date1904: workbook.date1904) else {
            problems.add(
              Diagnostic(
                file: file, line: number, column: headers[index],
                message: Language.text(
                  vi:
                    "ngày 29/02/1900 không có thật (lỗi năm nhuận của Excel, số \(raw)); hãy nhập lại ngày",
                  en:
                    "29/02/1900 never was (Excel's leap-year error, serial \(raw)); type the date again"
                ), cell: cell))
            continue
          }
          fields[index] = day
        default:
          fields[index] = text(of: value, workbook: workbook) ?? ""
        }
        if !fields[index].isEmpty { any = true }
      }
      // Rows below the data that are formatted but empty are not records.
      guard any else { return true }
      rows.append(number)
      writer.write(fields)
      return true
    }
    writer.flush()
    guard !columns.isEmpty else { return nil }
    kept = true
    let letters = columns.map(XLSXSheetReader.letters(ofColumn:))
    return WorkbookTable(
      csvPath: csvPath,
      map: CellMap(
        sheet: sheet.name, file: file, rows: rows, letters: letters, headers: headers, kind: kind),
      problems: problems.diagnostics, footer: footer)
  }

  /// The first two columns of the stamp sheet's first 100 rows, as keys and values.
  static func stamp(
    of sheet: XLSXWorkbook.Sheet, workbook: XLSXWorkbook, archive: inout XLSXArchive,
    file: String
  ) throws -> WorkbookStamp {
    let part = try archive.partFile(sheet.part)
    defer { try? FileManager.default.removeItem(atPath: part) }
    var stamp = WorkbookStamp(sheet: sheet.name)
    try XLSXSheetReader(workbook: workbook, file: file, sheet: sheet).read(file: part) {
      number, cells in
      let key = cells.first { $0.0 == 0 }.flatMap { text(of: $0.1, workbook: workbook) }
      let value = cells.first { $0.0 == 1 }.flatMap { text(of: $0.1, workbook: workbook) }
      if let key = key.map({ VietnameseText.clean($0) }), !key.isEmpty,
        stamp.values[key] == nil
      {
        stamp.values[key] = VietnameseText.clean(value ?? "")
        stamp.cells[key] = "\(sheet.name)!B\(number)"
      }
      return number < 100
    }
    return stamp
  }

  /// Deletes the temporary CSV.
  public func remove() {
    try? FileManager.default.removeItem(atPath: csvPath)
  }

  /// A cell's text as the importers read it: numbers with a `.` decimal point and at most 15
  /// significant digits (what Excel shows), booleans as TRUE/FALSE.
  static func text(of value: CellValue, workbook: XLSXWorkbook) -> String? {
    switch value {
    case .text(let text): return text
    case .bool(let flag): return flag ? "TRUE" : "FALSE"
    case .error(let code): return code
    case .number(let raw, _): return numberText(raw)
    }
  }

  static func numberText(_ raw: String) -> String {
    let plain = raw.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }
    if plain && raw.utf8.count <= 15 { return raw }
    guard let value = Double(raw) else { return raw }
    var text = String(format: "%.15g", value)
    if text.contains("e") || text.contains("E") {
      text = String(format: "%.15f", value)
      if text.contains(".") {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
      }
    }
    return text
  }

  /// The day of a date serial, `yyyy-mm-dd`; nil for the 1900 system's 60 (29/02/1900).
  static func dayText(serial raw: String, date1904: Bool) -> String? {
    guard let value = Double(raw), value >= 0, value < 2_958_466 else { return raw }
    let whole = Int(value.rounded(.down))
    let day: Day
    if date1904 {
      day = Day(daysSince1970: whole + Day(year: 1904, month: 1, day: 1)!.daysSince1970)
    } else {
      if whole == 60 { return nil }
      // Excel counts 29/02/1900 as a day: serials after it are one too many.
      let base = Day(year: 1899, month: 12, day: whole < 60 ? 31 : 30)!.daysSince1970
      day = Day(daysSince1970: whole + base)
    }
    let (year, month) = (day.year, day.month)
    return String(format: "%04d-%02d-%02d", year, month, day.day)
  }
}

/// What a workbook's stamp sheet says, key by key, with the cell of each value.
public struct WorkbookStamp: Sendable, Hashable {
  /// The sheet's name.
  public var sheet: String
  /// The values by key.
  public var values: [String: String] = [:]
  /// The cell each value is in (`sangkien!B4`).
  public var cells: [String: String] = [:]

  /// Creates a stamp.
  public init(sheet: String, values: [String: String] = [:], cells: [String: String] = [:]) {
    self.sheet = sheet
    self.values = values
    self.cells = cells
  }
}
