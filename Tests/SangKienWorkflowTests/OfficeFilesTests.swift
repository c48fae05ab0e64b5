import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

/// The files offices send: a register workbook with a title above the table and a footer
/// below it (a total, who drew it up, signatures), and a judges' list with telephone and
/// e-mail columns and fields separated by commas.
@Suite("the secretariat's files as offices make them")
struct OfficeFilesTests {
  static let header = [
    "STT", "Tên sáng kiến", "Loại", "Đối tượng", "Tác giả", "Đơn vị", "Ngày nhận",
  ]

  static func row(_ n: Int, title: String, authors: String = "Nguyễn Văn An") -> [String] {
    [String(n), title, "giải pháp", "cá nhân", authors, "UBND phường Dịch Vọng", "2019-10-12"]
  }

  static func workbook() throws -> [UInt8] {
    let blank = [String](repeating: "", count: header.count)
    var footer1 = blank
    footer1[0] = "Tổng cộng: 4 sáng kiến"
    var footer2 = blank
    footer2[1] = "Người lập biểu"
    footer2[5] = "Thủ trưởng đơn vị"
    var footer3 = blank
    footer3[1] = "Phạm Thị Hoa"
    footer3[5] = "Nguyễn Văn Long"
    return try XLSXWriter.bytes([
      XLSXWriter.Sheet(
        name: "Danh sách", header: header,
        rows: [
          row(1, title: "Trả kết quả hộ tịch tại nhà"), row(2, title: "Một cửa điện tử cấp xã"),
          row(3, title: "Trả kết quả hộ tịch tại nhà"),
          row(4, title: "Tra cứu hồ sơ qua tin nhắn", authors: "Trần Bình; Lê Chi"),
          blank, footer1, blank, footer2, footer3,
        ])
    ])
  }

  @Test("a workbook's footer ends the table and is said; rows are named as Excel numbers them")
  func footer() throws {
    let contest = try ContestFixture(demo: false)
    let report = try contest.workflow.importEntries(
      .bytes(try Self.workbook(), name: "danh-sach.xlsx"),
      allowances: Allowances(duplicates: true), dryRun: true, by: contest.secretariat)
    #expect(report.count == 4, "the footer is not read as entries")
    let texts = report.warnings.map { $0.diagnostic(source: "danh-sach.xlsx").description }
    #expect(
      texts.contains {
        $0.contains("Danh sách!7:7") && $0.contains("“Tổng cộng: 4 sáng kiến”")
          && $0.contains("bỏ qua 3 dòng")
      }, "\(texts)")
    // Row 4 repeats row 2's title and unit: its twin is named as Excel numbers it.
    #expect(
      texts.contains {
        $0.contains("Danh sách!B4: Tên sáng kiến:") && $0.contains("có thể trùng với ô B2")
      },
      "\(texts)")
    #expect(
      texts.contains { $0.contains("Danh sách!D5") && $0.contains("cá nhân nhưng có 2 tác giả") },
      "\(texts)")
  }

  @Test("a CSV register's footer ends it too")
  func csvFooter() throws {
    let contest = try ContestFixture(demo: false)
    let lines =
      [Self.header] + [Self.row(1, title: "Trả kết quả hộ tịch tại nhà")]
      + [["", "", "", "", "", "", ""], ["Tổng cộng: 1 sáng kiến", "", "", "", "", "", ""]]
      + [["", "Người lập biểu", "", "", "", "", ""]]
    let text = lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    let report = try contest.workflow.importEntries(
      .bytes(Array(text.utf8), name: "danh-sach.csv"), dryRun: true, by: contest.secretariat)
    #expect(report.count == 1)
    #expect(
      report.warnings.contains {
        $0.line == 4 && $0.message.contains("Tổng cộng: 1 sáng kiến")
          && $0.message.contains("bỏ qua 2 dòng")
      }, "\(report.warnings)")
  }

  @Test("a judges' list: telephone and e-mail kept, fields by commas, Vietnamese headers named")
  func judges() throws {
    let contest = try ContestFixture(demo: false)
    let good = """
      Mã,Họ và tên,Đơn vị,Lĩnh vực,Điện thoại,Email
      gk01,Nguyễn Văn Bách,Sở Tư pháp,"Hộ tịch, Chứng thực",0912 345 678,bach@hanoi.gov.vn

      """
    let (judges, _) = try contest.workflow.importJudges(
      .bytes(Array(good.utf8), name: "giam-khao.csv"), by: contest.secretariat)
    #expect(judges.first?.fields == ["Hộ tịch", "Chứng thực"])
    #expect(judges.first?.email == "bach@hanoi.gov.vn" && judges.first?.phone == "0912 345 678")
    #expect(try contest.workflow.verifyAudit(by: contest.secretariat).isIntact)
    // A judges' list ends at its footer too.
    let footed =
      "Mã,Họ và tên,Đơn vị\ngk02,Trần Thị Lan,Sở Nội vụ\n,,\n,,Tổng cộng: 1 giám khảo\n,Người lập biểu,\n"
    let (more, said) = try contest.workflow.importJudges(
      .bytes(Array(footed.utf8), name: "co-chan.csv"), by: contest.secretariat)
    #expect(more.map(\.id) == ["gk02"])
    #expect(
      said.contains { $0.line == 4 && $0.message.contains("không phải giám khảo") }, "\(said)")
    let noId = "Họ và tên,Đơn vị\nTrần Thị Lan,Sở Nội vụ\n"
    do {
      _ = try contest.workflow.importJudges(
        .bytes(Array(noId.utf8), name: "thieu-ma.csv"), by: contest.secretariat)
      Issue.record("a list without ids was read")
    } catch {
      #expect(error.description.contains("thiếu cột bắt buộc 'Mã'"), "\(error.description)")
      #expect(!error.description.contains("'id, name'"))
    }
    let badMail = "Mã,Họ và tên,Email\ngk02,Trần Thị Lan,lan@\n"
    do {
      _ = try contest.workflow.importJudges(
        .bytes(Array(badMail.utf8), name: "thu-sai.csv"), by: contest.secretariat)
      Issue.record("a broken address was kept")
    } catch {
      #expect(
        error.description.contains("thu-sai.csv:2:Email")
          && error.description.contains("không phải một địa chỉ email"), "\(error.description)")
    }
  }
}
