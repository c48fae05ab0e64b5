import Foundation
import Testing

@testable import SangKienInterchange

@Suite("CSV reader (RFC 4180)")
struct CSVReaderTests {
  static func records(_ bytes: [UInt8]) -> [CSVRecord] {
    var reader = CSVReader(bytes: bytes)
    var result: [CSVRecord] = []
    while let record = reader.next() { result.append(record) }
    return result
  }

  static func records(_ text: String) -> [CSVRecord] { records(Array(text.utf8)) }

  @Test("quotes, embedded commas, quotes and newlines")
  func quoting() {
    let rows = Self.records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")
    #expect(
      rows.map(\.fields) == [
        ["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""],
      ])
    #expect(rows.map(\.line) == [1, 2, 4])
    #expect(rows.map(\.row) == [1, 2, 3])
    #expect(rows.allSatisfy { $0.problems.isEmpty })
  }

  @Test("CRLF, CR and a missing final newline")
  func lineEnds() {
    let rows = Self.records("a,b\r\n1,2\r3,4")
    #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(rows.map(\.line) == [1, 2, 3])
  }

  @Test("a byte-order mark is skipped")
  func byteOrderMark() {
    let rows = Self.records([0xEF, 0xBB, 0xBF] + Array("mã,tên\n".utf8))
    #expect(rows.first?.fields == ["mã", "tên"])
  }

  @Test("a file that starts with ï (not a BOM) keeps its bytes")
  func notAByteOrderMark() {
    let rows = Self.records("ïa,b\n")
    #expect(rows.first?.fields == ["ïa", "b"])
  }

  @Test("blank lines and rows of empty cells are skipped")
  func blankLines() {
    let rows = Self.records("a\n\n1\n,,\n\n")
    #expect(rows.map(\.fields) == [["a"], ["1"]])
  }

  @Test("an unclosed quote is reported on the line it opens")
  func unclosedQuote() {
    let rows = Self.records("a,b\n1,\"never closed\n2,3\n")
    #expect(rows.count == 2)
    #expect(rows[1].line == 2)
    #expect(rows[1].problems == [.unclosedQuote])
  }

  @Test("text after a closing quote is reported with its field")
  func textAfterQuote() {
    let rows = Self.records("a,b\n1,\"x\"y\n")
    #expect(rows[1].problems == [.textAfterQuote(field: 1)])
  }

  @Test("bytes that are not UTF-8 are reported with the record's line")
  func notUTF8() {
    // "Hà Nội" in Windows-1258 / TCVN3-like single bytes.
    let rows = Self.records(
      Array("a,b\nok,1\n".utf8) + [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69] + Array(",2\n".utf8))
    #expect(rows.count == 3)
    #expect(rows[2].line == 3)
    #expect(rows[2].problems == [.notUTF8])
  }

  @Test("a 10 MB field is reported, not kept")
  func hugeField() {
    let huge = [UInt8](repeating: 0x61, count: 10 << 20)
    let rows = Self.records(Array("a,b\n1,".utf8) + huge + Array("\n2,3\n".utf8))
    #expect(rows.count == 3)
    #expect(rows[1].problems == [.fieldTooLong(field: 1)])
    #expect(rows[2].fields == ["2", "3"])
  }

  @Test(
    "the separator is found from the header row",
    arguments: [
      ("a,b,c\n1,2,3\n", UInt8(0x2C), ["1", "2", "3"]),
      // Excel under Vietnamese regional settings: `;` between fields, `,` as decimal mark.
      ("mã;điểm;ghi chú\nSK-0001;16,5;\"a; b\"\n", UInt8(0x3B), ["SK-0001", "16,5", "a; b"]),
      ("a\tb\n1\t2,5\n", UInt8(0x09), ["1", "2,5"]),
      // Separators inside quotes do not count; a tie, or none at all, is `,`.
      ("\"x;y;z\",b\n1,2\n", UInt8(0x2C), ["1", "2"]),
      ("a;b,c\n1;2,3\n", UInt8(0x2C), ["1;2", "3"]),
      ("title\nOne\n", UInt8(0x2C), ["One"]),
    ])
  func separator(text: String, expected: UInt8, second: [String]) {
    var reader = CSVReader(text: text)
    _ = reader.next()
    #expect(reader.separator == expected)
    #expect(reader.next()?.fields == second)
  }

  @Test("a UTF-16 file (Excel's \"Unicode Text\") is read, either byte order")
  func utf16() {
    let text = "mã\ttên\r\nSK-0001\tNguyễn Thị Ánh\r\n"
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [little, big] {
      var reader = CSVReader(bytes: bytes)
      #expect(reader.next()?.fields == ["mã", "tên"])
      #expect(reader.isUTF16 && reader.separator == 0x09)
      let row = reader.next()
      #expect(row?.fields == ["SK-0001", "Nguyễn Thị Ánh"] && row?.line == 2)
      #expect(reader.readAs.hasSuffix("UTF-16"))
    }
  }

  @Test("a UTF-16 file on disk is read whole, past the first chunk")
  func utf16File() throws {
    let rows = (1...40_000).map { "SK-\($0)\tTên \($0)\r\n" }.joined()
    let text = "mã\ttên\r\n" + rows
    let path = NSTemporaryDirectory() + "utf16-\(UUID().uuidString).txt"
    try Data([UInt8(0xFF), 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      .write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var reader = try CSVReader(path: path)
    var count = 0
    var last: [String] = []
    while let record = reader.next() {
      count += 1
      last = record.fields
    }
    #expect(count == 40_001 && last == ["SK-40000", "Tên 40000"])
  }
}

@Suite("CSV writer")
struct CSVWriterTests {
  static func write(_ rows: [[String]]) -> [UInt8] {
    var bytes: [UInt8] = []
    var writer = CSVWriter { bytes += $0 }
    for row in rows { writer.write(row) }
    writer.flush()
    return bytes
  }

  @Test("output starts with a BOM and ends lines with CRLF")
  func bomAndLineEnds() {
    let bytes = Self.write([["a", "b"]])
    #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("a,b\r\n".utf8))
  }

  @Test(
    "fields are quoted and formulas neutralised",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""), ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
      ("+84 912", "'+84 912"), ("-1", "'-1"), ("@cmd", "'@cmd"),
      ("=HYPERLINK(\"x\",1)", "\"'=HYPERLINK(\"\"x\"\",1)\""),
      (" lề ", "\" lề \""),
    ])
  func escape(pair: (String, String)) {
    #expect(CSVWriter.escape(pair.0) == pair.1)
  }

  @Test(
    "a neutralised field reads back as written",
    // `'=SUM(A1)` and `''-1` (texts that themselves begin with apostrophes before a formula
    // character) lost an apostrophe on the way back until the fuzzer's round trip found it.
    // "\t-" alone on the first line was read back as tab-separated until fields with a tab
    // or a semicolon were quoted (found by the fuzzer).
    arguments: [
      "=1+1", "+84", "-x", "@a", "'quoted", "plain", "'=SUM(A1)", "''-1", "'", "''", "\t-", "a;b",
    ])
  func roundTrip(text: String) {
    let bytes = Self.write([[text]])
    var reader = CSVReader(bytes: bytes)
    let field = reader.next()?.fields.first ?? ""
    #expect(CSVWriter.unneutralise(field) == text)
  }
}
