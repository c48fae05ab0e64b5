import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

@Suite("the register's actions on the web: statuses with reasons, the dossier")
struct RegisterActionTests {
  @Test("several validated at once; a rejection needs its reason; a file added, then removed")
  func actions() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    // Three entries back to received, as if just registered.
    let codes = ["SK-0038", "SK-0039", "SK-0040"]
    let received = try w.entries(by: fixture.secretariat).filter { $0.status == .received }
      .map(\.code)
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      func form(_ uri: String, _ body: String, csrf: Bool = true) async throws -> (
        HTTPResponse.Status, String
      ) {
        var headers = staff.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers[.acceptLanguage] = "en"
        return try await client.execute(
          uri: uri, method: .post, headers: headers,
          body: ByteBuffer(string: (csrf ? "csrf=\(staff.csrf)&" : "") + body)
        ) { ($0.status, String(buffer: $0.body)) }
      }
      if received.count >= 2 {
        let two = received.prefix(2).map { "entry.\($0)=on" }.joined(separator: "&")
        let (ok, page) = try await form("/entries/status", "status=valid&" + two)
        #expect(ok == .ok && page.contains("Đã chuyển 2 sáng kiến"), "\(page.prefix(400))")
        #expect(
          try w.entries(by: fixture.secretariat).filter { received.prefix(2).contains($0.code) }
            .allSatisfy { $0.status == .valid })
      }
      // No CSRF token: refused, unchanged.
      #expect(
        try await form("/entries/status", "code=\(codes[0])&status=rejected&reason=x", csrf: false)
          .0 == .forbidden)
      // A rejection without its reason: 422, naming the reason.
      let (refused, why) = try await form(
        "/entries/status", "code=\(codes[0])&status=rejected&reason=")
      #expect(refused == .unprocessableContent, "\(why.prefix(300))")
      #expect(try w.entry(code: codes[0], by: fixture.secretariat).entry.status != .rejected)
      let (moved, _) = try await form(
        "/entries/status", "code=\(codes[0])&status=rejected&reason=Tr%C3%B9ng+h%E1%BB%93+s%C6%A1")
      #expect(moved == .seeOther)
      #expect(
        try w.entry(code: codes[0], by: fixture.secretariat).entry.statusReason == "Trùng hồ sơ")
      // A dossier file from the page, blind; then removed with a reason.
      let pdf = Array("%PDF-1.4\n% thuyết minh\n%%EOF\n".utf8)
      let body = multipart(["csrf": staff.csrf, "blind": "on"], file: ("thuyết minh.pdf", pdf))
      var headers = staff.headers
      headers[.contentType] = body.1
      let (added, page) = try await client.execute(
        uri: "/entries/\(codes[1])/files", method: .post, headers: headers, body: body.0
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(
        added == .ok && page.contains(WebText.added(["thuyết minh.pdf"])), "\(page.prefix(400))")
      let file = try #require(try w.attachments(of: codes[1], by: fixture.secretariat).first)
      #expect(file.blind && file.name == "thuyết minh.pdf")
      // A program is refused by its bytes, nothing added.
      let elf = [UInt8]([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]) + [UInt8](repeating: 0, count: 64)
      let program = multipart(["csrf": staff.csrf], file: ("bao-cao.pdf", elf))
      headers[.contentType] = program.1
      let refusedFile = try await client.execute(
        uri: "/entries/\(codes[1])/files", method: .post, headers: headers, body: program.0
      ) { $0.status }
      #expect(refusedFile == .unprocessableContent)
      #expect(try w.attachments(of: codes[1], by: fixture.secretariat).count == 1)
      // A file named "..", "." or longer than a file name may be: 422 naming the file (was 500).
      for name in ["..", ".", String(repeating: "tệp-", count: 70) + ".pdf"] {
        let odd = multipart(["csrf": staff.csrf], file: (name, pdf))
        headers[.contentType] = odd.1
        let (status, oddPage) = try await client.execute(
          uri: "/entries/\(codes[1])/files", method: .post, headers: headers, body: odd.0
        ) { ($0.status, String(buffer: $0.body)) }
        #expect(status == .unprocessableContent && oddPage.contains("file:"), "\(name): \(status)")
      }
      #expect(try w.attachments(of: codes[1], by: fixture.secretariat).count == 1)
      // Hidden from the judges, then shown again: a reason is needed to show it.
      let (hidden, hiddenPage) = try await form(
        "/entries/\(codes[1])/files/\(file.id)/blind", "blind=0")
      #expect(
        hidden == .ok && hiddenPage.contains("từ nay không cho giám khảo xem"),
        "\(hiddenPage.prefix(300))")
      #expect(try w.attachments(of: codes[1], by: fixture.secretariat).first?.blind == false)
      let (noReason, noReasonPage) = try await form(
        "/entries/\(codes[1])/files/\(file.id)/blind", "blind=1&reason=")
      #expect(noReason == .unprocessableContent, "\(noReasonPage.prefix(300))")
      let (shown, _) = try await form(
        "/entries/\(codes[1])/files/\(file.id)/blind",
        "blind=1&reason=Th%C6%B0+k%C3%BD+%C4%91%C3%A3+xem")
      #expect(shown == .ok)
      #expect(try w.attachments(of: codes[1], by: fixture.secretariat).first?.blind == true)
      let blindRecord = try #require(try w.auditLog(by: fixture.secretariat).last)
      #expect(
        blindRecord.action == "entry.blind" && blindRecord.note?.contains("Thư ký đã xem") == true)
      let (detached, after) = try await form(
        "/entries/\(codes[1])/files/\(file.id)/detach", "reason=N%E1%BB%99p+nh%E1%BA%A7m")
      #expect(detached == .ok && after.contains(WebText.fileDetached), "\(after.prefix(300))")
      #expect(try w.attachments(of: codes[1], by: fixture.secretariat).isEmpty)
      // Fields edited from the page; a day that does not exist refused with its field.
      let (edited, editPage) = try await form(
        "/entries/\(codes[2])/update",
        "title=T%C3%AAn+m%E1%BB%9Bi+c%E1%BB%A7a+s%C3%A1ng+ki%E1%BA%BFn")
      #expect(edited == .ok && editPage.contains("Đã lưu thay đổi"), "\(editPage.prefix(300))")
      #expect(
        try w.entry(code: codes[2], by: fixture.secretariat).entry.draft.title
          == "Tên mới của sáng kiến")
      let (badDay, dayPage) = try await form(
        "/entries/\(codes[2])/update", "received_on=31%2F02%2F2019")
      #expect(
        badDay == .unprocessableContent && dayPage.contains("Ngày tiếp nhận"),
        "\(dayPage.prefix(300))")
      // A judge can do none of it.
      let judge = try await client.signIn("gk01", fixture: fixture)
      var judging = judge.headers
      judging[.contentType] = "application/x-www-form-urlencoded"
      let status = try await client.execute(
        uri: "/entries/status", method: .post, headers: judging,
        body: ByteBuffer(string: "csrf=\(judge.csrf)&code=\(codes[2])&status=withdrawn&reason=x")
      ) { $0.status }
      #expect(status == .forbidden)
    }
    #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
  }
}
