import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

/// A `multipart/form-data` body as a browser sends it.
func multipart(_ fields: [String: String], file: (name: String, bytes: [UInt8])?) -> (
  ByteBuffer, String
) {
  let boundary = "----sangkien\(UUID().uuidString.prefix(8))"
  var body: [UInt8] = []
  func add(_ text: String) { body += Array(text.utf8) }
  for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
    add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
  }
  if let file {
    add(
      "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n")
    body += file.bytes
    add("\r\n")
  }
  add("--\(boundary)--\r\n")
  return (ByteBuffer(bytes: body), "multipart/form-data; boundary=\(boundary)")
}

@Suite("uploads: checked in full, every problem shown, written only on confirmation")
struct UploadTests {
  static let header =
    "code,title,category,entrant_kind,authors,unit,field,received_by,received_on,summary,contact\n"

  static func entries(_ rows: [String]) -> [UInt8] {
    Array((header + rows.joined(separator: "\n") + "\n").utf8)
  }

  static let good = [
    ",Tiếp nhận hồ sơ qua Zalo,sáng kiến,cá nhân,Lê Văn Mới,UBND phường Dịch Vọng,Hộ tịch,Tổ thư ký,2019-10-01,Nhận hồ sơ qua Zalo OA.,0900000001",
    ",Trả kết quả tại nhà,giải pháp,tập thể,Trần Thị Hai,UBND quận Ba Đình,Đất đai,Tổ thư ký,2019-10-02,Bưu điện trả kết quả.,0900000002",
  ]

  @Test(
    "two problems named by line, nothing written; the corrected file previewed, then confirmed once"
  )
  func entriesFlow() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let count = try w.entries(by: fixture.secretariat).count
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let audit = try w.auditLog(by: fixture.secretariat).count
      func post(_ uri: String, _ body: (ByteBuffer, String), as signed: Signed? = nil)
        async throws -> (HTTPResponse.Status, String)
      {
        var headers = (signed ?? staff).headers
        headers[.contentType] = body.1
        headers[.acceptLanguage] = "en"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body.0) {
          ($0.status, String(buffer: $0.body))
        }
      }
      let bad = Self.entries([
        ",Tiếp nhận hồ sơ qua Zalo,thơ,cá nhân,Lê Văn Mới,UBND phường Dịch Vọng,Hộ tịch,Tổ thư ký,2019-10-01,Tóm tắt,0900000001",
        ",Trả kết quả tại nhà,giải pháp,tập thể,Trần Thị Hai,UBND quận Ba Đình,Đất đai,Tổ thư ký,31/31/2019,Tóm tắt,0900000002",
      ])
      let (status, page) = try await post(
        "/uploads/entries", multipart(["csrf": staff.csrf], file: ("dot-2.csv", bad)))
      #expect(status == .unprocessableContent)
      #expect(page.contains(WebText.line(2)) && page.contains(WebText.line(3)), "both lines named")
      #expect(page.contains(">category<") && page.contains(">received_on<"), "both columns")
      #expect(!page.contains("/confirm"), "no confirmation offered")
      #expect(try w.entries(by: fixture.secretariat).count == count)
      #expect(try w.auditLog(by: fixture.secretariat).count == audit)
      // Corrected: previewed, still nothing written.
      let (ok, preview) = try await post(
        "/uploads/entries",
        multipart(["csrf": staff.csrf], file: ("dot-2.csv", Self.entries(Self.good))))
      #expect(ok == .ok, "\(preview.prefix(300))")
      #expect(preview.contains("Sẽ thêm 2 sáng kiến"))
      #expect(try w.entries(by: fixture.secretariat).count == count)
      let token = try #require(
        preview.components(separatedBy: "name=\"token\" value=\"").dropFirst().first?
          .prefix { $0 != "\"" })
      // Another member of staff cannot confirm someone else's upload.
      _ = try w.addStaff(name: "Thư ký Hai", role: .secretariat, by: fixture.secretariat)
      let other = try await client.signIn("Thư ký Hai", fixture: fixture)
      var form = other.headers
      form[.contentType] = "application/x-www-form-urlencoded"
      let stolen = try await client.execute(
        uri: "/uploads/entries/confirm", method: .post, headers: form,
        body: ByteBuffer(string: "csrf=\(other.csrf)&token=\(token)")
      ) { $0.status }
      #expect(stolen == .conflict)
      form = staff.headers
      form[.contentType] = "application/x-www-form-urlencoded"
      // Without the CSRF token: refused, nothing written.
      let forged = try await client.execute(
        uri: "/uploads/entries/confirm", method: .post, headers: form,
        body: ByteBuffer(string: "token=\(token)")
      ) { $0.status }
      #expect(forged == .forbidden)
      #expect(try w.entries(by: fixture.secretariat).count == count)
      let (done, landed) = try await client.execute(
        uri: "/uploads/entries/confirm", method: .post, headers: form,
        body: ByteBuffer(string: "csrf=\(staff.csrf)&token=\(token)")
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(done == .ok && landed.contains("Đã thêm 2 sáng kiến"), "\(landed.prefix(300))")
      #expect(try w.entries(by: fixture.secretariat).count == count + 2)
      #expect(try w.auditLog(by: fixture.secretariat).last?.note == "dot-2.csv")
      // The same token twice writes nothing more.
      let again = try await client.execute(
        uri: "/uploads/entries/confirm", method: .post, headers: form,
        body: ByteBuffer(string: "csrf=\(staff.csrf)&token=\(token)")
      ) { $0.status }
      #expect(again == .conflict)
      #expect(try w.entries(by: fixture.secretariat).count == count + 2)
      #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
    }
  }

  @Test(
    "the check offers the choices its messages name: late with a reason, duplicates; warnings apart"
  )
  func choices() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let count = try w.entries(by: fixture.secretariat).count
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      // One late entry, one look-alike of the other, and a column the import does not know.
      let text =
        Self.header.replacingOccurrences(of: ",contact\n", with: ",contact,ghi_chu\n")
        + ",Tiếp nhận hồ sơ qua Zalo,sáng kiến,cá nhân,Lê Văn Mới,UBND phường Dịch Vọng,Hộ tịch,Tổ thư ký,2019-12-01,Nhận hồ sơ qua Zalo OA.,0900000001,\n"
        + ",Trả kết quả tại nhà,giải pháp,tập thể,Trần Thị Hai,UBND quận Ba Đình,Đất đai,Tổ thư ký,2019-10-02,Bưu điện trả kết quả.,0900000002,x\n"
        + ",Trả kết quả tại nhà,giải pháp,tập thể,Trần Thị Ba,UBND quận Ba Đình,Đất đai,Tổ thư ký,2019-10-03,Bưu điện trả kết quả tận nhà.,0900000003,\n"
      var headers = staff.headers
      let body = multipart(["csrf": staff.csrf], file: ("muon.csv", Array(text.utf8)))
      headers[.contentType] = body.1
      let (status, page) = try await client.execute(
        uri: "/uploads/entries", method: .post, headers: headers, body: body.0
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(status == .unprocessableContent)
      #expect(page.contains("nhận muộn") && page.contains("có thể trùng"), "both named")
      #expect(
        page.contains(WebText.fileProblems(2, choices: true)), "the unknown column is not an error")
      #expect(page.contains("class=\"warnings\"") && page.contains("ghi_chu"), "a warning, apart")
      #expect(page.contains("name=\"late\"") && page.contains("name=\"duplicates\""))
      #expect(page.contains("name=\"encoding\""))
      func token(_ page: String) -> String {
        String(
          page.components(separatedBy: "name=\"token\" value=\"").dropFirst().first?
            .prefix { $0 != "\"" } ?? "")
      }
      var form = staff.headers
      form[.contentType] = "application/x-www-form-urlencoded"
      func recheck(_ fields: String, _ page: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(
          uri: "/uploads/entries/recheck", method: .post, headers: form,
          body: ByteBuffer(string: "csrf=\(staff.csrf)&token=\(token(page))&" + fields)
        ) { ($0.status, String(buffer: $0.body)) }
      }
      // Late chosen without a reason: the form's field is named, the file kept.
      let (noReason, asked) = try await recheck("late=1&duplicates=1", page)
      #expect(
        noReason == .unprocessableContent && asked.contains(">reason<"), "\(asked.prefix(200))")
      #expect(asked.contains("name=\"late\" value=\"1\" checked"))
      let reason = "Gửi qua bưu điện đúng hạn, dấu bưu điện 14/11"
      let encoded = reason.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
      let (ok, ready) = try await recheck("late=1&duplicates=1&reason=\(encoded)", asked)
      #expect(ok == .ok && ready.contains("Sẽ thêm 3 sáng kiến"), "\(ready.prefix(400))")
      #expect(try w.entries(by: fixture.secretariat).count == count, "nothing written yet")
      let (done, landed) = try await client.execute(
        uri: "/uploads/entries/confirm", method: .post, headers: form,
        body: ByteBuffer(string: "csrf=\(staff.csrf)&token=\(token(ready))")
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(done == .ok && landed.contains("Đã thêm 3 sáng kiến"), "\(landed.prefix(300))")
      let late = try #require(
        try w.entries(by: fixture.secretariat).first {
          $0.draft.title == "Tiếp nhận hồ sơ qua Zalo"
        })
      #expect(late.lateReason == reason)
      #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
    }
  }

  @Test("refused: a judge, no CSRF token, a PDF, a file over 20 MB, a kind that does not exist")
  func refusals() async throws {
    let fixture = try WebFixture()
    let count = try fixture.workflow.entries(by: fixture.secretariat).count
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let judge = try await client.signIn("gk01", fixture: fixture)
      func status(_ uri: String, _ signed: Signed, _ body: (ByteBuffer, String)) async throws
        -> HTTPResponse.Status
      {
        var headers = signed.headers
        headers[.contentType] = body.1
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body.0) {
          $0.status
        }
      }
      let file = ("e.csv", Self.entries(Self.good))
      #expect(
        try await status("/uploads/entries", judge, multipart(["csrf": judge.csrf], file: file))
          == .forbidden)
      // Nor a score file: the uploads are the secretariat's (a judge scores on their pages).
      #expect(
        try await status(
          "/uploads/scores", judge, multipart(["csrf": judge.csrf, "round": "so-khao"], file: file))
          == .forbidden)
      #expect(try await status("/uploads/entries", staff, multipart([:], file: file)) == .forbidden)
      let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
      #expect(
        try await status(
          "/uploads/entries", staff, multipart(["csrf": staff.csrf], file: ("e.csv", pdf)))
          == .unsupportedMediaType)
      let huge = [UInt8](repeating: 0x41, count: (20 << 20) + 1)
      #expect(
        try await status(
          "/uploads/entries", staff, multipart(["csrf": staff.csrf], file: ("e.csv", huge)))
          == .contentTooLarge)
      #expect(
        try await status("/uploads/poems", staff, multipart(["csrf": staff.csrf], file: file))
          == .notFound)
      try await client.execute(uri: "/uploads", method: .get, headers: judge.headers) {
        #expect($0.status == .forbidden)
      }
    }
    #expect(try fixture.workflow.entries(by: fixture.secretariat).count == count)
  }

  @Test("score workbooks: one judge's .xlsx, every judge's in a .zip; sent back, it is read")
  func workbooks() async throws {
    let fixture = try WebFixture()
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let book = try await client.execute(
        uri: "/workbooks?round=so-khao&judge=gk01", method: .get, headers: staff.headers
      ) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentDisposition]?.contains(".xlsx") == true)
        return Array(response.body.readableBytesView)
      }
      #expect(book.starts(with: [0x50, 0x4B, 0x03, 0x04]))
      try await client.execute(
        uri: "/workbooks?round=so-khao", method: .get, headers: staff.headers
      ) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/zip")
        let bytes = Array(response.body.readableBytesView)
        // One local file header per judge.
        let marker: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        var found = 0
        var index = 0
        while index + 4 <= bytes.count {
          if Array(bytes[index..<index + 4]) == marker { found += 1 }
          index += 1
        }
        #expect(found >= 9, "\(found) files")
      }
      // The blank workbook sent back: read (an .xlsx passes the type check), nothing scored.
      var headers = staff.headers
      let body = multipart(["csrf": staff.csrf, "round": "so-khao"], file: ("gk01.xlsx", book))
      headers[.contentType] = body.1
      let (status, page) = try await client.execute(
        uri: "/uploads/scores", method: .post, headers: headers, body: body.0
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(status == .unprocessableContent)
      #expect(page.contains("chưa dòng nào có điểm"), "\(page.suffix(1500))")
    }
  }
}
