import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWeb
import SangKienWorkflow
import Testing

/// Every form of the staff's pages, as each person who may not send it: nobody signed in
/// (sent to the sign-in page), a judge (refused even with their own token), the right role
/// without the CSRF token or with another session's, and the other role of staff where the
/// permission table gives it to one role only. None of them changes anything: the log
/// gains only the refusals it records.
@Suite("every staff form × who may not send it")
struct StaffFormTests {
  /// Who sends the form.
  enum Sender: CaseIterable {
    case anonymous, judge, entrant, noToken, otherToken, otherRole
  }

  @Test("refused, and nothing written but the refusals")
  func refusals() async throws {
    let fixture = try WebFixture(intake: true)
    let w = fixture.workflow
    let entry = try fixture.entries(of: "gk01")[0]
    let pdf = Array("%PDF-1.4\n% thuyết minh\n%%EOF\n".utf8)
    let file = try {
      let path = fixture.folder + "/ho-so.pdf"
      try Data(pdf).write(to: URL(fileURLWithPath: path))
      return try w.attach([path], to: entry, blind: false, by: fixture.secretariat)[0]
    }()
    // Route, body (after the token), the role it belongs to (nil: both roles of staff).
    let forms: [(String, String, Role?)] = [
      ("/entries/status", "code=\(entry)&status=withdrawn&reason=x", .secretariat),
      ("/entries/\(entry)/update", "title=T%C3%AAn+kh%C3%A1c", .secretariat),
      ("/entries/\(entry)/files/\(file.id)/detach", "reason=x", .secretariat),
      ("/entries/\(entry)/files/\(file.id)/blind", "blind=1&reason=x", .secretariat),
      ("/jury/judges", "id=gk90&name=M%E1%BB%9Bi", .secretariat),
      ("/jury/judges/update", "id=gk01&unit=Kh%C3%A1c", .secretariat),
      ("/jury/judges/gk02/revoke", "", .secretariat),
      ("/jury/judges/gk02/remove", "reason=x", .secretariat),
      ("/jury/conflicts", "judge=gk01&entry=\(entry)&reason=x&action=declare", .secretariat),
      ("/jury/assign", "round=so-khao", .secretariat),
      ("/jury/move", "round=so-khao&entry=\(entry)&from=gk01&to=gk02", .secretariat),
      (
        "/jury/sheets", "round=so-khao&judge=gk01&entry=\(entry)&action=void&reason=x", .secretariat
      ),
      ("/uploads/entries/confirm", "token=x", .secretariat),
      ("/jury/backup", "", .secretariat),
      ("/uploads/entries/recheck", "token=x&late=1&reason=x", .secretariat),
      ("/progress/extra", "round=so-khao", .secretariat),
      ("/rounds/so-khao/state", "state=closed", .organiser),
      ("/rounds/so-khao/advance", "", .organiser),
      ("/prizes/decide", "round=so-khao&prize=nhat&entries=\(entry)", .organiser),
      ("/publish", "round=so-khao", .organiser),
      ("/intake/\(entry)/validate", "", .secretariat),
      ("/intake/\(entry)/answer", "action=reject&reason=x", .secretariat),
    ]
    try await fixture.test { client in
      let judge = try await client.signIn("gk01", fixture: fixture)
      let entrant = try await client.entrant("an@example.vn", fixture: fixture)
      let secretariat = try await client.signIn("Thư ký Web", fixture: fixture)
      let organiser = try await client.signIn("Ban Tổ Chức Web", fixture: fixture)
      let before = try w.auditLog(by: fixture.secretariat).count
      for (uri, body, role) in forms {
        for sender in Sender.allCases {
          let owner = role == .organiser ? organiser : secretariat
          let session: Signed?
          var token: String
          switch sender {
          case .anonymous: (session, token) = (nil, "")
          case .judge: (session, token) = (judge, judge.csrf)
          case .entrant: (session, token) = (entrant, entrant.csrf)
          case .noToken: (session, token) = (owner, "")
          case .otherToken: (session, token) = (owner, judge.csrf)
          case .otherRole:
            guard let role else { continue }
            session = role == .organiser ? secretariat : organiser
            token = session?.csrf ?? ""
          }
          var headers = session?.headers ?? HTTPFields()
          headers[.contentType] = "application/x-www-form-urlencoded"
          let text = (token.isEmpty ? "" : "csrf=\(token)&") + body
          let status = try await client.execute(
            uri: uri, method: .post, headers: headers, body: ByteBuffer(string: text)
          ) { $0.status }
          let expected: HTTPResponse.Status = sender == .anonymous ? .seeOther : .forbidden
          #expect(status == expected, "\(uri) sent by \(sender): \(status)")
        }
      }
      // Only refusals were written: by the workflow, for the judge and the other role.
      let added = try w.auditLog(by: fixture.secretariat).dropFirst(before)
      #expect(added.allSatisfy { $0.action == "access.refused" }, "\(added.map(\.action))")
    }
    let after = try w.entry(code: entry, by: fixture.secretariat).entry
    #expect(after.status.isEligible && after.draft.title != "Tên khác")
    #expect(try w.attachments(of: entry, by: fixture.secretariat).first?.blind == false)
    #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
  }
}
