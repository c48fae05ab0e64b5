import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWeb
import SangKienWorkflow
import Testing

/// An online submission that looks like an entry already registered: flagged on the intake
/// page (never refused), and marked "not a duplicate" there by the secretariat only.
@Suite("near-duplicates on the intake page")
struct NearDuplicatePageTests {
  @Test("flagged on /intake; the secretariat marks it distinct; a judge may not")
  func intake() async throws {
    let fixture = try WebFixture(intake: true)
    let old = try fixture.workflow.entry(code: "SK-0002", by: fixture.secretariat).entry.draft
    try await fixture.test { client in
      let entrant = try await client.entrant("lai@example.vn", fixture: fixture)
      let id = try await EntrantRouteTests.draft(client, entrant)
      let fields: JSONValue = .object([
        "title": .string(old.title), "summary": .string(old.summary), "unit": .string(old.unit),
        "category": .string("solution"), "entrant_kind": .string("individual"),
        "authors": .array(old.authors.map { .object(["name": .string($0.name)]) }),
      ])
      try await client.execute(
        uri: "/api/v1/submissions/\(id)", method: .put, headers: entrant.changing,
        body: ByteBuffer(string: fields.canonicalText)
      ) { #expect($0.status == .ok, "\(String(buffer: $0.body))") }
      let code = try await EntrantRouteTests.submit(client, id, headers: entrant.changing)
      #expect(code == "SK-0041")
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let page = try await client.execute(uri: "/intake", method: .get, headers: staff.headers) {
        String(buffer: $0.body)
      }
      #expect(page.contains("gần giống: hanoi-cchc-2019/SK-0002"), "\(page.prefix(3000))")
      #expect(page.contains("action=\"/intake/SK-0041/distinct\""))
      // A judge: refused (the refusal audited, nothing marked); no reason: said on the page.
      let judge = try await client.signIn("gk01", fixture: fixture)
      func marks() throws -> Int {
        try fixture.workflow.auditLog(by: fixture.secretariat).filter {
          $0.action == "entry.distinct"
        }.count
      }
      let body = "other=hanoi-cchc-2019%2FSK-0002&reason=ban-nang-cap"
      #expect(
        try await client.postForm("/intake/SK-0041/distinct", body, as: judge, token: judge.csrf)
          == 403)
      #expect(
        try await client.postForm(
          "/intake/SK-0041/distinct", "other=hanoi-cchc-2019%2FSK-0002&reason=", as: staff,
          token: staff.csrf) == 422)
      #expect(try marks() == 0)
      // The secretariat, with a reason: recorded, the flag gone from the page.
      #expect(
        try await client.postForm(
          "/intake/SK-0041/distinct",
          "other=hanoi-cchc-2019%2FSK-0002&reason=%C4%90%C6%A1n+v%E1%BB%8B+x%C3%A1c+nh%E1%BA%ADn",
          as: staff, token: staff.csrf) == 200)
      let after = try await client.execute(uri: "/intake", method: .get, headers: staff.headers) {
        String(buffer: $0.body)
      }
      #expect(!after.contains("gần giống: hanoi-cchc-2019/SK-0002"))
      let log = try fixture.workflow.auditLog(by: fixture.secretariat)
      #expect(log.last?.action == "entry.distinct" && log.last?.actor == "Thư ký Web")
      #expect(log.last?.note == "Đơn vị xác nhận")
      // The entrant's own page says nothing of it.
      let own = try await client.execute(
        uri: "/submissions/\(id)", method: .get, headers: entrant.headers
      ) { String(buffer: $0.body) }
      #expect(!own.contains("gần giống") && !own.contains("SK-0002"))
    }
  }

  @Test(
    "a desk entry's page lists its look-alikes; the secretariat marks one, an organiser may not")
  func entryPage() async throws {
    let fixture = try WebFixture()
    let old = try fixture.workflow.entry(code: "SK-0003", by: fixture.secretariat).entry.draft
    let added = try fixture.workflow.addEntry(
      [
        .title: old.title + " (bản nâng cấp)", .summary: old.summary, .unit: old.unit,
        .authors: old.authors.map(\.name).joined(separator: "; "), .category: "solution",
        .entrantKind: "individual", .receivedOn: "2019-10-01",
      ], by: fixture.secretariat)
    let code = added.entry.code
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let organiser = try await client.signIn("Ban Tổ Chức Web", fixture: fixture)
      let page = try await client.execute(
        uri: "/entries/\(code)", method: .get, headers: staff.headers
      ) { String(buffer: $0.body) }
      #expect(page.contains("Sáng kiến gần giống"))
      #expect(page.contains("hanoi-cchc-2019/SK-0003"))
      #expect(page.contains("action=\"/entries/\(code)/distinct\""))
      let seen = try await client.execute(
        uri: "/entries/\(code)", method: .get, headers: organiser.headers
      ) { String(buffer: $0.body) }
      #expect(seen.contains("hanoi-cchc-2019/SK-0003") && !seen.contains("/distinct\""))
      let body = "other=hanoi-cchc-2019%2FSK-0003&reason=Kh%C3%A1c+%C4%91%E1%BB%8Ba+b%C3%A0n"
      #expect(
        try await client.postForm(
          "/entries/\(code)/distinct", body, as: organiser, token: organiser.csrf)
          == 403)
      #expect(
        try await client.postForm("/entries/\(code)/distinct", body, as: staff, token: staff.csrf)
          == 200)
      let after = try await client.execute(
        uri: "/entries/\(code)", method: .get, headers: staff.headers
      ) { String(buffer: $0.body) }
      #expect(after.contains("đã xác nhận không trùng: Khác địa bàn (Thư ký Web"), "\(after)")
      #expect(!after.contains("action=\"/entries/\(code)/distinct\""))
      // Without the CSRF token: refused, as every form.
      #expect(
        try await client.postForm("/entries/\(code)/distinct", body, as: staff, token: "") == 403)
    }
  }
}
