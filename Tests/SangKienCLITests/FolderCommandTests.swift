import Foundation
import SangKienModel
import SangKienWorkflow
import Testing

@Suite("Commands on a contest of a served folder (serve --contests)")
struct FolderCommandTests {
  @Test("links in mail from a command point under /c/{contest-id} in the served folder")
  func siteAddress() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    #expect(box.run(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"]).code == 0)
    let site = ["SANGKIEN_BASE_URL": "https://sangkien.example.gov.vn/"]
    let served = site.merging(["SANGKIEN_CONTESTS": box.folder + "/."]) { $1 }
    let elsewhere = site.merging(["SANGKIEN_CONTESTS": box.folder + "/other"]) { $1 }
    for (judge, environment) in [("gk01", served), ("gk02", elsewhere), ("gk03", site)] {
      let invited = box.run(
        ["access", "invite", judge, "--to", "\(judge)@example.gov.vn"], environment: environment)
      #expect(invited.code == 0, "\(invited.err)")
    }
    let workflow = try Workflow.open(path: box.db)
    let mail = try workflow.mail(by: try workflow.person(named: "Thư ký Test"))
    func link(_ judge: String) -> String? {
      mail.first { $0.recipient == "\(judge)@example.gov.vn" }?.text
        .split(separator: "\n").first { $0.contains("https://") }.map(String.init)
    }
    #expect(
      link("gk01")?.contains("https://sangkien.example.gov.vn/c/hanoi-cchc-2019/sign-in") == true,
      "\(link("gk01") ?? "")")
    #expect(link("gk02")?.contains("https://sangkien.example.gov.vn/sign-in") == true)
    #expect(link("gk03")?.contains("https://sangkien.example.gov.vn/sign-in") == true)
  }

  @Test("serve --contests: with --db is bad usage; a missing folder is named")
  func serveRefusals() throws {
    let box = try Sandbox()
    let both = box.run(["serve", "--contests", box.folder, "--port", "0"], language: .vi)
    #expect(both.code == 64)
    #expect(
      both.err.contains("--contests phục vụ mọi cuộc thi trong thư mục; không dùng cùng --db"))
    let missing = box.run(
      ["serve", "--contests", box.folder + "/none", "--port", "0"], language: .vi,
      useDatabase: false)
    #expect(missing.code != 0)
    #expect(missing.err.contains("không có thư mục '\(box.folder)/none'"), "\(missing.err)")
  }

  @Test("a registration like last year's entry in the folder is flagged, and marked distinct")
  func nearDuplicates() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    #expect(box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"]).code == 0)
    let text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    )
    .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    .replacingOccurrences(of: "id: hanoi-cchc-2019\n", with: "id: hanoi-2025\n")
    let next = ["--db", box.folder + "/hanoi-2025.sqlite"]
    let file = try box.write("hanoi-2025.yaml", text)
    #expect(box.run(["init", "--contest", file] + next, useDatabase: false).code == 0)
    let added = box.run(
      [
        "entry", "add", "--title", "Tra cứu tiến độ hồ sơ đất đai qua tin nhắn SMS và Zalo",
        "--category", "sáng kiến", "--entrant-kind", "individual", "--author",
        "Nguyễn Thị Thu Hà", "--unit", "UBND quận Cầu Giấy", "--field", "Đất đai",
        "--received-on", "2019-08-23", "--summary",
        "Gửi tin nhắn tự động cho người nộp hồ sơ ở mỗi bước xử lý, kèm mã tra cứu",
      ] + next, language: .vi, useDatabase: false)
    #expect(added.code == 0, "\(added.err)")
    #expect(
      added.err.contains("Cảnh báo: SK-0001 gần giống hanoi-cchc-2019/SK-0002"), "\(added.err)")
    #expect(
      added.err.contains("'sangkien entry distinct SK-0001 hanoi-cchc-2019/SK-0002 --reason …'"))
    let wrong = box.run(
      ["entry", "distinct", "SK-0001", "hanoi-cchc-2019/SK-0003", "--reason", "khác"] + next,
      language: .vi, useDatabase: false)
    #expect(wrong.code == 1)
    #expect(wrong.err.contains("không có trong các sáng kiến gần giống SK-0001"), "\(wrong.err)")
    let marked = box.run(
      ["entry", "distinct", "SK-0001", "hanoi-cchc-2019/SK-0002", "--reason", "Bản nâng cấp"]
        + next, language: .vi, useDatabase: false)
    #expect(marked.code == 0, "\(marked.err)")
    #expect(
      marked.out.contains("Đã ghi: SK-0001 không trùng hanoi-cchc-2019/SK-0002 (Bản nâng cấp)"))
    let verified = box.run(["audit", "verify"] + next, useDatabase: false)
    #expect(verified.code == 0, "\(verified.out) \(verified.err)")
  }
}
