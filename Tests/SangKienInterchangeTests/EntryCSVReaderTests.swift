import SangKienModel
import Testing

@testable import SangKienInterchange

@Suite("Entries CSV")
struct EntryCSVReaderTests {
  static let header =
    "code,title,category,entrant_kind,authors,unit,field,received_by,received_on,summary,contact\n"

  static func read(_ text: String) -> (header: [Diagnostic], rows: [EntryRow]) {
    var reader = EntryCSVReader(text: text, displayName: "entries.csv")
    let header = reader.readHeader()
    var rows: [EntryRow] = []
    while let row = reader.next() { rows.append(row) }
    return (header, rows)
  }

  @Test("a good row becomes a draft with NFC text")
  func goodRow() throws {
    let nfdTitle = "Mo\u{302} hi\u{300}nh mo\u{323}\u{302}t cu\u{31B}\u{309}a"
    let (header, rows) = Self.read(
      Self.header
        + ",\(nfdTitle),mô hình,tập thể,\"Nguyễn Văn An (Sở Tư pháp); Lê Thị Bình\",UBND quận Ba Đình,Hộ tịch,Tổ thư ký,05/11/2019,\"Tóm tắt, có dấu phẩy\",0912345678\n"
    )
    #expect(header.isEmpty)
    let draft = try #require(rows.first?.draft)
    #expect(draft.title == "Mô hình một cửa")
    #expect(
      draft.title.unicodeScalars.count
        == "Mô hình một cửa".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    #expect(draft.category == .model)
    #expect(draft.entrantKind == .collective)
    #expect(
      draft.authors == [
        Author(name: "Nguyễn Văn An", unit: "Sở Tư pháp"), Author(name: "Lê Thị Bình"),
      ])
    #expect(draft.receivedOn.iso == "2019-11-05")
    #expect(draft.code == nil)
  }

  @Test("Vietnamese headers are accepted")
  func vietnameseHeaders() throws {
    let (header, rows) = Self.read(
      "Mã,Tên sáng kiến,Loại,Đối tượng,Tác giả,Đơn vị,Ngày nhận,STT\nSK-0009,Tên,giải pháp,cá nhân,An,Đơn vị,2019-10-01,1\n"
    )
    #expect(header.map(\.severity) == [.warning])
    #expect(header.first?.column == "STT")
    #expect(rows.first?.draft?.code == "SK-0009")
  }

  @Test("a missing required column is an error naming it")
  func missingColumn() {
    let (header, _) = Self.read("title,category,entrant_kind,authors,received_on\n")
    #expect(header.map(\.column) == ["unit", nil])
    #expect(header.first?.severity == .error)
    // And how the header was read, so a file read with the wrong separator shows it.
    #expect(header.last?.message.contains("UTF-8") == true)
  }

  @Test("a column given twice is an error")
  func duplicateColumn() {
    let (header, _) = Self.read("title,tên,category,entrant_kind,authors,unit,received_on\n")
    #expect(header.contains { $0.severity == .error && $0.column == "tên" })
  }

  struct BadRow: Sendable, CustomTestStringConvertible {
    var name: String
    var row: String
    var column: String?
    var message: String
    var testDescription: String { name }
  }

  @Test(
    "each bad row is reported with its line and column",
    arguments: [
      BadRow(
        name: "empty title", row: ",,idea,individual,An,U,,,2019-10-01,,", column: "title",
        message: "must not be empty"),
      BadRow(
        name: "unknown category", row: ",T,ý tưởng,individual,An,U,,,2019-10-01,,",
        column: "category", message: "unknown category 'ý tưởng'"),
      BadRow(
        name: "unknown kind", row: ",T,idea,hộ gia đình,An,U,,,2019-10-01,,",
        column: "entrant_kind", message: "unknown entrant kind 'hộ gia đình'"),
      BadRow(
        name: "bad date", row: ",T,idea,individual,An,U,,,15/11/201,,", column: "received_on",
        message: "'15/11/201' is not a real date"),
      BadRow(
        name: "impossible date", row: ",T,idea,individual,An,U,,,31/02/2019,,",
        column: "received_on", message: "'31/02/2019' is not a real date"),
      BadRow(
        name: "no authors", row: ",T,idea,individual, ; ,U,,,2019-10-01,,", column: "authors",
        message: "must not be empty"),
      BadRow(
        name: "bad code", row: "SK 1,T,idea,individual,An,U,,,2019-10-01,,", column: "code",
        message: "code 'SK 1' may use only"),
      BadRow(
        name: "too few fields", row: ",T,idea,individual", column: nil,
        message: "the row has 4 fields but the header has 11"),
      BadRow(
        name: "too many fields", row: ",T,idea,individual,An,U,,,2019-10-01,,,extra", column: nil,
        message: "the row has 12 fields but the header has 11"),
      BadRow(
        name: "unclosed quote", row: ",\"T,idea,individual,An,U,,,2019-10-01,,", column: nil,
        message: "never closed"),
    ])
  func badRow(bad: BadRow) throws {
    Language.$current.withValue(.en) {
      let (_, rows) = Self.read(
        Self.header + ",Good,idea,individual,An,U,,,2019-10-01,,\n" + bad.row + "\n")
      #expect(rows.count == 2)
      #expect(rows[0].draft != nil)
      let problem = rows[1].diagnostics.first
      #expect(rows[1].draft == nil)
      #expect(problem?.line == 3)
      #expect(problem?.column == bad.column)
      #expect(problem?.message.contains(bad.message) == true, "\(problem?.message ?? "none")")
      #expect(problem?.description.hasPrefix("entries.csv:3") == true)
    }
  }

  @Test("a title longer than the limit is refused")
  func longTitle() {
    let title = String(repeating: "ă", count: EntryLimits.title + 1)
    let (_, rows) = Self.read(Self.header + ",\(title),idea,individual,An,U,,,2019-10-01,,\n")
    #expect(rows.first?.diagnostics.first?.column == "title")
  }

  @Test("text that looks like SQL or a formula is kept verbatim")
  func verbatim() throws {
    let (_, rows) = Self.read(
      Self.header
        + ",\"Robert'); DROP TABLE entry;--\",idea,individual,=cmd|' /C calc'!A0,U,,,2019-10-01,'=1+1,\n"
    )
    let draft = try #require(rows.first?.draft)
    #expect(draft.title == "Robert'); DROP TABLE entry;--")
    #expect(draft.authors.first?.name == "=cmd|' /C calc'!A0")
    #expect(draft.summary == "=1+1")
  }

  @Test("an empty file and a header-only file are refused")
  func emptyAndHeaderOnly() {
    let (emptyHeader, _) = Self.read("")
    #expect(emptyHeader.count == 1 && emptyHeader[0].severity == .error)
    var reader = EntryCSVReader(text: Self.header, displayName: "entries.csv")
    #expect(reader.readHeader().isEmpty)
    #expect(reader.next() == nil)
    #expect(reader.rowCount == 0)
    #expect(reader.headerOnly().line == 2)
  }
}
