import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWeb
import SangKienWorkflow
import Testing

/// The complaint and re-marking routes × who asks: nobody, a re-marker, another judge, the
/// secretariat, an organiser, an entrant; and every form × who may not send it.
@Suite("complaints and re-marking on the web")
struct ComplaintRouteTests {
  /// The preliminary round published, a complaint about one of gk01's entries accepted and
  /// given its two re-markers (never gk01).
  static func prepared() throws -> (WebFixture, [String]) {
    let fixture = try WebFixture(intake: true)
    let w = fixture.workflow
    let organiser = try w.person(named: "Ban Tổ Chức Web")
    _ = try w.publish(round: "so-khao", by: organiser)
    let code = try fixture.entries(of: "gk01")[0]
    let filed = try w.fileComplaint(code: code, text: "Đề nghị phúc khảo", by: fixture.secretariat)
    _ = try w.answerComplaint(id: filed.id, accept: true, reason: nil, by: fixture.secretariat)
    let plan = try w.assignRemark(complaint: filed.id, by: fixture.secretariat)
    return (fixture, plan.added)
  }

  @Test(
    "every complaint route × anonymous, re-marker, another judge, secretariat, organiser, entrant")
  func table() async throws {
    let (fixture, remarkers) = try Self.prepared()
    let remarker = remarkers[0]
    try await fixture.test { client in
      let people: [(String, Signed?)] = [
        ("anonymous", nil), ("re-marker", try await client.signIn(remarker, fixture: fixture)),
        ("another judge", try await client.signIn("gk01", fixture: fixture)),
        ("secretariat", try await client.signIn("Thư ký Web", fixture: fixture)),
        ("organiser", try await client.signIn("Ban Tổ Chức Web", fixture: fixture)),
        ("entrant", try await client.entrant("an@example.vn", fixture: fixture)),
      ]
      let routes: [(String, String, [Int])] = [
        ("the complaints", "/complaints", [303, 403, 403, 200, 200, 403]),
        ("a complaint", "/complaints/1", [303, 403, 403, 200, 200, 403]),
        ("no such complaint", "/complaints/9", [303, 403, 403, 404, 404, 403]),
        ("the re-marking sheet", "/remarks/1", [303, 200, 404, 404, 403, 403]),
        (
          "a re-marker's sheet named", "/remarks/1?judge=\(remarker)",
          [303, 200, 404, 200, 403, 403]
        ),
      ]
      for (name, uri, expected) in routes {
        for ((who, signed), status) in zip(people, expected) {
          var headers = signed?.headers ?? [:]
          headers[.acceptLanguage] = "en"
          try await client.execute(uri: uri, method: .get, headers: headers) { response in
            #expect(
              response.status.code == status,
              "\(name) as \(who): \(response.status.code) \(String(buffer: response.body).prefix(160))"
            )
          }
        }
      }
      // The re-marker's worklist lists the complaint's entry apart; another judge's does not.
      let lists = try await [people[1].1!, people[2].1!].asyncMap { signed in
        try await client.execute(uri: "/worklist", method: .get, headers: signed.headers) {
          String(buffer: $0.body)
        }
      }
      #expect(lists[0].contains("href=\"/remarks/1\"") && !lists[1].contains("/remarks/1"))
      // The sheet's draft saved as the re-marker types; nobody else may.
      for (who, signed, expected) in [
        ("re-marker", people[1].1!, 200), ("another judge", people[2].1!, 404),
        ("secretariat", people[3].1!, 403), ("organiser", people[4].1!, 403),
        ("entrant", people[5].1!, 403),
      ] {
        let uri = "/api/v1/remarks/1" + (who == "secretariat" ? "?judge=\(remarker)" : "")
        try await client.execute(
          uri: uri, method: .put, headers: signed.changing,
          body: ByteBuffer(
            string: "{\"points\": {\"novelty\": 20}, \"comment\": \"\", \"version\": 0}")
        ) { response in
          #expect(
            response.status.code == expected,
            "autosave as \(who): \(response.status.code) \(String(buffer: response.body).prefix(160))"
          )
        }
      }
      let remarks = try fixture.workflow.remarks(complaint: 1, by: fixture.secretariat)
      #expect(remarks.first { $0.judge == remarker }?.draftPoints == ["novelty": Points(20)!])
    }
  }

  @Test("every form of the complaint pages × who may not send it: nothing written")
  func forms() async throws {
    let (fixture, remarkers) = try Self.prepared()
    try await fixture.test { client in
      let judge = try await client.signIn("gk01", fixture: fixture)
      let remarker = try await client.signIn(remarkers[0], fixture: fixture)
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let organiser = try await client.signIn("Ban Tổ Chức Web", fixture: fixture)
      let entrant = try await client.entrant("an@example.vn", fixture: fixture)
      let before = try fixture.workflow.auditLog(by: fixture.secretariat).filter {
        $0.action != "access.refused"
      }.count
      let forms: [(String, String, [(String, Signed?, String, Int)])] = [
        (
          "/complaints/1/decide", "outcome=upheld&reason=x&confirm=1",
          [
            ("anonymous", nil, "", 303), ("a judge", judge, judge.csrf, 403),
            ("the secretariat", staff, staff.csrf, 403), ("an entrant", entrant, entrant.csrf, 403),
            ("the organiser without the token", organiser, "", 403),
          ]
        ),
        (
          "/complaints/1/remark", "",
          [
            ("a judge", judge, judge.csrf, 403), ("the organiser", organiser, organiser.csrf, 403),
            ("the secretariat without the token", staff, "", 403),
          ]
        ),
        (
          "/complaints/1/answer", "action=reject&reason=x",
          [("a judge", judge, judge.csrf, 403), ("the organiser", organiser, organiser.csrf, 403)]
        ),
        (
          "/remarks/1", "points.novelty=20&version=0&action=submit",
          [
            ("another judge", judge, judge.csrf, 404),
            ("the organiser", organiser, organiser.csrf, 403),
            ("the re-marker without the token", remarker, "", 403),
          ]
        ),
        (
          "/remarks/1/conflict", "reason=x",
          [
            ("another judge", judge, judge.csrf, 404), ("the secretariat", staff, staff.csrf, 403),
          ]
        ),
      ]
      for (uri, body, senders) in forms {
        for (who, session, token, expected) in senders {
          let status = try await client.postForm(uri, body, as: session, token: token)
          #expect(status == expected, "\(uri) sent by \(who): \(status)")
        }
      }
      let after = try fixture.workflow.auditLog(by: fixture.secretariat).filter {
        $0.action != "access.refused"
      }.count
      #expect(before == after)
      #expect(try fixture.workflow.complaint(id: 1, by: fixture.secretariat).state == .accepted)
    }
  }
}

extension Array {
  /// `transform` of each element, in order, awaited one after the other.
  func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
    var result: [T] = []
    for element in self { result.append(try await transform(element)) }
    return result
  }
}
