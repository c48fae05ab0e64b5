import SangKienModel
import Testing

@testable import SangKienCLI

@Suite("Terminal tables")
struct TextTableTests {
  @Test("columns line up by display width, not by bytes or scalars")
  func alignment() {
    let table = TextTable(
      headers: ["Mã", "Tên"], rows: [["SK-0001", "Đà Nẵng"], ["SK-0002", "Ha"], ["漢", "x"]])
    let lines = table.render(width: nil).split(separator: "\n").map(String.init)
    #expect(lines[0] == "Mã       Tên")
    #expect(lines[2] == "SK-0001  Đà Nẵng")
    #expect(lines[4] == "漢       x")
    let widths = Set(lines.dropFirst(2).dropLast().map { VietnameseText.displayWidth($0) })
    #expect(widths.count <= 2)
  }

  @Test("on a narrow terminal flexible columns shrink, by weight, and no line is wider")
  func fitting() {
    let title = "Liên thông khai sinh, thường trú và thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi"
    let author = "Lê Văn Thịnh; Nguyễn Thị Diệu Linh; Trần Quốc Việt"
    let table = TextTable(
      headers: ["Mã", "Tên", "Tác giả"], rows: [["SK-0011", title, author]],
      flexible: [1: 2, 2: 1])
    let lines = table.render(width: 60).split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { VietnameseText.displayWidth($0) <= 60 })
    #expect(lines[2].contains("…"))
    let cells = lines[2].components(separatedBy: "  ").filter { !$0.isEmpty }
    #expect(VietnameseText.displayWidth(cells[1]) > VietnameseText.displayWidth(cells[2]))
  }
}
