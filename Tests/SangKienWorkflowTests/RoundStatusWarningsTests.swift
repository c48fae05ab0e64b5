import Foundation
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("round status: declared conflicts and entries judged without a file")
struct RoundStatusWarningsTests {
  @Test("a conflict a judge declares is listed with who, when and why, and its free place")
  func declared() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try contest.firstCode(judge: "gk02")
    _ = try w.declareOwnConflict(
      round: "so-khao", judge: "gk02", entry: code, reason: "Đồng tác giả",
      by: try contest.judge("gk02"))
    let status = try w.roundStatus(round: "so-khao", by: contest.secretariat)
    #expect(status.declared.count == 1)
    let line = try #require(status.declared.first)
    #expect(line.judge == "gk02" && line.entry == code && line.reason == "Đồng tác giả")
    #expect(line.declaredBy == "gk02" && line.at == fixedNow && line.unfilled == 1)
    #expect(!line.judgeName.isEmpty && line.judgeName != "gk02")
    _ = try w.repairAssignments(round: "so-khao", by: contest.secretariat)
    #expect(try w.roundStatus(round: "so-khao", by: contest.secretariat).declared[0].unfilled == 0)
  }

  @Test("entries whose judges can open no file are named until a file is shown to them")
  func withoutFiles() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let before = try w.roundStatus(round: "so-khao", by: contest.secretariat).withoutFiles
    #expect(before.count == 40 && before.first?.code == "SK-0001")
    let file = contest.folder + "/ban-mo-ta.pdf"
    try Data("%PDF-1.4\n%mô tả\n".utf8).write(to: URL(fileURLWithPath: file))
    _ = try w.attach([file], to: "SK-0001", blind: true, by: contest.secretariat)
    let after = try w.roundStatus(round: "so-khao", by: contest.secretariat).withoutFiles
    #expect(after.count == 39 && !after.contains { $0.code == "SK-0001" })
  }
}
