import Foundation
import Testing

@Suite("entry import")
struct EntryImportTests {
  static func initialised() throws -> Sandbox {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    return box
  }

  static func entryCount(_ box: Sandbox) -> Int {
    box.run(["entry", "list", "--format", "csv"]).out.split(separator: "\r\n").count - 1
  }

  static func auditCount(_ box: Sandbox) -> Int {
    box.run(["audit", "log", "--format", "csv"]).out.split(separator: "\r\n").count - 1
  }

  @Test("the demo entries import, with one audit record each")
  func demoImport() throws {
    let box = try Self.initialised()
    let result = box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"])
    #expect(result.code == 0, "\(result.err)")
    #expect(
      result.out.hasSuffix(
        "Imported 40 entries (SK-0001 … SK-0040) from \(packageRoot)/Seeds/demo/entries.csv.\n"))
    #expect(Self.entryCount(box) == 40)
    #expect(Self.auditCount(box) == 41)
  }

  /// Two entries as Excel saves them under Vietnamese regional settings: Vietnamese headers,
  /// `;` between fields, a field holding `;` quoted, days as dd/mm/yyyy.
  static let excelVietnamese = """
    STT;Tên sáng kiến;Loại;Đối tượng;Tác giả;Đơn vị;Lĩnh vực;Ngày nhận;Tóm tắt\r
    1;Một cửa liên thông đất đai;giải pháp;cá nhân;"Nguyễn An; Lê Bình";UBND quận Ba Đình;Đất đai;20/08/2019;"Rút ngắn 3 ngày, còn 7 ngày"\r
    2;Tra cứu hồ sơ qua SMS;sáng kiến;cá nhân;Trần Chi;UBND quận Cầu Giấy;Đất đai;23/08/2019;\r

    """

  @Test("a CSV saved by Excel with `;`, and one saved as Unicode Text (UTF-16, tabs), import")
  func excelSeparators() throws {
    let semicolons = try Self.initialised()
    let file = try semicolons.write("excel-vi.csv", Self.excelVietnamese)
    let result = semicolons.run(["entry", "import", file])
    #expect(result.code == 0, "\(result.err)")
    let shown = semicolons.run(["entry", "show", "SK-0001"]).out
    #expect(shown.contains("Nguyễn An") && shown.contains("Lê Bình"), "\(shown)")
    #expect(shown.contains("Rút ngắn 3 ngày, còn 7 ngày"))
    #expect(Self.entryCount(semicolons) == 2)

    let unicodeText = try Self.initialised()
    let tabs = Self.excelVietnamese.replacingOccurrences(of: ";", with: "\t")
      .replacingOccurrences(of: "\"Nguyễn An\t Lê Bình\"", with: "\"Nguyễn An; Lê Bình\"")
    let utf16 = try unicodeText.write(
      "unicode.txt",
      bytes: [0xFF, 0xFE] + tabs.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let second = unicodeText.run(["entry", "import", utf16])
    #expect(second.code == 0, "\(second.err)")
    #expect(Self.entryCount(unicodeText) == 2)
    #expect(
      semicolons.run(["entry", "export", "--format", "csv"]).out
        == unicodeText.run(["entry", "export", "--format", "csv"]).out)
  }

  @Test("a file with several bad rows lists every problem and writes nothing")
  func badFileWritesNothing() throws {
    let box = try Self.initialised()
    let file = try box.write(
      "bad.csv",
      entriesHeader
        + ",Tốt,idea,individual,An,U,,,2019-10-01,,\n"
        + ",,idea,individual,An,U,,,2019-10-01,,\n"
        + ",Loại lạ,poem,individual,An,U,,,2019-10-01,,\n"
        + ",Ngày sai,idea,individual,An,U,,,2019-02-29,,\n"
        + ",Thiếu ô,idea\n"
        + "SK-0009,Mã một,idea,individual,An,U1,,,2019-10-01,,\n"
        + "SK-0009,Mã hai,idea,individual,An,U2,,,2019-10-01,,\n"
        + ",Muộn,idea,individual,An,U,,,2019-11-20,,\n"
        + "SK-0012,Có mã,poem,individual,An,U,,,2019-10-01,,\n")
    let result = box.run(["entry", "import", file])
    #expect(result.code == 1)
    let expected = [
      "\(file):3:title: error: must not be empty",
      "\(file):4:category: error: unknown category 'poem'",
      "\(file):5:received_on: error: '2019-02-29' is not a real date",
      "\(file):6: error: the row has 3 fields but the header has 11",
      "\(file):8:code: error: code 'SK-0009' is also on line 7",
      "\(file):9:received_on: error: received 2019-11-20, after the deadline 2019-11-15",
      // A row that gives its code is named by it.
      "\(file):10:category: error: SK-0012: unknown category 'poem'",
      "7 errors; nothing was written.",
    ]
    for line in expected {
      #expect(result.err.contains(line), "missing: \(line)\n\(result.err)")
    }
    #expect(Self.entryCount(box) == 0)
    #expect(Self.auditCount(box) == 1)
  }

  @Test("--dry-run checks and writes nothing")
  func dryRun() throws {
    let box = try Self.initialised()
    let result = box.run(["entry", "import", "--dry-run", packageRoot + "/Seeds/demo/entries.csv"])
    #expect(result.code == 0)
    #expect(result.out.contains("40 entries are good; nothing written (--dry-run)."))
    #expect(Self.entryCount(box) == 0)
  }

  @Test("codes carried by a file must be new; the next code follows them")
  func carriedCodes() throws {
    let box = try Self.initialised()
    let first = try box.write(
      "a.csv", entriesHeader + "SK-0100,Một,idea,individual,An,U1,,,2019-10-01,,\n")
    #expect(box.run(["entry", "import", first]).code == 0)
    let again = try box.write(
      "b.csv",
      entriesHeader
        + "SK-0100,Hai,idea,individual,An,U2,,,2019-10-01,,\n,Ba,idea,individual,An,U3,,,2019-10-01,,\n"
    )
    let refused = box.run(["entry", "import", again])
    #expect(
      refused.err.contains("\(again):2:code: error: code 'SK-0100' is already in the database"))
    let next = try box.write("c.csv", entriesHeader + ",Ba,idea,individual,An,U3,,,2019-10-01,,\n")
    #expect(box.run(["entry", "import", next]).out.contains("(SK-0101 … SK-0101)"))
  }

  @Test("duplicates within the file or against the register stop the import unless allowed")
  func duplicates() throws {
    let box = try Self.initialised()
    let file = try box.write(
      "d.csv",
      entriesHeader + ",Một cửa số,idea,individual,An,Sở Tư pháp,,,2019-10-01,,\n"
        + ",MOT CUA SO,idea,individual,Bình,so tu phap,,,2019-10-01,,\n")
    let refused = box.run(["entry", "import", file])
    #expect(refused.code == 1)
    // The twin is named by its line: SK-0001 would not exist, nothing being written.
    #expect(
      refused.err.contains(
        "\(file):3:title: warning: likely duplicate of line 2 of the file (same title and unit)"))
    #expect(refused.err.contains("1 likely duplicate; check them, or use --allow-duplicates"))
    #expect(Self.entryCount(box) == 0)
    let allowed = box.run(["entry", "import", file, "--allow-duplicates"])
    #expect(allowed.code == 0)
    #expect(Self.entryCount(box) == 2)
  }

  @Test("late rows import with --late-ok and the recorded reason")
  func lateRows() throws {
    let box = try Self.initialised()
    let file = try box.write("l.csv", entriesHeader + ",Muộn,idea,individual,An,U,,,20/11/2019,,\n")
    #expect(box.run(["entry", "import", file]).code == 1)
    let ok = box.run([
      "entry", "import", file, "--late-ok", "--reason", "Quyết định của Ban tổ chức",
    ])
    #expect(ok.code == 0)
    #expect(
      box.run(["entry", "show", "SK-0001"]).out.contains(
        "Accepted late  Quyết định của Ban tổ chức"))
  }

  struct FileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var message: String
    var testDescription: String { name }
  }

  static let tcvn3Row: [UInt8] =
    Array(",".utf8) + [0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69]
    + Array(",idea,individual,An,U,,,2019-10-01,,\n".utf8)

  @Test(
    "files that are not usable are refused with the reason",
    arguments: [
      FileCase(name: "empty file", bytes: [], message: "the file is empty"),
      FileCase(
        name: "header only", bytes: Array(entriesHeader.utf8),
        message: "2: error: the file has a header row and no entries"),
      FileCase(
        name: "missing column",
        bytes: Array("title,category,entrant_kind,authors,received_on\n".utf8),
        message: "1:unit: error: missing required column 'unit'"),
      FileCase(
        name: "not UTF-8", bytes: Array(entriesHeader.utf8) + tcvn3Row,
        message:
          "2: error: this line is not Unicode UTF-8 (perhaps TCVN3/ABC, VNI or Windows-1258 bytes); import it again with --from-encoding tcvn3|vni|cp1258, or save the file as Unicode (UTF-8)"
      ),
      FileCase(
        name: "UTF-16", bytes: [0xFF, 0xFE] + Array(entriesHeader.utf8).flatMap { [$0, 0] },
        message: "2: error: the file has a header row and no entries"),
      FileCase(
        name: "not an entries file",
        bytes: Array("mã;tên;ngày\nSK-1;A;1/1/2019\n".utf8),
        message:
          "1: error: the header, read with separator ';', encoding UTF-8, has 3 column(s): 'mã', 'tên', 'ngày'"
      ),
      FileCase(
        name: "unclosed quote",
        bytes: Array(
          (entriesHeader
            + ",\"Mở,idea,individual,An,U,,,2019-10-01,,\n,B,idea,individual,An,U,,,2019-10-01,,\n")
            .utf8), message: "2: error: a quote opened on this line is never closed"),
      FileCase(
        name: "10 MB field",
        bytes: Array((entriesHeader + ",T,idea,individual,An,U,,,2019-10-01,").utf8)
          + [UInt8](repeating: 0x61, count: 10 << 20) + Array(",\n".utf8),
        message: "2:summary: error: field too long (over 1024 KB)"),
    ])
  func unusableFiles(testCase: FileCase) throws {
    let box = try Self.initialised()
    let file = try box.write("f.csv", bytes: testCase.bytes)
    let result = box.run(["entry", "import", file])
    #expect(result.code == 1)
    #expect(result.err.contains(testCase.message), "\(result.err)")
    #expect(Self.entryCount(box) == 0)
  }

  @Test("a missing file is a clear error")
  func missingFile() throws {
    let box = try Self.initialised()
    let result = box.run(["entry", "import", box.folder + "/nope.csv"])
    #expect(result.code == 1)
    #expect(result.err == "Error: cannot read '\(box.folder)/nope.csv' (missing, or a folder)\n")
  }

  @Test("BOM, NFD, CRLF and Vietnamese headers are all accepted")
  func excelFile() throws {
    let box = try Self.initialised()
    let text =
      "Tên sáng kiến,Loại,Đối tượng,Tác giả,Đơn vị,Ngày nhận\r\nMo\u{302} hi\u{300}nh,mô hình,tập thể,Nguyễn An,Đơn vị,01/10/2019\r\n"
    let file = try box.write("excel.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let result = box.run(["entry", "import", file])
    #expect(result.code == 0, "\(result.err)")
    let json = box.run(["entry", "show", "SK-0001", "--format", "json"]).out
    #expect(json.contains("\"title\": \"Mô hình\""))
    #expect(json.contains("\"category\": \"model\""))
  }

  @Test("SQL-like and formula-like text is stored verbatim and neutralised in CSV, and round-trips")
  func hostileText() throws {
    let box = try Self.initialised()
    let file = try box.write(
      "h.csv",
      entriesHeader
        + ",\"x'); DROP TABLE entry; --\",idea,individual,-An,U,\"=HYPERLINK(\"\"http://x\"\")\",,2019-10-01,@SUM(A1),+84 912\n"
    )
    #expect(box.run(["entry", "import", file]).code == 0)
    let json = box.run(["entry", "show", "SK-0001", "--format", "json"]).out
    #expect(json.contains(#""title": "x'); DROP TABLE entry; --""#))
    #expect(json.contains(#""summary": "@SUM(A1)""#))
    let export = box.folder + "/export.csv"
    #expect(box.run(["entry", "export", "--out", export]).code == 0)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: export)))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
    #expect(text.contains(",'@SUM(A1),'+84 912,"))
    #expect(text.contains(",'-An,"))
    // People read the label columns; the id columns stay for re-import.
    #expect(text.contains(",category_label,entrant_kind_label,status_label\r\n"))
    #expect(text.contains(",received,,,idea,individual,received\r\n"), "\(text)")
    let vietnamese = box.run(["entry", "export"], language: .vi).out
    #expect(vietnamese.contains(",received,,,sáng kiến,cá nhân,đã tiếp nhận\r\n"), "\(vietnamese)")
    // The export imports back into a fresh contest unchanged.
    let other = try Sandbox()
    #expect(other.run(["init"]).code == 0)
    #expect(other.run(["entry", "import", export]).code == 0)
    #expect(other.run(["entry", "show", "SK-0001", "--format", "json"]).out == json)
  }
}
