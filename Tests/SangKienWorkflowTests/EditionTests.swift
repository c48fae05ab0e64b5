import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// `contest new --from LAST.sqlite --contest NEW.yaml`: next year's edition carries the
/// rubric, the jury (never a password), the staff and the settings the new file leaves out;
/// nothing of the entries, the sheets or the log.
@Suite("next year's edition from this year's")
struct EditionTests {
  /// The new year's contest file: a new id, name and deadline; the rounds name the rubric by
  /// the last edition's id; no `papers:` and no `complaints:`.
  static func nextYear(
    _ folder: String, id: String = "hanoi-cchc-2025", rubric: String = "cchc-2019"
  )
    throws -> String
  {
    var text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8)
    text = text.replacingOccurrences(of: "id: hanoi-cchc-2019", with: "id: \(id)")
      .replacingOccurrences(of: "năm 2019\"", with: "năm 2025\"")
      .replacingOccurrences(of: "deadline: 2019-11-15", with: "deadline: 2025-11-14")
      .replacingOccurrences(of: "rubric: ../../Rubrics/cchc-2019.yaml", with: "rubric: \(rubric)")
    if let papers = text.range(of: "# What the jury's papers") {
      text = String(text[..<papers.lowerBound])
    }
    let path = folder + "/contest-2025.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("rubric, jury, staff and left-out settings carried and said; entries, sheets, log not")
  func carried() throws {
    let last = try ContestFixture(
      contestExtra: "complaints: {days: 7, answer_days: 20, remarking_judges: 3}")
    let w = last.workflow
    _ = try w.enterSheet(
      round: "so-khao", judge: "gk01", entry: try last.firstCode(), points: ContestFixture.points,
      comment: "", by: last.secretariat)
    // gk01 had a password and a session last year; gk09 left the jury.
    _ = try w.invite("gk01", by: last.secretariat)
    _ = try w.removeJudge(id: "gk09", dropScores: false, reason: "Nghỉ hưu", by: last.secretariat)
    let file = try Self.nextYear(last.folder)
    let path = last.folder + "/hanoi-2025.sqlite"
    let made = try Workflow.createEdition(
      at: path, from: file, last: last.path, by: "Thư ký 2025", now: Date())
    #expect(made.from == "hanoi-cchc-2019" && made.rubricsCarried == ["cchc-2019"])
    #expect(made.judges == 8 && made.staff.map(\.name) == ["Thư ký Test", "Phạm Tổ Chức"])
    #expect(made.settings == ["papers", "complaints"], "\(made.settings)")
    let next = try Workflow.open(path: path)
    let staff = try next.person(named: "Thư ký 2025")
    let contest = try next.contestSummary(by: staff).contest
    #expect(contest.id == "hanoi-cchc-2025" && contest.deadline.iso == "2025-11-14")
    #expect(contest.complaints?.remarkingJudges == 3 && contest.papers?.symbol == "BTC")
    #expect(try next.entries(by: staff).isEmpty)
    let judges = try next.judges(by: staff)
    #expect(judges.count == 8 && !judges.contains { $0.id == "gk09" })
    #expect(judges.first { $0.id == "gk01" }?.name == "Nguyễn Văn Bách")
    // Nobody can sign in with last year's password or code: no credential came across.
    let database = try ContestDatabase.open(path: path, readOnly: true)
    #expect(try database.credentialCount() == 0)
    #expect(try next.verifyAudit(by: staff).isIntact)
    let log = try next.auditLog(by: staff)
    #expect(log.first?.action == "contest.init" && !log.contains { $0.action.hasPrefix("score.") })
    #expect(log.filter { $0.action == "judge.add" }.count == 8)
    #expect(try next.person(named: "Phạm Tổ Chức").actor?.role == .organiser)
  }

  @Test("the same id, a missing last edition and an unknown rubric id are refused, naming them")
  func refusals() throws {
    let last = try ContestFixture()
    let same = try Self.nextYear(last.folder, id: "hanoi-cchc-2019")
    let kept = refusal {
      try Workflow.createEdition(
        at: last.folder + "/a.sqlite", from: same, last: last.path, by: "X", now: Date())
    }
    #expect(String(describing: kept).contains("hanoi-cchc-2019"), "\(String(describing: kept))")
    #expect(!FileManager.default.fileExists(atPath: last.folder + "/a.sqlite"))
    guard
      case .invalid(let missing, _) = refusal({
        try Workflow.createEdition(
          at: last.folder + "/b.sqlite", from: same, last: last.folder + "/none.sqlite", by: "X",
          now: Date())
      })
    else {
      Issue.record("an edition was created from nothing")
      return
    }
    #expect(missing.first?.field == "from")
    let unknown = try Self.nextYear(last.folder, rubric: "cchc-2030")
    let error = refusal {
      try Workflow.createEdition(
        at: last.folder + "/c.sqlite", from: unknown, last: last.path, by: "X", now: Date())
    }
    #expect(String(describing: error).contains("cchc-2019"), "\(String(describing: error))")
    #expect(!FileManager.default.fileExists(atPath: last.folder + "/c.sqlite"))
  }
}
