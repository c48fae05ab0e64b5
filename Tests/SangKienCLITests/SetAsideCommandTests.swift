import Foundation
import Testing

@Suite("score void, score restore, and a conflict declared after scoring")
struct SetAsideCommandTests {
  static let points = [
    "novelty=20", "feasibility=15", "time=8", "cost=8", "steps=8", "replicability=10",
    "presentation=8",
  ]

  @Test("the commands say what happened, and score list --all shows why a sheet does not count")
  func commands() throws {
    let box = try ScoringCommandTests.contest()
    for judge in ["gk01", "gk02", "gk03"] {
      #expect(
        box.run(["score", "enter", "--judge", judge, "--entry", "SK-0001"] + Self.points).code == 0)
    }
    let conflict = box.run(["conflict", "add", "gk02", "SK-0001", "--reason", "Người nhà tác giả"])
    #expect(conflict.code == 0, "\(conflict.err)")
    #expect(
      conflict.out.contains(
        "The sheet gk02 entered for SK-0001 (round so-khao) is set aside because of the conflict"))
    let void = box.run([
      "score", "void", "--judge", "gk03", "--entry", "SK-0001", "--reason", "Chấm nhầm hồ sơ",
    ])
    #expect(void.out.contains("Set aside gk03's sheet for SK-0001 (round so-khao)"), "\(void.err)")
    #expect(box.run(["score", "list", "--format", "csv"]).out.split(separator: "\r\n").count == 2)
    let all = box.run(["score", "list", "--all", "--format", "csv"]).out
    #expect(all.contains(",set_aside\r\n"))
    #expect(
      all.contains("Chấm nhầm hồ sơ") && all.contains("conflict of interest: Người nhà tác giả"))
    let rank = box.run(["rank", "--format", "csv"]).out
    #expect(rank.contains("SK-0001,Sáng kiến số 1,idea,individual,77.00,1,incomplete"), "\(rank)")
    #expect(
      box.run(["score", "void", "--judge", "gk01", "--entry", "SK-0001", "--reason", " "]).code
        == 64)
    let restored = box.run(["score", "restore", "--judge", "gk03", "--entry", "SK-0001"])
    #expect(restored.out.contains("Restored gk03's sheet for SK-0001"), "\(restored.err)")
    let refused = box.run(["score", "restore", "--judge", "gk02", "--entry", "SK-0001"])
    #expect(refused.code == 1 && refused.err.contains("set aside by a conflict of interest"))
    #expect(box.run(["audit", "verify"]).code == 0)
  }

  @Test("score reopen: refused where the round does not lock")
  func reopen() throws {
    let box = try ScoringCommandTests.contest()
    #expect(
      box.run(["score", "enter", "--judge", "gk01", "--entry", "SK-0001"] + Self.points).code == 0)
    let refused = box.run([
      "score", "reopen", "--judge", "gk01", "--entry", "SK-0001", "--reason", "Nhập nhầm",
    ])
    #expect(refused.code == 1, "\(refused.out)")
    #expect(
      refused.err.contains("does not lock submitted sheets (lock_submitted)"), "\(refused.err)")
  }
}
