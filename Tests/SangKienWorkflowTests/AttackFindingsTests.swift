import Foundation
import GRDB
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienStorage
@testable import SangKienWorkflow

/// What an attack on the web application found that the workflow answers, each with the
/// test that failed before.
@Suite("attack findings: bounded text, a judge's draft is theirs, backups on the record")
struct AttackFindingsTests {
  /// `body`'s result, run while another connection holds the database's write lock.
  static func withWriteLockHeld<T>(_ path: String, _ body: () throws -> T) throws -> T {
    let other = try DatabaseQueue(path: path)
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? other.inDatabase { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        holding.signal()
        release.wait()
        try db.execute(sql: "ROLLBACK")
      }
      finished.signal()
    }
    holding.wait()
    defer {
      release.signal()
      finished.wait()
      try? other.close()
    }
    return try body()
  }

  @Test("a comment or a reason past its limit is refused, naming the field and the limit")
  func boundedText() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try contest.firstCode()
    let judge = try contest.judge("gk01")
    let records = try contest.auditCount()
    let long = String(repeating: "Nhận xét dài. ", count: 400)  // 5,600 characters
    let saved = refusal {
      try w.saveSheet(
        round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: long,
        version: 0, submit: true, by: judge)
    }
    #expect(saved?.problems.first?.field == "comment")
    #expect(saved?.problems.first?.message.contains("4000") == true, "\(String(describing: saved))")
    #expect(
      refusal {
        try w.enterSheet(
          round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: long,
          by: contest.secretariat)
      }?.problems.first?.field == "comment")
    let reason = String(repeating: "lý do ", count: 200)  // 1,200 characters
    #expect(
      refusal {
        try w.declareConflict(judge: "gk02", entry: code, reason: reason, by: contest.secretariat)
      }?.problems.first?.field == "reason")
    #expect(
      refusal {
        try w.setStatus(code: code, to: .withdrawn, reason: reason, by: contest.secretariat)
      }?
      .problems.first?.field == "reason")
    #expect(
      refusal {
        try w.importEntries(
          .path(packageRoot + "/Seeds/demo/entries.csv"),
          allowances: Allowances(lateReason: reason, duplicates: true), dryRun: true,
          by: contest.secretariat)
      }?.problems.first?.field == "reason")
    // A score file's comment: named by its line.
    let header =
      "round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment\n"
    let rows = header + "so-khao,gk01,\(code),20,15,8,8,8,10,8,\(long)\n"
    let file = try contest.write("s.csv", rows)
    let imported = refusal { try w.importSheets(.path(file), round: nil, by: contest.secretariat) }
    #expect(imported?.problems.first?.field == "comment" && imported?.problems.first?.line == 2)
    // Refused before anything: only the audit records of refusals, none here.
    #expect(try contest.auditCount() == records)
  }

  @Test("the secretariat enters a judge's sheet by submitting it, never by writing the draft")
  func staffDraft() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    let error = refusal {
      try contest.workflow.saveSheet(
        round: nil, judge: "gk01", entry: code, points: ["novelty": 1], comment: "", version: 0,
        submit: false, by: contest.secretariat)
    }
    #expect(error?.isNotPermitted == true, "\(String(describing: error))")
    let view = try contest.workflow.sheetView(
      round: nil, judge: "gk01", entry: code, by: contest.secretariat)
    #expect(view.points.isEmpty && view.version == 0)
    // Submitting is allowed, and audited.
    _ = try contest.workflow.saveSheet(
      round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: "",
      version: 0, submit: true, by: contest.secretariat)
    #expect(try contest.workflow.auditLog(by: contest.secretariat).last?.action == "score.enter")
  }

  @Test("a backup is on the record, in the copy too")
  func backupAudited() throws {
    let contest = try ContestFixture()
    let path = contest.folder + "/sao-luu.sqlite"
    _ = try contest.workflow.backup(to: path, replace: false, by: contest.secretariat)
    #expect(
      try contest.workflow.auditLog(by: contest.secretariat).last?.action == "database.backup")
    let copy = try Workflow.open(path: path)
    #expect(
      try copy.auditLog(by: try copy.person(named: "Thư ký Test")).last?.action == "database.backup"
    )
    #expect(try contest.workflow.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("a score file's dry run reads on a snapshot: it never waits for the write lock")
  func dryRunWithoutLock() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    let header =
      "round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment\n"
    let file = try contest.write("s.csv", header + "so-khao,gk01,\(code),20,15,8,8,8,10,8,Tốt\n")
    // Another desk holds the write lock (a long import, say) while the file is checked.
    // Before, the check itself asked for the lock: 30 s of waiting, then "busy".
    let checked = try Self.withWriteLockHeld(contest.path) {
      try contest.workflow.importSheets(
        .path(file), round: nil, dryRun: true, by: contest.secretariat)
    }
    #expect(checked.added == 1 && checked.dryRun)
    // For real, once the lock is free: stored, and the counts are the store's.
    let done = try contest.workflow.importSheets(.path(file), round: nil, by: contest.secretariat)
    #expect(done.added == 1 && !done.dryRun)
  }

  @Test("a judge learns nothing of the register, the statuses or a round's list from refusals")
  func judgeLearnsNothing() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let judge = try contest.judge("gk01")
    let mine = try w.worklist(round: "so-khao", judge: "gk01", by: judge).items.map(\.code)
    let unassigned = try w.entries(by: contest.secretariat).map(\.code).first {
      !mine.contains($0)
    }!
    // One of gk01's own entries withdrawn: no longer scored, and not theirs to know why.
    _ = try w.setStatus(code: mine[1], to: .withdrawn, reason: "Rút", by: contest.secretariat)
    for code in ["SK-9999", unassigned, mine[1]] {
      let expected = WorkflowError.notPermitted(
        WorkflowText.notAssigned("gk01", code, round: "so-khao"))
      #expect(
        refusal { try w.sheet(round: "so-khao", judge: "gk01", entry: code, by: judge) }
          == expected, "\(code)")
      #expect(
        refusal {
          try w.saveSheet(
            round: "so-khao", judge: "gk01", entry: code, points: [:], comment: "", version: 0,
            submit: false, by: judge)
        } == expected, "\(code)")
    }
    // The final has no list yet: a preliminary entry is "not assigned" there too.
    #expect(
      refusal { try w.sheet(round: "chung-khao", judge: "gk01", entry: mine[0], by: judge) }
        == .notPermitted(WorkflowText.notAssigned("gk01", mine[0], round: "chung-khao")))
    // The secretariat is told what it is.
    #expect(
      refusal {
        try w.sheet(round: "so-khao", judge: "gk01", entry: "SK-9999", by: contest.secretariat)
      }?.isNotPermitted == false)
  }

  @Test("an entries file's dry run reads on a snapshot too, with the codes the import will give")
  func entriesDryRunWithoutLock() throws {
    let contest = try ContestFixture()
    let header =
      "code,title,category,entrant_kind,authors,unit,field,received_by,received_on,summary\n"
    let file = try contest.write(
      "e.csv",
      header
        + ",Tra cứu hồ sơ qua mã QR,sáng kiến,cá nhân,Lê Văn Mới,UBND phường Láng Hạ,Hộ tịch,Tổ thư ký,2019-10-01,Mã QR trên phiếu hẹn.\n"
        + ",Nhắc lịch hẹn qua tin nhắn,giải pháp,tập thể,Trần Thị Hai,UBND quận Đống Đa,Đất đai,Tổ thư ký,2019-10-02,Tin nhắn nhắc lịch.\n"
    )
    let checked = try Self.withWriteLockHeld(contest.path) {
      try contest.workflow.importEntries(.path(file), dryRun: true, by: contest.secretariat)
    }
    let done = try contest.workflow.importEntries(.path(file), by: contest.secretariat)
    #expect(checked.count == 2 && done.count == 2)
    #expect(checked.firstCode == done.firstCode && checked.lastCode == done.lastCode)
    #expect(try contest.workflow.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("an assignments file's and a judges file's dry runs check on a snapshot too")
  func otherDryRunsWithoutLock() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let pairs = try w.assignments(round: "so-khao", by: contest.secretariat)
    let bytes = AssignmentCSV.bytes(pairs)
    let judges = "id,name,unit,field\ngk90,Nguyễn Văn Mới,Sở Nội vụ,Hộ tịch\n"
    let (assigned, added) = try Self.withWriteLockHeld(contest.path) {
      (
        try w.importAssignments(
          .bytes(bytes, name: "assign.csv"), round: "so-khao", dryRun: true,
          by: contest.secretariat),
        try w.importJudges(
          .bytes(Array(judges.utf8), name: "judges.csv"), dryRun: true, by: contest.secretariat)
      )
    }
    #expect(assigned.added == 0 && assigned.dryRun, "every pair is there already")
    #expect(added.judges.map(\.id) == ["gk90"])
    #expect(try w.judges(by: contest.secretariat).allSatisfy { $0.id != "gk90" })
  }

  @Test("a full disk is said as such, not as SQLite's words")
  func diskFull() {
    let error = StorageError.wrap(
      DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full"))
    #expect(
      error.description.contains("đầy") || error.description.contains("full: nothing was written"))
  }
}
