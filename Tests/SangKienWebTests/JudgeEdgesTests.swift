import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWeb
import SangKienWorkflow
import Testing

/// The judges' rough edges a contest run found: the band forgotten on reload, nothing to do
/// after submitting, a conflict declared into silence, a code that only worked once, and a
/// session that ran out sending the judge to the worklist.
@Suite("the judges' rough edges")
struct JudgeEdgesTests {
  static func form(_ signed: Signed) -> HTTPFields {
    var fields = signed.headers
    fields[.contentType] = "application/x-www-form-urlencoded"
    return fields
  }

  static func points(_ value: String) -> String {
    ["novelty", "feasibility", "time", "cost", "steps", "replicability", "presentation"]
      .map { "points.\($0)=\($0 == "novelty" ? value : "5")" }.joined(separator: "&")
  }

  @Test("a reload shows each value's band; a submission offers the next entry and the list")
  func bandsAndNext() async throws {
    let fixture = try WebFixture()
    let mine = try fixture.entries(of: "gk01")
    try await fixture.test { client in
      let a = try await client.signIn("gk01", fixture: fixture)
      // 21–25 is novelty's top band in the rubric: 22,5 falls in it.
      try await client.execute(
        uri: "/sheets/so-khao/\(mine[0])", method: .post, headers: Self.form(a),
        body: ByteBuffer(string: "csrf=\(a.csrf)&\(Self.points("22%2C5"))&version=0&action=save")
      ) { #expect($0.status == .ok) }
      let page = try await client.execute(
        uri: "/sheets/so-khao/\(mine[0])", method: .get, headers: a.headers
      ) { String(buffer: $0.body) }
      #expect(page.contains("<option value=\"21:25\" selected>"), "the band of 22,5 is chosen")
      #expect(page.contains("value=\"22,5\""))
      let submitted = try await client.execute(
        uri: "/sheets/so-khao/\(mine[0])", method: .post, headers: Self.form(a),
        body: ByteBuffer(string: "csrf=\(a.csrf)&\(Self.points("22"))&version=1&action=submit")
      ) { response -> String in
        #expect(response.status == .ok)
        return String(buffer: response.body)
      }
      #expect(submitted.contains("Đã nộp phiếu."))
      #expect(submitted.contains("href=\"/sheets/so-khao/\(mine[1])\">Chấm tiếp: \(mine[1])"))
      #expect(submitted.contains("<a href=\"/worklist?round=so-khao\">Danh sách chấm</a>"))
    }
  }

  @Test(
    "a declared conflict is confirmed to the judge and shown to the secretariat: who, when, why")
  func conflictSeen() async throws {
    let fixture = try WebFixture()
    let mine = try fixture.entries(of: "gk02")
    try await fixture.test { client in
      let judge = try await client.signIn("gk02", fixture: fixture)
      let location = try await client.execute(
        uri: "/sheets/so-khao/\(mine[0])/conflict", method: .post, headers: Self.form(judge),
        body: ByteBuffer(string: "csrf=\(judge.csrf)&reason=V%E1%BB%A3+t%C3%A1c+gi%E1%BA%A3")
      ) { response -> String in
        #expect(response.status == .seeOther)
        return response.headers[.location] ?? ""
      }
      let worklist = try await client.execute(uri: location, method: .get, headers: judge.headers) {
        String(buffer: $0.body)
      }
      #expect(worklist.contains("Đã ghi nhận khai báo xung đột lợi ích với \(mine[0])"))
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let progress = try await client.execute(
        uri: "/progress?round=so-khao", method: .get, headers: staff.headers
      ) { String(buffer: $0.body) }
      let table = progress.components(separatedBy: "id=\"conflicts\"").last ?? ""
      #expect(table.contains("Trần Thị Khánh Linh (gk02)"))
      #expect(table.contains("Vợ tác giả") && table.contains(mine[0]))
      #expect(table.contains("còn 1 chỗ chưa có giám khảo"))
      #expect(table.range(of: #"\d\d:\d\d \d\d/\d\d/\d{4}"#, options: .regularExpression) != nil)
    }
  }

  @Test("signing in with a code twice works until the password is set; then it is said to be used")
  func codeTwice() async throws {
    let fixture = try WebFixture()
    let code = try fixture.workflow.invite("gk03", by: fixture.secretariat).code
    try await fixture.test { client in
      func signIn(_ fields: String) async throws -> (HTTPResponse.Status, String, String) {
        let (cookie, page) = try await client.execute(uri: "/sign-in", method: .get) {
          response -> (String, String) in
          let cookie = String((response.headers[.setCookie] ?? "").split(separator: ";")[0])
          return (cookie, String(buffer: response.body))
        }
        let csrf =
          page.components(separatedBy: "name=\"csrf\" value=\"").last?
          .prefix { $0 != "\"" } ?? ""
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        headers[.cookie] = cookie
        return try await client.execute(
          uri: "/sign-in", method: .post, headers: headers,
          body: ByteBuffer(string: "csrf=\(csrf)&" + fields)
        ) { response in
          (
            response.status, response.headers[.location] ?? "",
            (response.headers[.setCookie] ?? "") + String(buffer: response.body)
          )
        }
      }
      let first = try await signIn("login=gk03&code=\(code)")
      #expect(first.0 == .seeOther && first.1 == "/password")
      // The tab closed before a password: the code works again.
      let second = try await signIn("login=gk03&code=\(code)")
      #expect(second.0 == .seeOther && second.1 == "/password")
      let cookie = String(second.2.split(separator: ";")[0])
      let passwordPage = try await client.execute(
        uri: "/password", method: .get, headers: [.cookie: cookie]
      ) { String(buffer: $0.body) }
      let csrf =
        passwordPage.components(separatedBy: "name=\"csrf\" value=\"").last?
        .prefix { $0 != "\"" } ?? ""
      var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
      headers[.cookie] = cookie
      try await client.execute(
        uri: "/password", method: .post, headers: headers,
        body: ByteBuffer(
          string: "csrf=\(csrf)&new_password=mat-khau-rieng-ba&confirm=mat-khau-rieng-ba")
      ) { #expect($0.status == .seeOther) }
      let third = try await signIn("login=gk03&code=\(code)")
      #expect(third.0 == .unauthorized)
      #expect(third.2.contains("Mã một lần này đã được dùng để đặt mật khẩu lúc"))
      // A sign-in sent from a sheet returns there.
      let back = try await signIn(
        "login=gk03&password=mat-khau-rieng-ba&next=%2Fsheets%2Fso-khao%2FSK-0001")
      #expect(back.0 == .seeOther && back.1 == "/sheets/so-khao/SK-0001")
      let elsewhere = try await signIn(
        "login=gk03&password=mat-khau-rieng-ba&next=https%3A%2F%2Fevil.example%2F")
      #expect(elsewhere.1 == "/", "never a redirect to another site")
    }
  }
}
