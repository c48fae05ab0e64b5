import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// The trust rules of DESIGN ("Trust rules that hold whatever the front end"): what a
/// contest run by its real users found, each with the test that failed before.
@Suite("trust rules: a closed round is closed to everyone, pending changes, publications")
struct TrustRulesTests {
  /// The demo contest with gk01's first preliminary entry submitted by gk01.
  static func scored() throws -> (ContestFixture, String) {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    _ = try contest.workflow.enterSheet(
      round: "so-khao", judge: "gk01", entry: code, points: ContestFixture.points,
      comment: "Tốt", by: try contest.judge("gk01"))
    return (contest, code)
  }

  static func counted(_ contest: ContestFixture, _ code: String) throws -> Bool {
    let context = try RoundContext.load(contest.workflow.database, round: "so-khao")
    return context.scoredSheets.contains { $0.judge == "gk01" && $0.entry == code }
  }

  @Test("a judge's own declaration in a closed round is refused and changes nothing")
  func ownDeclarationClosed() throws {
    let (contest, code) = try Self.scored()
    let w = contest.workflow
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let before = try w.rank(round: "so-khao", by: contest.organiser).document.json.canonicalText
    let records = try contest.auditCount()
    let error = refusal {
      try w.declareOwnConflict(
        round: "so-khao", judge: "gk01", entry: code, reason: "Người nhà",
        by: try contest.judge("gk01"))
    }
    #expect(error == .wrongState(WorkflowText.roundClosed("so-khao")))
    #expect(try Self.counted(contest, code))
    #expect(try contest.auditCount() == records)
    let after = try w.rank(round: "so-khao", by: contest.organiser).document.json.canonicalText
    #expect(before == after)
  }

  @Test("a judge's declaration acts on the round in its path, and only on their own pairs")
  func ownDeclarationScope() throws {
    let (contest, code) = try Self.scored()
    let w = contest.workflow
    let gk01 = try contest.judge("gk01")
    // The final (judges_per_entry: all) has no shortlist yet: the entry is not gk01's there.
    #expect(
      refusal {
        try w.declareOwnConflict(
          round: "chung-khao", judge: "gk01", entry: code, reason: "x", by: gk01)
      } == .notPermitted(WorkflowText.notYourEntry("gk01", code)))
    // An entry of the preliminary not assigned to gk01.
    let mine = Set(try w.worklist(round: "so-khao", judge: "gk01", by: gk01).items.map(\.code))
    let other = try w.entries(by: contest.secretariat).map(\.code).first { !mine.contains($0) }!
    let records = try contest.auditCount()
    #expect(
      refusal {
        try w.declareOwnConflict(
          round: "so-khao", judge: "gk01", entry: other, reason: "x", by: gk01)
      } == .notPermitted(WorkflowText.notYourEntry("gk01", other)))
    #expect(try contest.auditCount() == records)
    // Declared in the open preliminary: that round's sheet is set aside, for that round.
    let declared = try w.declareOwnConflict(
      round: "so-khao", judge: "gk01", entry: code, reason: "Người nhà", by: gk01)
    #expect(declared.setAside == [RoundPair(round: "so-khao", judge: "gk01", entry: code)])
    #expect(try !Self.counted(contest, code))
    let note = try w.database.conflictNotes(judge: "gk01").first { $0.entry == code }
    #expect(note?.round == "so-khao")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test(
    "conflict add, a judge's new unit and a rejection refused when they would change a closed round"
  )
  func closedRoundKept() throws {
    let (contest, code) = try Self.scored()
    let w = contest.workflow
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let records = try contest.auditCount()
    let refused = WorkflowText.closedRoundWouldChange(["so-khao"])
    #expect(
      refusal {
        try w.declareConflict(
          judge: "gk01", entry: code, reason: "Người nhà", by: contest.secretariat)
      } == .wrongState(refused))
    #expect(
      refusal {
        try w.setStatus(code: code, to: .rejected, reason: "Trùng", by: contest.secretariat)
      } == .wrongState(refused))
    let unit = try w.entry(code: code, by: contest.secretariat).entry.draft.unit
    #expect(
      refusal {
        try w.updateJudge(id: "gk01", changes: JudgeChanges(unit: unit), by: contest.secretariat)
      } == .wrongState(refused))
    #expect(
      refusal { try w.assign(round: "so-khao", by: contest.secretariat) }
        == .wrongState(WorkflowText.roundClosed("so-khao")))
    // Nothing written but the three refusals.
    #expect(try contest.auditCount() == records + 3)
    #expect(try Self.counted(contest, code))
    // For the open final only, the declaration is accepted and the preliminary untouched.
    _ = try w.declareConflict(
      judge: "gk01", entry: code, reason: "Người nhà", round: "chung-khao",
      by: contest.secretariat)
    #expect(try Self.counted(contest, code))
    // Reopened with a reason, the same change goes through.
    #expect(
      fields(refusal { try w.setRoundState("so-khao", to: .open, by: contest.organiser) }) == [
        "reason"
      ])
    try w.setRoundState("so-khao", to: .open, reason: "Khai xung đột muộn", by: contest.organiser)
    _ = try w.declareConflict(
      judge: "gk01", entry: code, reason: "Người nhà", by: contest.secretariat)
    #expect(try !Self.counted(contest, code))
    #expect(try w.auditLog(by: contest.secretariat).contains { $0.note == "Khai xung đột muộn" })
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("changes typed over a submitted sheet are pending: shown, listed, and closing waits")
  func pendingChanges() throws {
    let (contest, code) = try Self.scored()
    let w = contest.workflow
    let gk01 = try contest.judge("gk01")
    let view = try w.sheetView(round: "so-khao", judge: "gk01", entry: code, by: gk01)
    #expect(!view.pending && view.submittedTotal == view.total)
    var changed = ContestFixture.points
    changed["novelty"] = 18
    let saved = try w.saveSheet(
      round: "so-khao", judge: "gk01", entry: code, points: changed, comment: "Tốt",
      version: view.version, submit: false, by: gk01)
    #expect(saved.state == .draft)
    let shown = try w.sheetView(round: "so-khao", judge: "gk01", entry: code, by: gk01)
    #expect(shown.pending)
    #expect(shown.submittedTotal.map { "\($0)" } == "77")
    #expect("\(shown.total)" == "75")
    // The submitted sheet still counts.
    let ranked = try w.rank(round: "so-khao", by: contest.organiser).ranking.entries
    #expect(ranked.first { $0.entry.code == code }?.judgeTotals["gk01"].map { "\($0)" } == "77")
    let status = try w.roundStatus(round: "so-khao", by: contest.organiser)
    #expect(
      status.pendingChanges.map(\.key) == [RoundPair(round: "so-khao", judge: "gk01", entry: code)])
    // Closing is refused, naming the pair; nothing is written but what refusals write.
    let error = refusal { try w.setRoundState("so-khao", to: .closed, by: contest.organiser) }
    #expect(error?.description.contains("gk01 \(code)") == true)
    #expect(try w.database.roundStates()["so-khao"] == .open)
    // Discarded on request: closed, one record per pair, the submitted sheet counts.
    let change = try w.setRoundState(
      "so-khao", to: .closed, discardPending: true, by: contest.organiser)
    #expect(change.discarded == [RoundPair(round: "so-khao", judge: "gk01", entry: code)])
    #expect(
      try w.auditLog(by: contest.secretariat).filter { $0.action == "score.discard" }.count == 1)
    let after = try w.sheetView(round: "so-khao", judge: "gk01", entry: code, by: gk01)
    #expect(!after.pending && "\(after.total)" == "77")
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("every published file is recognised by its SHA-256; an edited or added file is named")
  func everyFileProvesItself() throws {
    let (contest, _) = try Self.scored()
    let w = contest.workflow
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let first = try w.publish(round: "so-khao", by: contest.organiser)
    #expect(first.supersedes == nil)
    let check = try w.checkPublication(first.files, by: contest.secretariat)
    #expect(check.isGenuine, "\(check.findings.map(\.sentence)) \(check.problems)")
    #expect(Set(check.matched) == Set(first.files.map(\.name)))
    #expect(
      Set(first.files.map(\.name)).isSuperset(of: [
        "bien-ban.docx", "bang-tong-hop.xlsx", "ranking.xlsx",
      ]))
    // One byte changed in the minutes, and a stranger in the folder.
    var files = first.files
    let index = files.firstIndex { $0.name == "bien-ban.docx" }!
    files[index].bytes[files[index].bytes.count / 2] ^= 0x01
    files.append(PublishedFile(name: "ghi-chu.txt", bytes: Array("thêm".utf8)))
    let edited = try w.checkPublication(files, by: contest.secretariat)
    #expect(!edited.isGenuine)
    let verdicts = Dictionary(uniqueKeysWithValues: edited.findings.map { ($0.name, $0) })
    #expect(verdicts["bien-ban.docx"]?.verdict == .changed)
    #expect(verdicts["bien-ban.docx"]?.publication == first.id)
    #expect(verdicts["ghi-chu.txt"]?.verdict == .notPublished)
    #expect(verdicts["ranking.csv"]?.verdict == .unchanged)
    // A file renamed is still recognised by its bytes.
    let renamed = PublishedFile(name: "ban-sao.docx", bytes: first.files[index].bytes)
    let found = try w.checkPublication([renamed], by: contest.secretariat).findings[0]
    #expect(found.verdict == .unchanged && found.publishedAs == "bien-ban.docx")
    // Reopened, changed and published again: the old files say they are superseded.
    let change = try w.setRoundState(
      "so-khao", to: .open, reason: "Phiếu gk01 nhập nhầm", by: contest.organiser)
    #expect(change.published == first.id)
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let second = try w.publish(round: "so-khao", by: contest.organiser)
    #expect(second.supersedes == first.id && second.because == ["Phiếu gk01 nhập nhầm"])
    let old = try w.checkPublication(first.files, by: contest.secretariat)
    // Files that carry the publication's code differ between the two: the old ones say
    // they are replaced, and why. (A file with the same bytes in both is the newer one's.)
    let minutes = old.findings.first { $0.name == "bien-ban.docx" }!
    #expect(minutes.publication == first.id && minutes.supersededBy == second.id)
    #expect(minutes.sentence.contains("Phiếu gk01 nhập nhầm"))
    #expect(old.findings.first { $0.name == "ranking.json" }?.supersededBy == second.id)
    // The files are kept inside the database.
    let kept = try w.publishedFile(
      publication: second.id, name: "bien-ban.docx", by: contest.organiser)
    #expect(kept == second.files.first { $0.name == "bien-ban.docx" }!.bytes)
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("changing a published entry warns that the published result will be superseded")
  func publishedEntryWarns() throws {
    let (contest, code) = try Self.scored()
    let w = contest.workflow
    let publication = try w.publish(round: "so-khao", by: contest.organiser)
    let change = try w.updateEntry(
      code: code, changes: [.field: "Tư pháp - Hộ tịch"], by: contest.secretariat)
    #expect(
      change.warnings.map(\.message)
        == [WorkflowText.entryPublished(code, publication.id, "so-khao")])
  }

  @Test("removing a judge takes a reason; a removed judge is put back, assignable again")
  func removeAndReinstate() throws {
    let (contest, code) = try Self.scored()
    let w = contest.workflow
    #expect(
      fields(
        refusal {
          try w.removeJudge(id: "gk01", dropScores: false, reason: " ", by: contest.secretariat)
        })
        == ["reason"])
    _ = try w.removeJudge(
      id: "gk01", dropScores: false, reason: "Đi công tác dài", by: contest.secretariat)
    // Kept sheets still count; the judge is off the jury.
    #expect(try Self.counted(contest, code))
    #expect(try !w.judges(by: contest.secretariat).contains { $0.id == "gk01" })
    #expect(
      refusal {
        try w.removeJudge(id: "gk01", dropScores: false, reason: "lại", by: contest.secretariat)
      }
        == .notFound(StorageError.judgeNotFound(id: "gk01").description))
    let judge = try w.reinstateJudge(id: "gk01", reason: "Đã về", by: contest.secretariat)
    #expect(judge.active)
    #expect(try w.judges(by: contest.secretariat).contains { $0.id == "gk01" })
    #expect(try Self.counted(contest, code))
    #expect(
      refusal { try w.reinstateJudge(id: "gk01", reason: "x", by: contest.secretariat) }
        == .wrongState(WorkflowText.judgeStillOnJury("gk01")))
    let log = try w.auditLog(by: contest.secretariat)
    #expect(log.contains { $0.action == "judge.remove" && $0.note == "Đi công tác dài" })
    #expect(log.contains { $0.action == "judge.reinstate" && $0.note == "Đã về" })
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("a backup holds the published files, and restore creates a database where there is none")
  func backupHoldsEverything() throws {
    let (contest, _) = try Self.scored()
    let w = contest.workflow
    let publication = try w.publish(round: "so-khao", by: contest.organiser)
    let copy = contest.folder + "/copy.sqlite"
    _ = try w.backup(to: copy, replace: false, by: contest.secretariat)
    let target = contest.folder + "/new-machine/sangkien.sqlite"
    try FileManager.default.createDirectory(
      atPath: contest.folder + "/new-machine", withIntermediateDirectories: true)
    #expect(
      refusal { try Workflow.restoreNew(from: copy, to: target, actor: "Người lạ") }
        == .notPermitted(StorageError.notSecretariat(name: "Người lạ", path: copy).description))
    #expect(!FileManager.default.fileExists(atPath: target))
    let result = try Workflow.restoreNew(from: copy, to: target, actor: "Thư ký Test")
    #expect(result.keptAs == nil)
    let restored = try Workflow.open(path: target, clock: { fixedNow })
    let organiser = try restored.person(named: "Phạm Tổ Chức")
    for file in publication.files {
      #expect(
        try restored.publishedFile(publication: publication.id, name: file.name, by: organiser)
          == file.bytes)
    }
    #expect(try restored.verifyAudit(by: organiser).isIntact)
  }
}
