import Foundation
import SangKienModel

extension XLSXWriter {
  /// A cell of a paper's table: a number (stored as one) or text.
  public enum Cell: Sendable, Hashable {
    /// A number, shown as it is.
    case number(String)
    /// A number shown with two decimals (a score).
    case score(String)
    /// Text, wrapped within its column.
    case text(String)
  }

  /// Styles of a printed paper, Times New Roman: 0 plain, 1 a bold centred title line,
  /// 2 a bold centred header cell with borders, 3 a text cell with borders that wraps,
  /// 4 a number cell with borders, 5 an italic line, 6 a score with two decimals.
  static let paperStyles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"4\"><font><sz val=\"12\"/><name val=\"Times New Roman\"/></font>"
    + "<font><b/><sz val=\"13\"/><name val=\"Times New Roman\"/></font>"
    + "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/></font>"
    + "<font><i/><sz val=\"12\"/><name val=\"Times New Roman\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"7\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\" vertical=\"top\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\" vertical=\"top\"/></xf>"
    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  /// A paper as a workbook of one sheet, printed on A4 landscape at full size: `title`
  /// lines centred across the table, the table with borders, then `closing` lines. A table
  /// wider than the page goes on across pages (never shrunk to one unreadable page): its
  /// header row, and its first `keptColumns` columns (the entry's number and code), are
  /// printed again on every page. Headers wrap within their columns (a judge's name on two
  /// lines).
  public static func paper(
    name: String, title: [String], header: [String], rows: [[Cell]], closing: [String],
    keptColumns: Int = 0, wrappedHeaders: Set<Int> = []
  ) throws -> [UInt8] {
    let sheet = Sheet(name: name, header: header, rows: [])
    let columns = header.count
    let last = XLSXSheetReader.letters(ofColumn: max(0, columns - 1))
    var xml = declaration + "<worksheet xmlns=\"\(main)\">"
    let headerRow = title.count + 1
    xml +=
      "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(headerRow)\" topLeftCell=\"A\(headerRow + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
    xml += "<cols>"
    var widths: [Int] = []
    for column in 0..<columns {
      // A wrapped header (a judge's name) asks for no more than a short column.
      let headerWidth = VietnameseText.displayWidth(header[column])
      var width = wrappedHeaders.contains(column) ? min(headerWidth, 9) : headerWidth
      for row in rows.prefix(2_000) where column < row.count {
        if case .text(let text) = row[column] {
          width = max(width, VietnameseText.displayWidth(text))
        }
        if case .number(let text) = row[column] { width = max(width, text.count) }
        if case .score(let text) = row[column] { width = max(width, text.count + 1) }
      }
      let shown = min(column == 2 ? 45 : 28, max(6, width + 2))
      widths.append(shown)
      xml +=
        "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(shown)\" customWidth=\"1\"/>"
    }
    xml += "</cols><sheetData>"
    var merges: [String] = []
    var number = 0
    func line(_ text: String, style: Int) {
      number += 1
      xml += "<row r=\"\(number)\">"
      if !text.isEmpty {
        xml +=
          "<c r=\"A\(number)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(xmlText(text))</t></is></c>"
      }
      xml += "</row>"
      merges.append("A\(number):\(last)\(number)")
    }
    for text in title { line(text, style: 1) }
    number += 1
    var headerLines = 1
    for (column, text) in header.enumerated() where column < widths.count {
      let width = VietnameseText.displayWidth(text)
      headerLines = max(headerLines, (width + widths[column] - 3) / max(1, widths[column] - 2))
    }
    let headerHeight =
      headerLines > 1 ? " ht=\"\(Double(headerLines) * 15.75)\" customHeight=\"1\"" : ""
    xml += "<row r=\"\(number)\"\(headerHeight)>"
    for (column, text) in header.enumerated() {
      xml +=
        "<c r=\"\(XLSXSheetReader.letters(ofColumn: column))\(number)\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(xmlText(text))</t></is></c>"
    }
    xml += "</row>"
    for row in rows {
      number += 1
      // Rows tall enough for their wrapped text (LibreOffice does not grow them itself).
      var lines = 1
      for (column, cell) in row.enumerated() where column < widths.count {
        if case .text(let text) = cell {
          let width = VietnameseText.displayWidth(text)
          lines = max(lines, (width + widths[column] - 3) / max(1, widths[column] - 2))
        }
      }
      let height = lines > 1 ? " ht=\"\(Double(lines) * 15.75)\" customHeight=\"1\"" : ""
      xml += "<row r=\"\(number)\"\(height)>"
      for (column, cell) in row.enumerated() {
        let reference = "\(XLSXSheetReader.letters(ofColumn: column))\(number)"
        switch cell {
        case .number(let value) where isPlainNumber(value):
          xml += "<c r=\"\(reference)\" s=\"4\"><v>\(value)</v></c>"
        case .score(let value) where isPlainNumber(value):
          xml += "<c r=\"\(reference)\" s=\"6\"><v>\(value)</v></c>"
        case .number(let text), .score(let text), .text(let text):
          xml +=
            "<c r=\"\(reference)\" s=\"3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(xmlText(text))</t></is></c>"
        }
      }
      xml += "</row>"
    }
    number += 1
    for text in closing { line(text, style: 5) }
    xml += "</sheetData><mergeCells count=\"\(merges.count)\">"
    xml += merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
    xml +=
      "<pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
    xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" pageOrder=\"overThenDown\"/>"
    xml += "</worksheet>"
    let quoted = "'\(xmlText(sheet.name).replacingOccurrences(of: "'", with: "''"))'"
    let keptLetters = XLSXSheetReader.letters(ofColumn: max(0, keptColumns - 1))
    let titles =
      (keptColumns > 0 ? "\(quoted)!$A:$\(keptLetters)," : "")
      + "\(quoted)!$\(headerRow):$\(headerRow)"
    let definedName =
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">\(titles)</definedName>"
    return try package(
      [Part(name: sheet.name, xml: xml, hidden: false)], styles: paperStyles,
      definedNames: definedName)
  }
}
