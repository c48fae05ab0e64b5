import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

@Suite("the further marking from the progress page")
struct ExtraMarkingTests {
  @Test("a preview that writes nothing, a confirmation that does; the judge sees the entry")
  func fromProgress() async throws {
    let fixture = try WebFixture(resolution: "{extra_judges: 1, method: mean-closest-two}")
    let w = fixture.workflow
    // Every sheet in; one entry's first judge far below the others.
    let pairs = try w.assignments(round: "so-khao", by: fixture.secretariat)
    let entry = pairs[0].entry
    let first = pairs.filter { $0.entry == entry }.map(\.judge).min()
    let high: [String: Decimal] = [
      "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
      "presentation": 8,
    ]
    let low = high.mapValues { _ in Decimal(1) }
    for pair in pairs {
      _ = try w.enterSheet(
        round: "so-khao", judge: pair.judge, entry: pair.entry,
        points: pair.entry == entry && pair.judge == first ? low : high, comment: "",
        by: fixture.secretariat)
    }
    let records = try w.auditLog(by: fixture.secretariat).count
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      func get(_ uri: String, as who: Signed? = nil) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get, headers: (who ?? staff).headers) {
          ($0.status, String(buffer: $0.body))
        }
      }
      let (_, progress) = try await get("/progress?round=so-khao")
      #expect(progress.contains("href=\"/progress/extra?round=so-khao\""))
      let (status, preview) = try await get("/progress/extra?round=so-khao")
      #expect(status == .ok && preview.contains(entry) && preview.contains(WebText.extraConfirm(1)))
      #expect(preview.contains("trung bình hai phiếu gần nhau nhất"))
      let signedIn = try w.auditLog(by: fixture.secretariat).count
      #expect(signedIn - records <= 3, "only the sign-in's records: the preview wrote nothing")
      var headers = staff.headers
      headers[.contentType] = "application/x-www-form-urlencoded"
      let (confirmed, page) = try await client.execute(
        uri: "/progress/extra", method: .post, headers: headers,
        body: ByteBuffer(string: "csrf=\(staff.csrf)&round=so-khao")
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(confirmed == .ok && page.contains(WebText.extraAssigned(1)), "\(page.prefix(400))")
      let added = try #require(
        try w.assignments(round: "so-khao", by: fixture.secretariat).first {
          $0.entry == entry && !pairs.contains($0)
        })
      // The further judge finds it on their worklist; a judge may not run it.
      let judge = try await client.signIn(added.judge, fixture: fixture)
      let (_, worklist) = try await get("/worklist", as: judge)
      #expect(worklist.contains(entry))
      var judging = judge.headers
      judging[.contentType] = "application/x-www-form-urlencoded"
      let refused = try await client.execute(
        uri: "/progress/extra", method: .post, headers: judging,
        body: ByteBuffer(string: "csrf=\(judge.csrf)&round=so-khao")
      ) { $0.status }
      #expect(refused == .forbidden)
      #expect(try await get("/progress/extra?round=so-khao", as: judge).0 == .forbidden)
    }
  }
}
