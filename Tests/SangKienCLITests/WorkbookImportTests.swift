import Foundation
import Testing

/// Workbooks written by openpyxl and by LibreOffice (Tests/Fixtures/make-workbooks), read by
/// every import.
@Suite("Excel workbooks in")
struct WorkbookImportTests {
  static let folder = packageRoot + "/Tests/Fixtures/workbooks/"

  static func exported(_ box: Sandbox) -> String {
    box.run(["entry", "export", "--format", "csv"]).out
  }

  @Test("a register below a title block, with STT, dates, NFD, rich text and formatted rows")
  func register() throws {
    var exports: [String] = []
    for name in ["entries-openpyxl.xlsx", "entries-libreoffice.xlsx"] {
      let box = try EntryImportTests.initialised()
      // Recognised by content: the name says .dat.
      let copy = try box.write(
        "ho-so.dat", bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + name))))
      let result = box.run(["entry", "import", copy])
      #expect(result.code == 0, "\(name): \(result.err)")
      #expect(EntryImportTests.entryCount(box) == 3, "\(name)")
      let csv = Self.exported(box)
      #expect(csv.contains("SK-0001,Một cửa liên thông đất đai,solution,individual"), "\(csv)")
      #expect(
        csv.contains("2019-08-20") && csv.contains("2019-08-23") && csv.contains("2019-09-02"))
      // Rich-text runs joined, NFD composed, a non-breaking space a space.
      #expect(csv.contains("Tra cứu hồ sơ qua SMS"))
      #expect(csv.contains("Cấp phép xây dựng trực tuyến"))
      #expect(csv.contains("UBND quận Cầu Giấy"))
      #expect(csv.contains("\"Rút ngắn thời gian,\ncòn 7 ngày\""), "\(csv)")
      exports.append(csv)
    }
    #expect(exports[0] == exports[1])
  }

  @Test("the 1904 date system")
  func date1904() throws {
    let box = try EntryImportTests.initialised()
    #expect(box.run(["entry", "import", Self.folder + "entries-1904.xlsx"]).code == 0)
    #expect(Self.exported(box).contains("2019-10-01"))
  }

  @Test("an error cell, 29/02/1900 and a day that does not exist are named by their cells")
  func badCells() throws {
    let box = try EntryImportTests.initialised()
    let result = box.run(["entry", "import", Self.folder + "entries-bad-cells.xlsx"])
    #expect(result.code == 1)
    let file = Self.folder + "entries-bad-cells.xlsx"
    #expect(
      result.err.contains(
        "\(file):Danh sách!B6: Tên sáng kiến: error: the cell holds the error #N/A"),
      "\(result.err)")
    #expect(result.err.contains("\(file):Danh sách!I7: Ngày nhận: error: 29/02/1900 never was"))
    #expect(
      result.err.contains(
        "\(file):Danh sách!I8: Ngày nhận: error: '31/02/2019' is not a real date"), "\(result.err)")
    #expect(EntryImportTests.entryCount(box) == 0)
  }

  @Test("--sheet picks a worksheet by name, with or without accents")
  func sheetOption() throws {
    let file = Self.folder + "entries-openpyxl.xlsx"
    let box = try EntryImportTests.initialised()
    let notes = box.run(["entry", "import", file, "--sheet", "Ghi chú", "--dry-run"])
    #expect(notes.code == 1 && notes.err.contains("no worksheet (Ghi chú) has a header row"))
    let none = box.run(["entry", "import", file, "--sheet", "Khác"])
    #expect(none.err.contains("no worksheet 'Khác' (there are: Ghi chú, Danh sách)"), "\(none.err)")
    #expect(box.run(["entry", "import", file, "--sheet", "danh sach"]).code == 0)
    #expect(EntryImportTests.entryCount(box) == 3)
  }

  @Test("judges and score sheets from LibreOffice: cached formula values, a decimal comma")
  func judgesAndScores() throws {
    let box = try AssignCommandTests.demo()
    let judges = box.run(["judge", "import", Self.folder + "judges-libreoffice.xlsx"])
    #expect(judges.code == 0, "\(judges.err)")
    #expect(box.run(["judge", "list", "--format", "csv"]).out.contains("gk91,Lê Thị Mẫu"))
    let pairs = try box.write("a.csv", "round,judge,entry\nso-khao,gk01,SK-0001\n")
    #expect(box.run(["assign", "import", pairs]).code == 0)
    let scores = box.run(["score", "import", Self.folder + "scores-libreoffice.xlsx"])
    #expect(scores.code == 0, "\(scores.err)")
    let listed = box.run(["score", "list", "--format", "csv"]).out
    #expect(listed.contains("16.5") && listed.contains("14.5"), "\(listed)")
  }

  @Test("CSV saved by LibreOffice with ';' and as Unicode Text imports")
  func libreOfficeCSV() throws {
    for name in ["entries-semicolon.csv", "entries-unicode-text.txt"] {
      let box = try EntryImportTests.initialised()
      let result = box.run(["entry", "import", Self.folder + name])
      #expect(result.code == 0, "\(name): \(result.err)")
      #expect(Self.exported(box).contains("Một cửa liên thông,solution,individual,\"An; Bình\""))
    }
  }

  @Test(
    "a zip bomb, a DTD, macros, a cut-short file and no header are refused, nothing written",
    arguments: [
      ("zip-bomb.xlsx", "the mark of a zip bomb; refused"),
      ("doctype.xlsx", "has a DOCTYPE declaration (DTD, entities); refused"),
      ("macros.xlsm", "a workbook with macros (.xlsm, vbaProject.bin) is refused"),
      ("truncated.xlsx", "not a readable Excel workbook (.xlsx)"),
      ("no-header.xlsx", "no worksheet (Số liệu) has a header row naming title, category"),
    ])
  func refusals(name: String, message: String) throws {
    let box = try EntryImportTests.initialised()
    let result = box.run(["entry", "import", Self.folder + name])
    #expect(result.code == 1)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(EntryImportTests.entryCount(box) == 0)
  }
}
