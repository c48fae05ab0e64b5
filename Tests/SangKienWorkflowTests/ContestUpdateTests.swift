import Foundation
import GRDB
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// `contest update`: the contest's rules change on the record, key by key, never under a
/// closed round or sheets already scored.
@Suite("contest update: settings change on the record")
struct ContestUpdateTests {
  /// The Hanoi 2019 contest file with `change` applied, its rubric paths absolute, written
  /// into the fixture's folder.
  static func file(
    _ contest: ContestFixture, name: String = "contest-new.yaml",
    _ change: (String) -> String = { $0 }
  ) throws -> String {
    let text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    )
    .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    let path = contest.folder + "/" + name
    try change(text).write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static let biggerFiles: @Sendable (String) -> String = {
    $0 + "\nattachments: {max_file_mb: 40}\n"
  }

  @Test("a dry run lists the differences key by key and writes nothing; the update is one record")
  func update() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let path = try Self.file(contest) { text in
      Self.biggerFiles(text)
        .replacingOccurrences(of: "\"Giải Nhất\": 10000000", with: "\"Giải Nhất\": 15000000")
    }
    let records = try contest.auditCount()
    let dry = try w.updateContest(from: path, dryRun: true, by: contest.organiser)
    #expect(
      dry.differences.map(\.description) == [
        "attachments.max_entry_mb: (không có) → 100",
        "attachments.max_file_mb: (không có) → 40",
        "papers.amounts.Giải Nhất: 10000000 → 15000000",
      ], "\(dry.differences.map(\.description))")
    #expect(try contest.auditCount() == records)
    #expect(try w.contestSummary(by: contest.secretariat).contest.attachments == nil)
    let done = try w.updateContest(from: path, by: contest.secretariat)
    #expect(done.differences == dry.differences && !done.dryRun)
    let now = try w.contestSummary(by: contest.secretariat).contest
    #expect(now.attachmentLimits.maxFileMB == 40)
    #expect(now.paperSettings.amounts["Giải Nhất"] == 15_000_000)
    #expect(try contest.auditCount() == records + 1)
    let record = try #require(try w.auditLog(by: contest.secretariat).last)
    #expect(record.action == "contest.update" && record.actor == "Thư ký Test")
    #expect(record.note?.contains("attachments.max_file_mb: (không có) → 40") == true)
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    // The same file again: nothing to change, nothing written.
    #expect(try w.updateContest(from: path, by: contest.secretariat).differences.isEmpty)
    #expect(try contest.auditCount() == records + 1)
    // A judge may not.
    #expect(
      refusal { try w.updateContest(from: path, by: try contest.judge("gk01")) }?.isNotPermitted
        == true)
  }

  @Test("audit verify catches a definition changed behind the log's back after an update")
  func verifyReplays() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    _ = try w.updateContest(from: try Self.file(contest, Self.biggerFiles), by: contest.organiser)
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    let queue = try DatabaseQueue(path: contest.path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE contest SET definition = json_set(definition, '$.attachments.maxFileMB', 41)")
    }
    try queue.close()
    let report = try contest.otherDesk().verifyAudit(by: contest.secretariat)
    #expect(!report.isIntact)
  }

  @Test("a closed round's rules do not change until it is reopened; then they do")
  func closedRound() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let path = try Self.file(contest) { text in
      text.replacingOccurrences(
        of: "    disagreement: 20\n    tie_break: [effectiveness, novelty]\n    advance:",
        with: "    disagreement: 15\n    tie_break: [effectiveness, novelty]\n    advance:")
    }
    let records = try contest.auditCount()
    let error = try #require(refusal { try w.updateContest(from: path, by: contest.organiser) })
    #expect(error.problems.map(\.field) == ["rounds[so-khao].disagreement"], "\(error)")
    #expect(error.description.contains("round open so-khao"))
    #expect(try contest.auditCount() == records)
    // The prizes of a closed final are its rules too.
    try w.setRoundState(
      "so-khao", to: .open, reason: "Sửa ngưỡng chênh lệch", by: contest.organiser)
    let done = try w.updateContest(from: path, by: contest.organiser)
    #expect(done.differences.map(\.path) == ["rounds[so-khao].disagreement"])
    try w.setRoundState("chung-khao", to: .closed, by: contest.organiser)
    let prizes = try Self.file(contest, name: "prizes.yaml") { text in
      text.replacingOccurrences(
        of: "    disagreement: 20\n    tie_break: [effectiveness, novelty]\n    advance:",
        with: "    disagreement: 15\n    tie_break: [effectiveness, novelty]\n    advance:"
      )
      .replacingOccurrences(
        of: "{name: \"Giải Ba\", count: 3, min_score: 60}",
        with: "{name: \"Giải Ba\", count: 4, min_score: 60}")
    }
    let refused = try #require(refusal { try w.updateContest(from: prizes, by: contest.organiser) })
    #expect(refused.problems.map(\.field) == ["prizes"], "\(refused)")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test(
    "what would unsettle the stored: another contest, rounds moved, a prefix, a rubric under sheets"
  )
  func refusals() throws {
    let (contest, _) = try TrustRulesTests.scored()
    let w = contest.workflow
    let records = try contest.auditCount()
    let cases: [(String, (String) -> String)] = [
      ("id", { $0.replacingOccurrences(of: "id: hanoi-cchc-2019", with: "id: hanoi-cchc-2020") }),
      ("code_prefix", { $0.replacingOccurrences(of: "code_prefix: SK", with: "code_prefix: HN") }),
      // The final renamed: a round of the stored ones is gone.
      ("rounds", { $0.replacingOccurrences(of: "chung-khao", with: "chung-ket") }),
    ]
    for (field, change) in cases {
      let path = try Self.file(contest, name: "\(field).yaml", change)
      let error = try #require(refusal { try w.updateContest(from: path, by: contest.organiser) })
      #expect(error.problems.map(\.field) == [field], "\(field): \(error)")
    }
    // A rubric changed under the preliminary's sheet.
    let rubric = try String(
      contentsOfFile: packageRoot + "/Rubrics/cchc-2019.yaml", encoding: .utf8)
    let changed = contest.folder + "/cchc-2019.yaml"
    try rubric.replacingOccurrences(of: "Tính mới, sáng tạo", with: "Tính mới")
      .write(toFile: changed, atomically: true, encoding: .utf8)
    #expect(rubric.contains("Tính mới, sáng tạo"))
    let path = try Self.file(contest, name: "rubric.yaml") {
      $0.replacingOccurrences(of: packageRoot + "/Rubrics/cchc-2019.yaml", with: changed)
    }
    let error = try #require(refusal { try w.updateContest(from: path, by: contest.organiser) })
    #expect(error.problems.map(\.field) == ["rubric[cchc-2019]"], "\(error)")
    #expect(try contest.auditCount() == records)
  }
}

extension WorkflowError {
  /// Whether this is a refusal of who acts.
  var isNotPermitted: Bool {
    if case .notPermitted = self { return true }
    return false
  }
}
