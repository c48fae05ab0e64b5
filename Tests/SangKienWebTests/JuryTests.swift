import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

@Suite("the jury page: judges and codes, conflicts, assignment from a preview, sheets, backup")
struct JuryTests {
  @Test("each action through the workflow, refusals said on the page, a judge kept out")
  func actions() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let mine = try fixture.entries(of: "gk01")
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      func form(_ uri: String, _ body: String) async throws -> (HTTPResponse.Status, String) {
        var headers = staff.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(
          uri: uri, method: .post, headers: headers,
          body: ByteBuffer(string: "csrf=\(staff.csrf)&" + body)
        ) { ($0.status, String(buffer: $0.body)) }
      }
      let (_, page) = try await client.execute(uri: "/jury", method: .get, headers: staff.headers) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(page.contains("gk09") && page.contains("/jury/judges/gk01/invite"))
      // A code, shown once, that signs the judge in.
      let (_, invited) = try await form("/jury/judges/gk03/invite", "")
      let code = try #require(
        invited.components(separatedBy: "<span class=\"code big\">").dropFirst().first?
          .prefix { $0 != "<" })
      #expect(code.count == 14)
      try await client.execute(
        uri: "/api/v1/sign-in", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: "{\"login\":\"gk03\",\"code\":\"\(code)\"}")
      ) { #expect($0.status == .ok) }
      // A judge added; one without a name refused, the reason on the page.
      #expect(
        try await form(
          "/jury/judges", "id=gk10&name=Ph%E1%BA%A1m+M%E1%BB%9Bi&unit=S%E1%BB%9F+T%C6%B0+ph%C3%A1p"
        ).1.contains(WebText.judgeAdded("gk10", "Phạm Mới")))
      let (refused, why) = try await form("/jury/judges", "id=gk11&name=")
      #expect(refused == .unprocessableContent && why.contains("class=\"error\""))
      #expect(try w.judges(by: fixture.secretariat).contains { $0.id == "gk10" })
      // A judge's unit edited; the other fields left as they were.
      let (_, updated) = try await form(
        "/jury/judges/update", "id=gk10&name=&unit=S%E1%BB%9F+N%E1%BB%99i+v%E1%BB%A5")
      #expect(updated.contains(WebText.judgeUpdated("gk10")), "\(updated.prefix(400))")
      let gk10 = try #require(try w.judges(by: fixture.secretariat).first { $0.id == "gk10" })
      #expect(gk10.unit == "Sở Nội vụ" && gk10.name == "Phạm Mới")
      // A conflict declared; a detected one dismissed with a reason.
      let (_, declared) = try await form(
        "/jury/conflicts", "judge=gk10&entry=SK-0001&reason=Ng%C6%B0%E1%BB%9Di+nh%C3%A0")
      #expect(declared.contains("Đã ghi xung đột gk10 – SK-0001"))
      let detected = try #require(
        try w.conflicts(by: fixture.secretariat).first { $0.source != .declared })
      let (_, dismissed) = try await form(
        "/jury/conflicts",
        "action=dismiss&judge=\(detected.judge)&entry=\(detected.entry)&reason=Kh%C3%A1c+ph%C3%B2ng"
      )
      #expect(dismissed.contains("Đã gạt xung đột"), "\(dismissed.prefix(800))")
      #expect(
        try w.conflicts(includeDismissed: true, by: fixture.secretariat).contains {
          $0.judge == detected.judge && $0.entry == detected.entry && $0.dismissed != nil
        })
      // The assignment: the preview writes nothing, the confirmation does.
      let before = try w.assignments(round: "so-khao", by: fixture.secretariat)
      let audit = try w.auditLog(by: fixture.secretariat).count
      let (_, preview) = try await client.execute(
        uri: "/jury/assign?round=so-khao", method: .get, headers: staff.headers
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(preview.contains("Khớp lĩnh vực") && preview.contains("gk10"))
      #expect(preview.contains(#"name="action" value="assign""#))
      // A repair's preview is confirmed as a repair, not as a whole assignment.
      let (_, repairPreview) = try await client.execute(
        uri: "/jury/assign?round=so-khao&action=repair", method: .get, headers: staff.headers
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(repairPreview.contains(#"name="action" value="repair""#))
      #expect(try w.auditLog(by: fixture.secretariat).count == audit)
      #expect(try w.assignments(round: "so-khao", by: fixture.secretariat) == before)
      let (_, written) = try await form("/jury/assign", "round=so-khao")
      #expect(written.contains("Đã ghi") && written.contains("phân công vòng Sơ khảo"))
      #expect(try w.auditLog(by: fixture.secretariat).last?.action == "assign.run")
      // Sheets: voided with a reason, restored; a reopening where the round does not lock
      // is refused and said.
      let entry = try fixture.entries(of: "gk01")[0]
      _ = try w.enterSheet(
        round: "so-khao", judge: "gk01", entry: entry,
        points: [
          "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
          "presentation": 8,
        ], comment: "", by: fixture.secretariat)
      #expect(
        try await form(
          "/jury/sheets",
          "round=so-khao&judge=gk01&entry=\(entry)&reason=Ch%E1%BA%A5m+nh%E1%BA%A7m&action=void"
        ).1.contains("Đã gạt phiếu"))
      #expect(
        try await form("/jury/sheets", "round=so-khao&judge=gk01&entry=\(entry)&action=restore").1
          .contains("Đã tính lại"))
      let (locked, lockPage) = try await form(
        "/jury/sheets", "round=so-khao&judge=gk01&entry=\(entry)&reason=x&action=reopen")
      #expect(locked == .conflict && lockPage.contains("lock_submitted"))
      _ = mine
      // A backup: a POST with the CSRF token (a link cannot make one), audited, a SQLite
      // file streamed.
      let linked = try await client.execute(
        uri: "/jury/backup", method: .get, headers: staff.headers
      ) { $0.status }
      #expect(linked == .notFound || linked == .methodNotAllowed)
      var headers = staff.headers
      headers[.contentType] = "application/x-www-form-urlencoded"
      let bytes = try await client.execute(
        uri: "/jury/backup", method: .post, headers: headers,
        body: ByteBuffer(string: "csrf=\(staff.csrf)")
      ) { Array($0.body.readableBytesView) }
      #expect(bytes.starts(with: Array("SQLite format 3\u{0}".utf8)))
      #expect(try w.auditLog(by: fixture.secretariat).last?.action == "database.backup")
      // A judge sees none of it.
      let judge = try await client.signIn("gk02", fixture: fixture)
      try await client.execute(uri: "/jury", method: .get, headers: judge.headers) {
        #expect($0.status == .forbidden)
      }
      var judgeForm = judge.headers
      judgeForm[.contentType] = "application/x-www-form-urlencoded"
      try await client.execute(
        uri: "/jury/backup", method: .post, headers: judgeForm,
        body: ByteBuffer(string: "csrf=\(judge.csrf)")
      ) { #expect($0.status == .forbidden) }
    }
    #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
  }
}
