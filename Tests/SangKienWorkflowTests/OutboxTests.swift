import Foundation
import SangKienModel
import Testing

@testable import SangKienStorage
@testable import SangKienWorkflow

/// A transport that records what it is handed and answers as told.
final class RecordingTransport: MailTransport, @unchecked Sendable {
  private let lock = NSLock()
  private var sent: [OutboxMessage] = []
  private var answers: [MailOutcome]
  init(answers: [MailOutcome] = []) { self.answers = answers }
  var messages: [OutboxMessage] { lock.withLock { sent } }
  func deliver(_ message: OutboxMessage) -> MailOutcome {
    lock.withLock {
      sent.append(message)
      return answers.isEmpty ? .delivered("250 OK") : answers.removeFirst()
    }
  }
}

@Suite("the outbox: mail written with the change, delivered outside it")
struct OutboxTests {
  static let site = InvitationMail(baseURL: "https://chamdiem.example.org")

  static func contest() throws -> ContestFixture {
    let contest = try ContestFixture()
    _ = try contest.workflow.updateJudge(
      id: "gk01", changes: JudgeChanges(email: "gk01@example.org"), by: contest.secretariat)
    return contest
  }

  @Test("an invitation queues its message in the code's transaction; a refused one queues nothing")
  func queued() throws {
    let contest = try Self.contest()
    let w = contest.workflow
    let invitation = try w.invite("gk01", mail: Self.site, by: contest.secretariat)
    #expect(invitation.mailedTo == "gk01@example.org")
    let queued = try w.mail(by: contest.secretariat)
    #expect(
      queued.count == 1 && queued[0].state == .queued && queued[0].text.contains(invitation.code))
    // No address, no site: refused before anything is written, code included.
    let before = try w.verifyAudit(by: contest.secretariat).records
    #expect(throws: WorkflowError.self) {
      try w.invite("gk02", mail: Self.site, by: contest.secretariat)
    }
    #expect(throws: WorkflowError.self) {
      try w.invite("gk01", mail: InvitationMail(baseURL: nil), by: contest.secretariat)
    }
    #expect(try w.verifyAudit(by: contest.secretariat).records == before)
    #expect(try w.mail(by: contest.secretariat).count == 1)
    // A transaction that fails after queueing leaves no message.
    #expect(throws: (any Error).self) {
      try w.database.write(w.context(contest.secretariat)) { db, audit in
        try ContestDatabase.queue(
          [
            MailDraft(
              recipient: "x@example.org", recipientName: "X", kind: .reminder, subject: "s",
              text: "t", html: "h")
          ], db: db, audit: audit, at: "2026-12-07T00:00:00.000Z")
        throw StorageError.codeSpent
      }
    }
    #expect(try w.mail(by: contest.secretariat).count == 1)
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("delivered once; a secret's bodies cleared; failures back off, then give up; retry")
  func delivery() throws {
    let contest = try Self.contest()
    let w = contest.workflow
    let invitation = try w.invite("gk01", mail: Self.site, by: contest.secretariat)
    let transport = RecordingTransport()
    let run = try w.deliverMail(transport: transport)
    #expect(run.delivered == 1 && transport.messages.count == 1)
    #expect(transport.messages[0].text.contains(invitation.code))
    let stored = try #require(try w.mail(by: contest.secretariat).first)
    #expect(stored.state == .delivered && stored.text.isEmpty && stored.html.isEmpty)
    #expect(try w.deliverMail(transport: transport).delivered == 0, "never twice")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact, "the bodies' hash is kept")

    _ = try w.invite("gk01", mail: Self.site, by: contest.secretariat)
    let down = RecordingTransport(
      answers: Array(repeating: .failed("Connection refused", permanent: false), count: 5))
    for _ in 0..<5 { _ = try w.deliverMail(transport: down, backoffScale: 0) }
    let failed = try w.mail(state: .failed, by: contest.secretariat)
    #expect(
      failed.count == 1 && failed[0].attempts == 5 && failed[0].lastAnswer == "Connection refused")
    #expect(try w.deliverMail(transport: down, backoffScale: 0).delivered == 0)
    try w.retryMail(id: failed[0].id, by: contest.secretariat)
    #expect(try w.deliverMail(transport: RecordingTransport()).delivered == 1)
    // A permanent refusal gives up at once.
    _ = try w.invite("gk01", mail: Self.site, by: contest.secretariat)
    let refused = RecordingTransport(answers: [.failed("550 no such user", permanent: true)])
    #expect(try w.deliverMail(transport: refused).failed == 1)
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("two senders at once deliver each message once")
  func twoSenders() throws {
    let contest = try Self.contest()
    let w = contest.workflow
    for _ in 0..<20 { _ = try w.invite("gk01", mail: Self.site, by: contest.secretariat) }
    let other = try contest.otherDesk()
    let (a, b) = (RecordingTransport(), RecordingTransport())
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      _ = try? (index == 0 ? w : other).deliverMail(transport: index == 0 ? a : b)
    }
    let ids = (a.messages + b.messages).map(\.id)
    #expect(ids.count == 20 && Set(ids).count == 20)
  }
}

@Suite("reminders before a round's scoring deadline")
struct ReminderTests {
  @Test("on the remind days and the deadline's day, one digest a day to each judge still owing")
  func reminders() throws {
    // fixedNow is 07:00 15/11/2019 in Hanoi; the deadline three days later.
    let contest = try ContestFixture(
      firstRoundExtra: "scoring_deadline: \"2019-11-18 17:00\"")
    let clock = MovingClock()
    let w = Workflow(database: contest.workflow.database, clock: { clock.date })
    for judge in ["gk01", "gk02"] {
      _ = try w.updateJudge(
        id: judge, changes: JudgeChanges(email: "\(judge)@example.org"), by: contest.secretariat)
    }
    let site = "https://chamdiem.example.org"
    #expect(try w.queueReminders(site: nil).refusal != nil, "no links without the site")
    let first = try w.queueReminders(site: site)
    #expect(first.queued == 2 && first.withoutAddress.contains("gk03"))
    let mail = try w.mail(state: .queued, by: contest.secretariat)
    #expect(mail.count == 2 && mail.allSatisfy { $0.kind == "reminder" })
    let gk01 = try #require(mail.first { $0.recipient == "gk01@example.org" })
    let owed = try w.worklist(round: "so-khao", judge: "gk01", by: contest.secretariat).items
    #expect(gk01.text.contains("17:00 18/11/2019") && gk01.text.contains("còn 3 ngày"))
    #expect(owed.allSatisfy { gk01.text.contains($0.code) }, "one digest of every entry owed")
    #expect(gk01.text.contains("\(site)/worklist?round=so-khao"))
    #expect(try w.queueReminders(site: site).queued == 0, "at most one a day")
    clock.advance(86_400)
    #expect(try w.queueReminders(site: site).queued == 0, "two days before: not a remind day")
    clock.advance(86_400)
    #expect(try w.queueReminders(site: site).queued == 2, "the day before")
    clock.advance(86_400)
    #expect(try w.queueReminders(site: site).queued == 2, "the day itself, before 17:00")
    clock.advance(12 * 3600)
    #expect(try w.queueReminders(site: site).queued == 0, "after the deadline")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }
}

@Suite("the secretariat told by mail of a conflict a judge declares")
struct ConflictMailTests {
  @Test("each member of the secretariat with an address, in the declaration's transaction")
  func told() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    _ = try w.addStaff(
      name: "Thư ký Có Thư", role: .secretariat, email: "thuky@example.org",
      by: contest.secretariat)
    #expect(throws: WorkflowError.self) {
      _ = try w.addStaff(
        name: "Thư ký B", role: .secretariat, email: "sai@", by: contest.secretariat)
    }
    #expect(throws: WorkflowError.self) {
      _ = try w.addStaff(name: "Thư ký C", role: .secretariat, phone: "12", by: contest.secretariat)
    }
    _ = try w.addStaff(
      name: "Thư ký D", role: .organiser, phone: "024 3825 3536", by: contest.secretariat)
    let code = try contest.firstCode(judge: "gk02")
    _ = try w.declareOwnConflict(
      round: "so-khao", judge: "gk02", entry: code, reason: "Đồng tác giả",
      site: "https://chamdiem.example.org", by: try contest.judge("gk02"))
    let mail = try w.mail(by: contest.secretariat)
    #expect(mail.count == 1, "the members without an address are not written to")
    let told = try #require(mail.first)
    #expect(told.recipient == "thuky@example.org" && told.kind == "conflict" && told.entry == code)
    #expect(told.subject.contains(code) && told.text.contains("Đồng tác giả"))
    #expect(told.text.contains("https://chamdiem.example.org/progress?round=so-khao#conflicts"))
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }
}

@Suite("judges told of assignment changes")
struct AssignmentMailTests {
  @Test("a move tells both judges; a repair tells each judge given a place; one message each")
  func told() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    for judge in ["gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09"] {
      _ = try w.updateJudge(
        id: judge, changes: JudgeChanges(email: "\(judge)@example.org"), by: contest.secretariat)
    }
    let code = try contest.firstCode(judge: "gk01")
    let target = try ["gk02", "gk03", "gk04", "gk05"].first { judge in
      try !w.worklist(round: nil, judge: judge, by: contest.secretariat).items.contains {
        $0.code == code
      }
    }!
    _ = try w.moveAssignment(
      round: nil, entry: code, from: "gk01", to: target, by: contest.secretariat)
    let moved = try w.mail(by: contest.secretariat)
    #expect(moved.count == 2 && moved.allSatisfy { $0.kind == "assignment" })
    let toFrom = try #require(moved.first { $0.recipient == "gk01@example.org" })
    #expect(toFrom.text.contains("Không còn trong danh sách chấm") && toFrom.text.contains(code))
    let toTarget = try #require(moved.first { $0.recipient == "\(target)@example.org" })
    #expect(toTarget.text.contains("Được giao thêm") && toTarget.subject.contains("thêm 1"))
    // gk02 removed: its places go to others, each told once.
    _ = try w.removeJudge(
      id: "gk02", dropScores: false, reason: "Đi công tác", by: contest.secretariat)
    let plan = try w.repairAssignments(round: nil, by: contest.secretariat)
    let told = try w.mail(by: contest.secretariat).filter { $0.id > moved.map(\.id).max()! }
    #expect(Set(told.map(\.recipient)) == Set(plan.added.map { "\($0.judge)@example.org" }))
    #expect(told.count == Set(plan.added.map(\.judge)).count, "one message per judge")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }
}
