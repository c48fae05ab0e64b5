import Foundation
import SangKienModel
import Testing

@testable import SangKienInterchange

@Suite("workbook cell values")
struct WorkbookValueTests {
  @Test(
    "date serials in the 1900 system (with its 29/02/1900) and the 1904 system",
    arguments: [
      ("1", false, "1900-01-01"), ("59", false, "1900-02-28"), ("61", false, "1900-03-01"),
      ("43697", false, "2019-08-20"), ("43697.75", false, "2019-08-20"),
      ("0", true, "1904-01-01"), ("42235", true, "2019-08-20"),
    ])
  func serials(serial: String, date1904: Bool, day: String) {
    #expect(WorkbookTable.dayText(serial: serial, date1904: date1904) == day)
  }

  @Test("serial 60 of the 1900 system is the day that never was")
  func leapYearBug() {
    #expect(WorkbookTable.dayText(serial: "60", date1904: false) == nil)
    #expect(WorkbookTable.dayText(serial: "60", date1904: true) == "1904-03-01")
  }

  @Test(
    "number formats that show dates, and those that do not",
    arguments: [
      ("dd/mm/yyyy", true), ("d-mmm-yy", true), ("[$-42A]dd/mm/yyyy", true), ("mmm", true),
      ("[h]:mm:ss", false), ("mm:ss", false), ("0.00", false), ("#,##0\" đồng\"", false),
      ("[Red]0.0", false), ("General", false), ("\"ngày\" 0", false),
    ])
  func dateFormats(code: String, isDate: Bool) {
    #expect(XLSXWorkbook.isDateFormat(code) == isDate)
  }

  @Test(
    "numbers as Excel shows them: 15 significant digits, no exponent",
    arguments: [
      ("16.5", "16.5"), ("7", "7"), ("0.30000000000000004", "0.3"), ("1.5E-2", "0.015"),
      ("1E+3", "1000"), ("-2.25", "-2.25"),
    ])
  func numbers(raw: String, text: String) {
    #expect(WorkbookTable.numberText(raw) == text)
  }

  @Test("column letters both ways")
  func letters() {
    for (index, letters) in [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (16383, "XFD")] {
      #expect(XLSXSheetReader.letters(ofColumn: index) == letters)
      #expect(XLSXSheetReader.column(ofReference: letters + "12") == index)
    }
    #expect(XLSXSheetReader.column(ofReference: "ABCD1") == nil)
  }
}

@Suite("large worksheets")
struct LargeWorksheetTests {
  @Test("a worksheet of more than 10 MB of XML is read (libxml2 refuses it in one piece)")
  func large() throws {
    let header = ["title", "category", "entrant_kind", "authors", "unit", "received_on"]
    let long = String(repeating: "Giải pháp một cửa liên thông ", count: 12)
    let rows =
      [header]
      + (1...30_000).map { ["\($0) \(long)", "idea", "individual", "An", "U", "2019-10-01"] }
    let bytes = try XLSXWriter.bytes([
      XLSXWriter.Sheet(name: "Danh sách", header: rows[0], rows: Array(rows.dropFirst()))
    ])
    let table = try WorkbookTable.read(bytes: bytes, file: "big.xlsx", sheet: nil, kind: .entries)
    defer { table.remove() }
    var reader = try CSVReader(path: table.csvPath)
    var count = 0
    while reader.next() != nil { count += 1 }
    #expect(count == 30_001)
    #expect(
      table.map.locate(Diagnostic(file: "big.xlsx", line: 30_001, column: "unit", message: "x"))
        .cell == "Danh sách!E30001")
  }
}

@Suite("the worksheet XML scanner")
struct SheetScannerTests {
  static func events(_ xml: String) throws -> [String] {
    let path = NSTemporaryDirectory() + "scan-\(UUID().uuidString).xml"
    try xml.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var scanner = try #require(SheetScanner(path: path))
    var seen: [String] = []
    while let event = try scanner.next() {
      switch event {
      case .start(let name, let attributes, let empty):
        seen.append(
          "<\(name)" + attributes.map { " \($0.0)=\($0.1)" }.joined() + (empty ? "/>" : ">"))
      case .end(let name): seen.append("</\(name)>")
      case .text(let text): seen.append(text)
      }
    }
    return seen
  }

  @Test("prefixes, quotes of both kinds, empty elements, entities, CDATA, comments")
  func scan() throws {
    let events = try Self.events(
      """
      <?xml version="1.0"?><!-- a note --><x:row r='2'><x:c r="A2" t="s"/>\
      <c><is><t>Tr&#x1EA7;n &amp; L&#234; &lt;3&gt; &quot;a&apos;</t></is></c>\
      <c><v><![CDATA[<b>&amp;]]></v></c></x:row>
      """)
    #expect(
      events == [
        "<row r=2>", "<c r=A2 t=s/>", "<c>", "<is>", "<t>", "Trần & Lê <3> \"a'", "</t>", "</is>",
        "</c>", "<c>", "<v>", "<b>&amp;", "</v>", "</c>", "</row>",
      ], "\(events)")
  }

  @Test("a tag cut short is malformed, not read as data")
  func cutShort() {
    #expect(throws: SheetScanner.Malformed.self) { try Self.events("<row r=\"1\"><c r=\"A1") }
  }
}

@Suite("inputs the fuzzers found")
struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/Regressions/workbook").path

  @Test(
    "a damaged workbook that trapped in ZIPFoundation's or FoundationXML's code is answered",
    arguments: [
      "zipfoundation-memoryfile-trap.xlsx", "foundationxml-trap.xlsx",
      // A packed size past the end of the file: ZIPFoundation read on at the end for ever.
      "packed-size-past-end.xlsx",
    ])
  func answered(name: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
    do {
      let table = try WorkbookTable.read(bytes: bytes, file: name, sheet: nil, kind: .entries)
      table.remove()
    } catch is WorkbookError {
    } catch is DiagnosticsError {
    }
  }
}
