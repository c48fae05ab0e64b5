import Foundation
import SangKienModel
import ZIPFoundation

/// Writes workbooks that open in Excel and LibreOffice without a repair prompt: a frozen,
/// bold header, widths that fit Vietnamese text, dates as date cells shown `dd/mm/yyyy`,
/// numbers as numbers, everything else as text (inline strings: never a formula).
public enum XLSXWriter {
  /// One worksheet: its name, header and rows as the CSV has them.
  public struct Sheet: Sendable {
    /// The worksheet's name (at most 31 characters).
    public var name: String
    /// The header row.
    public var header: [String]
    /// The rows, as text; dates and numbers become date and number cells.
    public var rows: [[String]]

    /// Creates a sheet; the name is cut to Excel's 31 characters without `[]:*?/\`.
    public init(name: String, header: [String], rows: [[String]]) {
      let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
      self.name = cleaned.isEmpty ? "Sheet1" : cleaned
      self.header = header
      self.rows = rows
    }
  }

  /// What a column holds, decided from its values.
  enum Kind { case text, number, date }

  /// A column is of dates when every value is `yyyy-mm-dd`, of numbers when every value is a
  /// plain decimal that Excel keeps exactly (no leading zero, as in a phone number, at most
  /// 15 digits); an empty column is text.
  static func kind(of values: [String]) -> Kind {
    var sawValue = false
    var allDates = true
    var allNumbers = true
    for value in values where !value.isEmpty {
      sawValue = true
      if allDates && !(value.utf8.count == 10 && Day(parsing: value)?.iso == value) {
        allDates = false
      }
      if allNumbers && !isPlainNumber(value) { allNumbers = false }
      if !allDates && !allNumbers { return .text }
    }
    guard sawValue else { return .text }
    return allDates ? .date : allNumbers ? .number : .text
  }

  static func isPlainNumber(_ text: String) -> Bool {
    var digits = 0
    var dot = false
    var bytes = Array(text.utf8)
    if bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
    guard let first = bytes.first, first != UInt8(ascii: ".") else { return false }
    if first == UInt8(ascii: "0") && bytes.count > 1 && bytes[1] != UInt8(ascii: ".") {
      return false
    }
    for byte in bytes {
      if byte == UInt8(ascii: ".") {
        if dot { return false }
        dot = true
      } else if byte >= 0x30 && byte <= 0x39 {
        digits += 1
      } else {
        return false
      }
    }
    return digits > 0 && digits <= 15 && bytes.last != UInt8(ascii: ".")
  }

  /// The serial Excel gives a day (1900 system, counting its 29/02/1900).
  static func serial(_ day: Day) -> Int {
    day.daysSince1970 - Day(year: 1899, month: 12, day: 30)!.daysSince1970
  }

  /// Text XML 1.0 may hold: escaped, without the control characters it forbids.
  static func xmlText(_ text: String) -> String { Escaping.xml(text) }

  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// The workbook's bytes.
  public static func bytes(_ sheets: [Sheet]) throws -> [UInt8] {
    let sheetList = sheets.isEmpty ? [Sheet(name: "Sheet1", header: [], rows: [])] : sheets
    return try package(
      sheetList.map { Part(name: $0.name, xml: worksheet($0, main: main)) }, styles: styles)
  }

  /// One worksheet of a package: its name, its XML, and whether it is hidden.
  struct Part {
    var name: String
    var xml: String
    var hidden = false
  }

  /// A workbook package of `parts`, in order, with `styles`; `definedNames` go in the
  /// workbook as written (print titles); `lockStructure` keeps sheets from being added,
  /// removed or shown; `recalculate` has formulas worked out again when the workbook opens.
  static func package(
    _ parts: [Part], styles: String, definedNames: String = "", lockStructure: Bool = false,
    recalculate: Bool = false
  ) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    func add(_ path: String, _ text: String) throws {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    var types =
      declaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    for index in parts.indices {
      types +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    types += "</Types>"
    try add("[Content_Types].xml", types)
    try add(
      "_rels/.rels",
      declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>")
    var workbook =
      declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
    if lockStructure { workbook += "<workbookProtection lockStructure=\"1\"/>" }
    // The first visible sheet is the one shown.
    let shown = parts.firstIndex { !$0.hidden } ?? 0
    workbook +=
      "<bookViews><workbookView activeTab=\"\(shown)\"/></bookViews><sheets>"
    var rels =
      declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for (index, part) in parts.enumerated() {
      let state = part.hidden ? " state=\"hidden\"" : ""
      workbook +=
        "<sheet name=\"\(xmlText(part.name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
      rels +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    workbook += "</sheets>"
    if !definedNames.isEmpty { workbook += "<definedNames>\(definedNames)</definedNames>" }
    if recalculate { workbook += "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>" }
    workbook += "</workbook>"
    rels +=
      "<Relationship Id=\"rId\(parts.count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
    try add("xl/workbook.xml", workbook)
    try add("xl/_rels/workbook.xml.rels", rels)
    try add("xl/styles.xml", styles)
    for (index, part) in parts.enumerated() {
      try add("xl/worksheets/sheet\(index + 1).xml", part.xml)
    }
    guard let data = archive.data else { throw InterchangeError.cannotWrite(path: "xlsx") }
    return [UInt8](data)
  }

  /// Styles of the plain workbooks: 0 plain, 1 bold header, 2 a date shown dd/mm/yyyy,
  /// 3 text that wraps.
  static let styles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"4\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  static func worksheet(_ sheet: Sheet, main: String) -> String {
    let columns = sheet.header.count
    let kinds = (0..<columns).map { column in
      kind(of: sheet.rows.map { column < $0.count ? $0[column] : "" })
    }
    var xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\">"
    xml +=
      "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
    if columns > 0 {
      xml += "<cols>"
      for column in 0..<columns {
        // The widest of the header and the first rows, in characters as shown (Vietnamese
        // marks take no width), between 8 and 60.
        var width = VietnameseText.displayWidth(sheet.header[column])
        for row in sheet.rows.prefix(2_000) where column < row.count {
          let longest =
            row[column].split(separator: "\n").map {
              VietnameseText.displayWidth(String($0))
            }.max() ?? 0
          width = max(width, kinds[column] == .date ? 10 : longest)
        }
        let shown = min(60, max(8, width + 2))
        xml +=
          "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(shown)\" customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    func row(_ number: Int, _ values: [String], header: Bool) {
      xml += "<row r=\"\(number)\">"
      for (column, value) in values.enumerated() where !value.isEmpty {
        let reference = XLSXSheetReader.letters(ofColumn: column) + "\(number)"
        let kind = header || column >= kinds.count ? .text : kinds[column]
        switch kind {
        case .date:
          let serial = Day(parsing: value).map(serial) ?? 0
          xml += "<c r=\"\(reference)\" s=\"2\"><v>\(serial)</v></c>"
        case .number:
          xml += "<c r=\"\(reference)\"><v>\(value)</v></c>"
        case .text:
          let style = header ? " s=\"1\"" : value.contains("\n") ? " s=\"3\"" : ""
          xml +=
            "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(xmlText(value))</t></is></c>"
        }
      }
      xml += "</row>"
    }
    row(1, sheet.header, header: true)
    for (index, values) in sheet.rows.enumerated() { row(index + 2, values, header: false) }
    xml += "</sheetData></worksheet>"
    return xml
  }
}
