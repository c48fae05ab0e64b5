import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

@Suite("mail on the web: an invitation by mail from the jury page, the outbox page")
struct MailPageTests {
  @Test("invite by mail needs the site's address; queued, listed, never its code; a judge kept out")
  func outbox() async throws {
    let fixture = try WebFixture()
    _ = try fixture.workflow.updateJudge(
      id: "gk03", changes: JudgeChanges(email: "gk03@example.org"), by: fixture.secretariat)
    for base in [nil, "https://chamdiem.example.org"] as [String?] {
      var config = fixture.app.config
      config.baseURL = base
      let app = WebApp(workflow: fixture.workflow, config: config)
      let application = Application(router: app.router())
      try await application.test(.router) { client in
        let staff = try await client.signIn("Thư ký Web", fixture: fixture)
        var headers = staff.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let (status, page) = try await client.execute(
          uri: "/jury/judges/gk03/invite", method: .post, headers: headers,
          body: ByteBuffer(string: "csrf=\(staff.csrf)&mail=on")
        ) { ($0.status, String(buffer: $0.body)) }
        let outbox = try await client.execute(uri: "/mail", method: .get, headers: staff.headers) {
          String(buffer: $0.body)
        }
        #expect(outbox.contains("Chưa cấu hình máy chủ thư"), "no relay in the tests")
        if base == nil {
          #expect(status == .unprocessableContent && page.contains("SANGKIEN_BASE_URL"))
          #expect(outbox.contains("Chưa có thư nào."))
        } else {
          #expect(status == .ok && page.contains("đã vào hàng chờ gửi tới gk03@example.org"))
          let code =
            page.components(separatedBy: "<span class=\"code big\">").dropFirst().first?
            .prefix { $0 != "<" } ?? ""
          #expect(code.count == 14, "the code is still shown to the staff")
          #expect(outbox.contains("gk03@example.org") && outbox.contains("thư mời đăng nhập"))
          #expect(!outbox.contains(String(code)), "the outbox page never shows the bodies")
        }
        let judge = try await client.signIn("gk01", fixture: fixture)
        try await client.execute(uri: "/mail", method: .get, headers: judge.headers) {
          #expect($0.status == .forbidden)
        }
      }
    }
  }

  @Test("the jury page adds and changes a judge's e-mail and telephone, and says who has none")
  func contact() async throws {
    let fixture = try WebFixture()
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      var headers = staff.headers
      headers[.contentType] = "application/x-www-form-urlencoded"
      func post(_ uri: String, _ body: String) async throws -> String {
        try await client.execute(
          uri: uri, method: .post, headers: headers,
          body: ByteBuffer(string: "csrf=\(staff.csrf)&" + body)
        ) { String(buffer: $0.body) }
      }
      _ = try await post(
        "/jury/judges",
        "id=gk10&name=Tr%E1%BA%A7n+M%C6%B0%E1%BB%9Di&email=muoi%40example.org&phone=0912+345+678")
      _ = try await post("/jury/judges/update", "id=gk01&email=bach%40example.org")
      let bad = try await post("/jury/judges/update", "id=gk02&email=khong-phai-thu")
      #expect(bad.contains("không phải một địa chỉ email"))
      let judges = try fixture.workflow.judges(by: fixture.secretariat)
      #expect(judges.first { $0.id == "gk10" }?.email == "muoi@example.org")
      #expect(judges.first { $0.id == "gk10" }?.phone == "0912 345 678")
      #expect(judges.first { $0.id == "gk01" }?.email == "bach@example.org")
      #expect(judges.first { $0.id == "gk02" }?.email == "")
      let page = try await client.execute(uri: "/jury", method: .get, headers: staff.headers) {
        String(buffer: $0.body)
      }
      #expect(page.contains("muoi@example.org · 0912 345 678") && page.contains("chưa có email"))
    }
  }
}
