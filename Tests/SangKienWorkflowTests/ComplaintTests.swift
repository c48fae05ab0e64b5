import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// Complaints about a published result (khiếu nại): filed in time by the entrant or the
/// secretariat, accepted or rejected, each audited, replayed, mailed.
@Suite("complaints about a published result")
struct ComplaintTests {
  /// The demo contest with complaints (10 days, 30 to answer), an online entrant's entry
  /// scored in the preliminary round and published on 15/11/2019.
  static func published() throws -> (IntakeFixture, Person, Int64, String) {
    let f = try IntakeFixture(complaints: "complaints: {days: 10, answer_days: 30}")
    let w = f.workflow
    let staff = f.contest.secretariat
    let entrant = try f.entrant("an@example.vn")
    let draft = try f.ready(entrant)
    let code = try w.submit(draft.id, declaration: true, by: entrant).code
    _ = try w.importSheets(
      .path(packageRoot + "/Seeds/demo/scores.csv"), round: "so-khao", skipUnassigned: true,
      by: staff)
    _ = try w.assign(round: "so-khao", by: staff)
    for judge in try w.worklists(round: "so-khao", judge: nil, by: staff).lines
    where judge.pair.entry == code {
      _ = try w.enterSheet(
        round: "so-khao", judge: judge.pair.judge, entry: code, points: ContestFixture.points,
        comment: "", by: staff)
    }
    _ = try w.publish(round: "so-khao", by: f.contest.organiser)
    return (f, entrant, draft.id, code)
  }

  @Test(
    "filed in time by the entrant, and by the secretariat with the day received; late refused naming the day"
  )
  func filing() throws {
    let (f, entrant, id, code) = try Self.published()
    let w = f.workflow
    let staff = f.contest.secretariat
    let filed = try w.complain(submission: id, text: "Điểm tiêu chí hiệu quả thấp", by: entrant)
    #expect(filed.code == code && filed.state == .filed && filed.round == "so-khao")
    #expect(filed.receivedOn.iso == "2019-11-15" && filed.dueOn.iso == "2019-12-15")
    #expect(filed.filedBy == "an@example.vn")
    #expect(try w.complaints(ofSubmission: id, by: entrant).map(\.id) == [filed.id])
    // The secretariat, for a desk entry, with the day the paper reached them (a week on).
    f.clock.set(IntakeFixture.hanoi(9, 0, day: 27))
    let desk = try w.fileComplaint(
      code: "SK-0002", text: "Đề nghị phúc khảo", receivedOn: Day(parsing: "2019-11-20"), by: staff)
    #expect(desk.dueOn.iso == "2019-12-20")
    // Ten days after 15/11 is 25/11: received the 26th is late, and said so.
    let late = refusal {
      try w.fileComplaint(
        code: "SK-0003", text: "Muộn", receivedOn: Day(parsing: "2019-11-26"), by: staff)
    }
    guard case .wrongState(let message) = late else {
      Issue.record("a late complaint was taken: \(String(describing: late))")
      return
    }
    #expect(message.contains("25/11/2019"))
    #expect(
      fields(refusal { try w.fileComplaint(code: "SK-0003", text: " ", by: staff) }) == ["text"])
    let log = try w.auditLog(by: staff).filter { $0.action == "complaint.add" }
    #expect(log.map(\.actor) == ["an@example.vn", "Thư ký Test"])
    #expect(try w.verifyAudit(by: staff).isIntact)
  }

  @Test("another entrant's entry is not found; a judge may not file or list")
  func permissions() throws {
    let (f, _, id, _) = try Self.published()
    let w = f.workflow
    let other = try f.entrant("khac@example.vn")
    guard case .notFound = refusal({ try w.complain(submission: id, text: "x", by: other) }),
      case .notFound = refusal({ try w.complaints(ofSubmission: id, by: other) }),
      case .notPermitted = refusal({ try w.complaints(by: try f.contest.judge("gk01")) }),
      case .notPermitted = refusal({ try w.complaints(by: other) })
    else {
      Issue.record("a complaint reached someone it is not for")
      return
    }
  }

  @Test(
    "accepted or rejected with a reason, once; the entrant told by mail; replayed by audit verify")
  func answers() throws {
    let (f, entrant, id, code) = try Self.published()
    let w = f.workflow
    let staff = f.contest.secretariat
    let first = try w.complain(submission: id, text: "Điểm thấp", by: entrant)
    let accepted = try w.answerComplaint(id: first.id, accept: true, reason: nil, by: staff)
    #expect(accepted.state == .accepted && accepted.answeredBy == "Thư ký Test")
    let mail = try #require(try w.mail(by: staff).first)
    #expect(mail.kind == "complaint" && mail.recipient == "an@example.vn")
    #expect(mail.text.contains("đã được thụ lý") && mail.text.contains(code))
    guard
      case .wrongState = refusal({
        try w.answerComplaint(id: first.id, accept: false, reason: "x", by: staff)
      })
    else {
      Issue.record("a complaint was answered twice")
      return
    }
    let second = try w.complain(submission: id, text: "Lần nữa", by: entrant)
    #expect(
      fields(
        refusal { try w.answerComplaint(id: second.id, accept: false, reason: nil, by: staff) })
        == ["reason"])
    let rejected = try w.answerComplaint(
      id: second.id, accept: false, reason: "Trùng đơn số \(first.id)", by: staff)
    #expect(rejected.state == .rejected)
    #expect(try w.complaints(ofSubmission: id, by: entrant).map(\.state) == [.rejected, .accepted])
    #expect(try w.complaints(state: .accepted, by: staff).map(\.id) == [first.id])
    #expect(try w.verifyAudit(by: staff).isIntact)
    guard PublicationTests.hasSQLite else { return }
    try PublicationTests.sqlite(f.contest.path, "UPDATE complaint SET state = 'filed' WHERE id = 1")
    let verification = try w.verifyAudit(by: staff)
    #expect(verification.dataProblems.contains { $0.contains("đơn khiếu nại số 1") })
  }

  @Test(
    "a contest without complaints takes none; before publication there is nothing to complain of")
  func refusals() throws {
    let f = try IntakeFixture()
    let staff = f.contest.secretariat
    guard
      case .wrongState = refusal({
        try f.workflow.fileComplaint(code: "SK-0001", text: "x", by: staff)
      })
    else {
      Issue.record("a contest without complaints took one")
      return
    }
    let g = try IntakeFixture(complaints: "complaints: {}")
    guard
      case .wrongState(let message) = refusal({
        try g.workflow.fileComplaint(code: "SK-0001", text: "x", by: g.contest.secretariat)
      })
    else {
      Issue.record("a complaint before any publication was taken")
      return
    }
    #expect(message.contains("SK-0001"))
  }
}
