import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

/// Every use case, called through its method by each role: the method consults the
/// permission table (a refusal exactly where the table says so), and a permitted call
/// does not fail for want of permission (it may fail for another reason: opening an open
/// round is wrong state).
@Suite("every use case consults the table")
struct EveryUseCaseTests {
  /// Calls the method of `useCase` with plausible input, as `person`.
  /// `mail retry` of a message that does not exist: not found once permitted.
  static func retryAbsent(_ w: Workflow, _ person: Person) throws {
    do {
      try w.retryMail(id: 999, by: person)
    } catch {
      guard case .notFound = error else { throw error }
    }
  }

  static func call(_ useCase: UseCase, _ w: Workflow, _ person: Person, folder: String) throws {
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    switch useCase {
    case .contestShow: _ = try w.contestSummary(by: person)
    case .contestUpdate:
      let file = packageRoot + "/Seeds/hanoi-2019/contest.yaml"
      _ = try w.updateContest(from: file, dryRun: true, by: person)
    case .rubricShow: _ = try w.rubric(round: nil, by: person)
    case .entryAdd:
      _ = try w.addEntry(
        [
          .title: "Mới", .category: "idea", .entrantKind: "individual", .authors: "An",
          .unit: "U", .receivedOn: "2019-10-01",
        ], by: person)
    case .entryImport:
      _ = try w.importEntries(
        .bytes(
          Array(
            "title,category,entrant_kind,authors,unit,received_on\nX,idea,individual,An,U2,2019-10-01\n"
              .utf8), name: "e.csv"),
        dryRun: true, by: person)
    case .entryList: _ = try w.entries(by: person)
    case .entryShow: _ = try w.entry(code: "SK-0001", by: person)
    case .entryUpdate:
      _ = try w.updateEntry(code: "SK-0001", changes: [.field: "Hộ tịch"], by: person)
    case .entryValidate: _ = try w.setStatus(code: "SK-0002", to: .valid, reason: nil, by: person)
    case .entryReject: _ = try w.setStatus(code: "SK-0003", to: .rejected, reason: "x", by: person)
    case .entryWithdraw:
      _ = try w.setStatus(code: "SK-0004", to: .withdrawn, reason: "x", by: person)
    case .entryExport: _ = try w.entries(by: person, for: .entryExport)
    case .entryAttach:
      let file = folder + "/ho-so-\(UUID().uuidString).pdf"
      try Data("%PDF-1.4\n\(file)\n".utf8).write(to: URL(fileURLWithPath: file))
      _ = try w.attach([file], to: "SK-0001", blind: true, by: person)
    case .entryAttachments: _ = try w.attachments(of: "SK-0001", by: person)
    case .accessInvite: _ = try w.invite("gk02", by: person)
    case .conflictDeclare:
      let code = try w.worklist(round: nil, judge: "gk01", by: try w.person(named: "gk01")).items
        .last!.code
      _ = try w.declareOwnConflict(
        round: "so-khao", judge: "gk01", entry: code, reason: "Người nhà", by: person)
    case .accessRevoke: _ = try w.revokeAccess("gk03", by: person)
    case .accessUnlock: _ = try w.unlock("gk03", by: person)
    case .mailList: _ = try w.mail(by: person)
    case .mailSend: try w.permitMailSend(person)
    case .mailRetry: try retryAbsent(w, person)
    case .entryDetach: _ = try w.detach(999, from: "SK-0001", reason: "nhầm", by: person)
    case .entryBlind:
      _ = try w.setBlind(999, of: "SK-0001", blind: true, reason: "đã xem", by: person)
    case .entryExtract:
      _ = try w.extract("SK-0001", to: folder + "/ra-\(UUID().uuidString)", by: person)
    case .staffAdd: _ = try w.addStaff(name: "Người Mới", role: .secretariat, by: person)
    case .staffList: _ = try w.staff(by: person)
    case .judgeAdd: _ = try w.addJudge(JudgeInput(id: "gk50", name: "Mới"), by: person)
    case .judgeImport:
      _ = try w.importJudges(.bytes(Array("id,name\ngk51,Mới\n".utf8), name: "j.csv"), by: person)
    case .judgeList: _ = try w.judges(by: person)
    case .judgeUpdate:
      _ = try w.updateJudge(id: "gk08", changes: JudgeChanges(title: "Giảng viên"), by: person)
    case .judgeRemove:
      _ = try w.removeJudge(id: "gk09", dropScores: false, reason: "Đi công tác", by: person)
    case .judgeReinstate: _ = try w.reinstateJudge(id: "gk09", reason: "Đã về", by: person)
    case .conflictAdd:
      _ = try w.declareConflict(judge: "gk08", entry: "SK-0040", reason: "x", by: person)
    case .conflictList: _ = try w.conflicts(by: person)
    case .conflictDismiss:
      let detected = try w.conflicts(by: ContestFixture.staffOf(w)).first {
        $0.source != .declared
      }!
      try w.dismissConflict(judge: detected.judge, entry: detected.entry, reason: "x", by: person)
    case .assignRun:
      _ = try w.assign(round: nil, options: AssignmentOptions(dryRun: true), by: person)
    case .assignShow: _ = try w.worklists(round: nil, judge: nil, by: person)
    case .assignExport: _ = try w.assignments(round: nil, by: person)
    case .assignImport:
      _ = try w.importAssignments(
        .bytes(Array("round,judge,entry\n".utf8), name: "a.csv"), round: nil, dryRun: true,
        by: person)
    case .assignMove:
      // A pair that cannot move: wrong state for those who may, refused for the others.
      _ = try w.moveAssignment(round: nil, entry: "SK-0001", from: "gk01", to: "gk01", by: person)
    case .assignRepair:
      _ = try w.repairAssignments(round: nil, options: AssignmentOptions(dryRun: true), by: person)
    case .assignExtra:
      // The round has no further marking: wrong state for the secretariat, refused for others.
      _ = try w.assignExtra(round: nil, dryRun: true, by: person)
    case .worklist: _ = try w.worklist(round: nil, judge: "gk01", by: person)
    case .scoreEnter:
      let code = try w.worklist(round: nil, judge: "gk01", by: ContestFixture.staffOf(w)).items[0]
        .code
      _ = try w.enterSheet(
        round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
        replace: true, by: person)
    case .scoreImport:
      let code = try w.worklist(round: nil, judge: "gk01", by: ContestFixture.staffOf(w)).items[1]
        .code
      let file = "round,judge,entry,\(leaves),comment\nso-khao,gk01,\(code),20,15,8,8,8,10,8,\n"
      _ = try w.importSheets(
        .bytes(Array(file.utf8), name: "s.csv"), round: nil, dryRun: true, by: person)
    case .scoreVoid:
      let code = try w.sheets(
        round: nil, judge: "gk02", entry: nil, includeSetAside: true, by: ContestFixture.staffOf(w)
      ).lines[0].key.entry
      _ = try w.voidSheet(round: nil, judge: "gk02", entry: code, reason: "x", by: person)
    case .scoreRestore:
      let code = try w.sheets(
        round: nil, judge: "gk02", entry: nil, includeSetAside: true, by: ContestFixture.staffOf(w)
      ).lines[0].key.entry
      _ = try w.restoreSheet(round: nil, judge: "gk02", entry: code, by: person)
    case .scoreReopen:
      // The fixture's round does not lock: wrong state for the secretariat, refused for others.
      let code = try w.sheets(
        round: nil, judge: "gk02", entry: nil, includeSetAside: true, by: ContestFixture.staffOf(w)
      ).lines[0].key.entry
      _ = try w.reopenSheet(round: nil, judge: "gk02", entry: code, reason: "x", by: person)
    case .scoreSheet: _ = try w.blankSheet(round: nil, judge: "gk01", by: person)
    case .scoreList: _ = try w.sheets(round: nil, judge: "gk01", entry: nil, by: person)
    case .scoreProgress: _ = try w.progress(round: nil, by: person)
    case .roundOpen: try w.setRoundState("so-khao", to: .open, reason: "Sửa phiếu", by: person)
    case .roundClose: try w.setRoundState("chung-khao", to: .closed, by: person)
    case .roundStatus: _ = try w.roundStatus(round: nil, by: person)
    case .roundAdvance:
      _ = try w.advance(AdvanceInput(from: "so-khao", to: "chung-khao", dryRun: true), by: person)
    case .rank: _ = try w.rank(round: nil, by: person)
    case .prizes: _ = try w.prizes(round: nil, by: person)
    case .prizesDecide:
      // Nothing is pending in the fixture: wrong state for the organisers, refused for others.
      _ = try w.decidePrize(
        round: nil, group: "individual", prize: "Giải Nhất", award: ["SK-0001"], reason: "x",
        by: person)
    case .stats: _ = try w.statistics(round: nil, replicates: 0, by: person)
    case .publish: _ = try w.publish(round: nil, by: person)
    case .auditLog: _ = try w.auditLog(limit: 5, by: person)
    case .auditVerify: _ = try w.verifyAudit(by: person)
    case .auditHead: _ = try w.auditHead(by: person)
    case .auditCheckPublication:
      _ = try w.checkPublication(
        [PublishedFile(name: "ranking.json", bytes: Array(##"{"publication": "#1"}"##.utf8))],
        by: person)
    case .backup:
      _ = try w.backup(to: folder + "/b-\(UUID().uuidString).sqlite", replace: false, by: person)
    case .restore:
      // The copy is made outside the count (a backup is audited): made once, beforehand.
      _ = try w.restore(from: folder + "/restore-source.sqlite", by: person)
    case .submissionList: _ = try w.submissions(by: person)
    case .submissionEdit: _ = try w.createSubmission(SubmissionFields(), by: person)
    case .submissionSubmit:
      // Submission 1 is the entrant's draft (see `prepare`): refused for want of a file.
      _ = try w.submit(1, declaration: true, by: person)
    case .submissionWithdraw:
      _ = try w.withdrawSubmission(1, reason: "x", by: person)
    case .entryRequest:
      _ = try w.requestSupplement(
        code: "SK-0001", reason: "x", until: Day(parsing: "2019-12-01")!, by: person)
    case .entryIntake: _ = try w.intakeQueue(by: person)
    case .complaintAdd: _ = try w.fileComplaint(code: "SK-0001", text: "Điểm thấp", by: person)
    case .complaintFile: _ = try w.complain(submission: 1, text: "Điểm thấp", by: person)
    case .complaintList: _ = try w.complaints(by: person)
    case .complaintAccept: _ = try w.answerComplaint(id: 1, accept: true, reason: nil, by: person)
    case .complaintReject:
      _ = try w.answerComplaint(id: 1, accept: false, reason: "Quá hạn", by: person)
    case .assignRemark: _ = try w.assignRemark(complaint: 1, dryRun: true, by: person)
    case .complaintRemark:
      _ = try w.saveRemark(
        complaint: 1, judge: "gk01", points: [:], comment: "", version: 0, submit: true,
        by: person)
    case .complaintDecide:
      _ = try w.decideComplaint(
        id: 1, outcome: .upheld, reason: "Giữ nguyên", confirm: false, by: person)
    }
  }

  @Test("called by each role, refused exactly where the table says", arguments: UseCase.allCases)
  func everyUseCase(useCase: UseCase) throws {
    let contest = try ContestFixture(
      contestExtra: "intake: {closes: '2019-11-15 17:00'}")
    try Self.prepare(useCase, contest)
    let entrant = try Self.entrant(contest)
    for person in [contest.secretariat, contest.organiser, try contest.judge("gk01"), entrant] {
      let expected = Policy.refusal(useCase, by: person, judge: "gk01")
      let before = try contest.auditCount()
      let error = refusal {
        try Self.call(useCase, contest.workflow, person, folder: contest.folder)
      }
      let who = person.actor.map { "\($0.role)" } ?? "?"
      if expected == nil {
        if case .notPermitted = error {
          Issue.record("\(useCase.rawValue) by \(who) refused: \(String(describing: error))")
        }
      } else {
        guard case .notPermitted = error else {
          Issue.record(
            "\(useCase.rawValue) by \(who) was not refused: \(String(describing: error))")
          continue
        }
        // Audited, and nothing else written.
        let log = try contest.workflow.auditLog(by: contest.secretariat)
        #expect(
          log.count == before + 1 && log.last?.action == "access.refused", "\(useCase.rawValue)")
      }
    }
  }
}

extension EveryUseCaseTests {
  /// What a use case needs in place before anyone calls it.
  static func prepare(_ useCase: UseCase, _ contest: ContestFixture) throws {
    if useCase == .restore {
      _ = try contest.workflow.backup(
        to: contest.folder + "/restore-source.sqlite", replace: false, by: contest.secretariat)
    }
    guard [.scoreVoid, .scoreRestore, .scoreReopen].contains(useCase) else { return }
    let w = contest.workflow
    let code = try w.worklist(round: nil, judge: "gk02", by: contest.secretariat).items[0].code
    _ = try w.enterSheet(
      round: nil, judge: "gk02", entry: code, points: ContestFixture.points, comment: "",
      by: contest.secretariat)
    if useCase == .scoreRestore {
      _ = try w.voidSheet(
        round: nil, judge: "gk02", entry: code, reason: "x", by: contest.secretariat)
    }
  }
}

extension EveryUseCaseTests {
  /// An entrant with a verified account and one draft (submission 1).
  static func entrant(_ contest: ContestFixture) throws -> Person {
    let w = contest.workflow
    let limiter = IntakeLimiter()
    let email = try w.signUp(
      SignUpForm(email: "an@example.vn", name: "Người Dự Thi", password: "mat-khau-dai-du-10"),
      address: "10.0.0.1", limiter: limiter, site: nil, hash: { "h" + $0 })
    let mail = try #require(try w.mail(by: contest.secretariat).last)
    let line = try #require(mail.text.split(separator: "\n").first { $0.hasPrefix("Mã xác minh:") })
    try w.verifyEntrant(
      email: email, code: String(line.suffix(6)), address: "10.0.0.1", limiter: limiter)
    let person = try w.person(named: email)
    _ = try w.createSubmission(SubmissionFields(), by: person)
    return person
  }
}

extension ContestFixture {
  /// The secretariat of a workflow's contest (the fixture's first member of staff).
  static func staffOf(_ w: Workflow) throws -> Person { try w.person(named: "Thư ký Test") }
}
