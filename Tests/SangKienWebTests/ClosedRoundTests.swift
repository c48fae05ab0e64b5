import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@Suite("a judge's declaration on the web: the round in its path, open, and the judge's own pair")
struct ClosedRoundTests {
  @Test("a closed round, a round not in the path, an unassigned entry: refused, nothing written")
  func declarations() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let mine = try fixture.entries(of: "gk01")
    let entry = mine[0]
    let other = try w.entries(by: fixture.secretariat).map(\.code).first { !mine.contains($0) }!
    _ = try w.enterSheet(
      round: "so-khao", judge: "gk01", entry: entry,
      points: [
        "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
        "presentation": 8,
      ], comment: "", by: try w.person(named: "gk01"))
    try await fixture.test { client in
      let judge = try await client.signIn("gk01", fixture: fixture)
      func declare(_ round: String, _ code: String) async throws -> HTTPResponse.Status {
        try await client.execute(
          uri: "/api/v1/rounds/\(round)/conflicts/\(code)", method: .post,
          headers: judge.changing, body: ByteBuffer(string: "{\"reason\":\"Người nhà\"}")
        ) { $0.status }
      }
      let organiser = try fixture.workflow.person(named: "Ban Tổ Chức Web")
      let counted = { () throws -> Int in
        try w.rank(round: "so-khao", by: organiser).ranking.entries.first {
          $0.entry.code == entry
        }?.judgeTotals.count ?? 0
      }
      let notes = { try w.conflicts(by: fixture.secretariat).filter { $0.judge == "gk01" }.count }
      let conflictsBefore = try notes()
      // A round not in the path: the entry is not gk01's in the final.
      #expect(try await declare("chung-khao", entry) == .forbidden)
      // An entry of the preliminary never assigned to gk01.
      #expect(try await declare("so-khao", other) == .forbidden)
      try w.setRoundState("so-khao", to: .closed, by: organiser)
      let before = try counted()
      // The closed round: 409, the sheet still counts.
      #expect(try await declare("so-khao", entry) == .conflict)
      #expect(try counted() == before)
      #expect(try notes() == conflictsBefore)
      #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
    }
  }
}
