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
}
