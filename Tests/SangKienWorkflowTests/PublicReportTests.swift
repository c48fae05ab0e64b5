import Foundation
import SangKienModel
import Testing

@testable import SangKienWorkflow

/// ranking.html is read on phones and hung on a notice board: it fits a phone's width, and
/// a named judge's spread of totals stays internal unless the contest file publishes it.
@Suite("the published report")
struct PublicReportTests {
  static func report(_ extra: String? = nil) throws -> String {
    let contest = try ContestFixture(contestExtra: extra)
    let w = contest.workflow
    _ = try w.importSheets(
      .path(packageRoot + "/Seeds/demo/scores.csv"), round: "so-khao", skipUnassigned: true,
      by: contest.secretariat)
    let files = try w.publish(round: "so-khao", by: contest.organiser).files
    return String(decoding: files[0].bytes, as: UTF8.self)
  }

  @Test("phone-friendly; the judges' strip plot only when the contest file says public")
  func judgeStatistics() throws {
    let html = try Self.report()
    #expect(
      html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(html.contains("@media screen and (max-width: 640px)"))
    #expect(!html.contains("Tổng điểm của từng giám khảo"), "kept internal by default")
    let shown = try Self.report("publish: {judge_statistics: public}")
    #expect(shown.contains("Tổng điểm của từng giám khảo"))
  }

  @Test("a wrong publish key is named with its place in the file")
  func badKey() throws {
    #expect(throws: (any Error).self) {
      _ = try ContestFixture(contestExtra: "publish: {judge_statistics: sometimes}")
    }
  }
}
