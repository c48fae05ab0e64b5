import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// Re-marking a complaint's entry and the organisers' decision on it (phúc khảo), worked by
/// hand: upheld (nothing changes), amended (a prize changes hands, the next publication
/// supersedes the old with its papers), a re-marker in conflict replaced, the entrant told.
@Suite("re-marking and the decision on a complaint")
struct RemarkingTests {
  /// The Hanoi contest with its final round marked by three judges an entry (so that six of
  /// the nine are free to re-mark any entry) and complaints by `method`; the preliminary
  /// round scored, advanced and closed, the final scored from the demo's sheets and
  /// published (#publication).
  static func finalPublished(method: String = "mean-remarks") throws -> (
    ContestFixture, Publication
  ) {
    let f = try ContestFixture(
      contestExtra:
        "complaints: {days: 10, answer_days: 30, remarking_judges: 2, method: \(method)}",
      finalPerEntry: 3)
    let w = f.workflow
    let scores = FileSource.path(packageRoot + "/Seeds/demo/scores.csv")
    _ = try w.importSheets(scores, round: "so-khao", skipUnassigned: true, by: f.secretariat)
    _ = try w.advance(AdvanceInput(from: "so-khao", to: "chung-khao"), by: f.organiser)
    try w.setRoundState("so-khao", to: .closed, by: f.organiser)
    _ = try w.assign(round: "chung-khao", by: f.secretariat)
    _ = try w.importSheets(scores, round: "chung-khao", skipUnassigned: true, by: f.secretariat)
    let publication = try w.publish(
      round: "chung-khao", acceptingDisagreements: "Ban Giám khảo thống nhất", by: f.organiser)
    return (f, publication)
  }

  /// Full marks on every criterion: a re-mark that lifts any entry to the top.
  static let fullMarks: [String: Decimal] = [
    "novelty": 25, "feasibility": 20, "time": 10, "cost": 10, "steps": 10, "replicability": 15,
    "presentation": 10,
  ]

  /// Files a complaint about `code`, accepts it and gives it its re-markers.
  static func accepted(_ f: ContestFixture, _ code: String) throws -> (Complaint, [String]) {
    let w = f.workflow
    let filed = try w.fileComplaint(code: code, text: "Đề nghị phúc khảo", by: f.secretariat)
    _ = try w.answerComplaint(id: filed.id, accept: true, reason: nil, by: f.secretariat)
    let plan = try w.assignRemark(complaint: filed.id, by: f.secretariat)
    return (filed, plan.added)
  }

  /// Every judge with a sheet for `code` in either round.
  static func markedBy(_ f: ContestFixture, _ code: String) throws -> Set<String> {
    var judges: Set<String> = []
    for round in ["so-khao", "chung-khao"] {
      let sheets = try f.workflow.sheets(
        round: round, judge: nil, entry: code, by: f.secretariat)
      judges.formUnion(sheets.lines.map(\.key.judge))
    }
    return judges
  }

  static func place(_ f: ContestFixture, _ code: String) throws -> RankedEntry? {
    try f.workflow.rank(round: "chung-khao", by: f.organiser).ranking.entries.first {
      $0.entry.code == code
    }
  }

  @Test(
    "re-markers never marked the entry, see it blind without the earlier marks; upheld changes nothing"
  )
  func upheld() throws {
    let (f, publication) = try Self.finalPublished()
    let w = f.workflow
    let code = "SK-0001"
    let before = try #require(try Self.place(f, code))
    // Refused before the secretariat accepts it.
    let filed = try w.fileComplaint(code: code, text: "Điểm thấp", by: f.secretariat)
    guard case .wrongState = refusal({ try w.assignRemark(complaint: filed.id, by: f.secretariat) })
    else {
      Issue.record("a complaint not accepted was given re-markers")
      return
    }
    _ = try w.answerComplaint(id: filed.id, accept: true, reason: nil, by: f.secretariat)
    let dry = try w.assignRemark(complaint: filed.id, dryRun: true, by: f.secretariat)
    #expect(dry.added.count == 2 && dry.dryRun)
    #expect(try w.remarks(complaint: filed.id, by: f.secretariat).isEmpty)
    let plan = try w.assignRemark(complaint: filed.id, by: f.secretariat)
    #expect(plan.added == dry.added)
    // Nobody who marked the entry in either round, nor any judge it is assigned to.
    let marked = try Self.markedBy(f, code)
    #expect(!marked.isEmpty && marked.isDisjoint(with: plan.added))
    // Enough already: a second run adds nobody.
    #expect(try w.assignRemark(complaint: filed.id, by: f.secretariat).added.isEmpty)
    // The re-marker sees the entry as a judge does, with nothing scored on it.
    let remarker = try f.judge(plan.added[0])
    let view = try w.remarkView(complaint: filed.id, judge: plan.added[0], by: remarker)
    #expect(view.sheet.item.code == code && view.sheet.points.isEmpty && view.sheet.state == .todo)
    #expect(view.sheet.item.files.allSatisfy { $0.addedBy.isEmpty })
    let list = try w.remarkList(judge: plan.added[0], by: remarker)
    #expect(list.map(\.complaint) == [filed.id])
    // A judge who is not a re-marker finds no such sheet; a re-marker not another's.
    let outsider = try #require(marked.first)
    guard
      case .notFound = refusal({
        try w.remarkView(complaint: filed.id, judge: outsider, by: try f.judge(outsider))
      }),
      case .notPermitted = refusal({
        try w.remarkView(complaint: filed.id, judge: plan.added[1], by: remarker)
      })
    else {
      Issue.record("a re-marking sheet reached someone not re-marking it")
      return
    }
    // Not decided before every sheet is in.
    guard
      case .wrongState(let early) = refusal({
        try w.decideComplaint(
          id: filed.id, outcome: .upheld, reason: "x", confirm: false, by: f.organiser)
      })
    else {
      Issue.record("a complaint was decided with no re-marks")
      return
    }
    #expect(early.contains("0/2"))
    // A draft, a stale tab refused, then the sheet submitted: final.
    let draft = try w.saveRemark(
      complaint: filed.id, judge: plan.added[0], points: ["novelty": 15], comment: "",
      version: 0, submit: false, by: remarker)
    #expect(draft.sheet.state == .draft && draft.sheet.version == 1)
    guard
      case .wrongState = refusal({
        try w.saveRemark(
          complaint: filed.id, judge: plan.added[0], points: ["novelty": 16], comment: "",
          version: 0, submit: false, by: remarker)
      })
    else {
      Issue.record("a stale re-marking sheet was saved")
      return
    }
    // Submitted, every criterion needs its points: each missing one named by its field.
    let missing = fields(
      refusal {
        try w.saveRemark(
          complaint: filed.id, judge: plan.added[0], points: ["novelty": 15], comment: "",
          version: 1, submit: true, by: remarker)
      })
    #expect(
      Set(missing) == [
        "points.cost", "points.feasibility", "points.presentation", "points.replicability",
        "points.steps", "points.time",
      ])
    for judge in plan.added {
      let v = try w.remarkView(complaint: filed.id, judge: judge, by: f.secretariat)
      _ = try w.saveRemark(
        complaint: filed.id, judge: judge, points: ContestFixture.points, comment: "Giữ nguyên",
        version: v.sheet.version, submit: true, by: f.secretariat)
    }
    guard
      case .wrongState = refusal({
        try w.saveRemark(
          complaint: filed.id, judge: plan.added[0], points: ContestFixture.points, comment: "",
          version: 2, submit: true, by: remarker)
      })
    else {
      Issue.record("a submitted re-marking sheet changed")
      return
    }
    // Nothing ranks by the re-marks before the decision.
    #expect(try Self.place(f, code) == before)
    let records = try f.auditCount()
    let preview = try w.decideComplaint(
      id: filed.id, outcome: .upheld, reason: "Điểm phúc khảo không khác biệt", confirm: false,
      by: f.organiser)
    #expect(!preview.written && preview.publication == publication.id)
    #expect(preview.lines.map(\.code) == [code] && preview.moved.isEmpty)
    #expect(preview.remarkers.map(\.total) == [Points(77)!, Points(77)!])
    #expect(try f.auditCount() == records)
    let decided = try w.decideComplaint(
      id: filed.id, outcome: .upheld, reason: "Điểm phúc khảo không khác biệt", confirm: true,
      expecting: preview.auditHead, by: f.organiser)
    #expect(decided.written && decided.complaint.state == .decided)
    #expect(decided.complaint.outcome == .upheld && decided.complaint.amendedHundredths == nil)
    // Nothing changes: the ranking, and the published files still what the data leads to.
    #expect(try Self.place(f, code) == before)
    let check = try w.checkPublication(publication.files, by: f.organiser)
    #expect(check.isGenuine, "\(check.problems)")
    // Decided once.
    guard
      case .wrongState = refusal({
        try w.decideComplaint(
          id: filed.id, outcome: .amended, reason: "x", confirm: true, by: f.organiser)
      })
    else {
      Issue.record("a complaint was decided twice")
      return
    }
    // A later publication answers it with the minutes, and no amending decision.
    let next = try w.publish(
      round: "chung-khao", acceptingDisagreements: "Ban Giám khảo thống nhất", by: f.organiser)
    #expect(next.files.contains { $0.name == "bien-ban-phuc-khao.docx" })
    #expect(!next.files.contains { $0.name == "quyet-dinh-dieu-chinh.docx" })
    #expect(try w.verifyAudit(by: f.secretariat).isIntact)
  }

  @Test(
    "amended: the score follows the method, a prize changes hands, the next publication supersedes the old with its papers"
  )
  func amended() throws {
    let (f, publication) = try Self.finalPublished()
    let w = f.workflow
    let ranking = try w.rank(round: "chung-khao", by: f.organiser).ranking
    // The individual entry ranked lowest without the first prize; full marks lift it to
    // the group's first prize.
    let target = try #require(
      ranking.entries.last {
        $0.prize != "Giải Nhất" && $0.entry.group == "individual" && $0.rank != nil
      })
    let first = try #require(
      ranking.entries.first { $0.prize == "Giải Nhất" && $0.entry.group == "individual" })
    let code = target.entry.code
    let (complaint, remarkers) = try Self.accepted(f, code)
    for judge in remarkers {
      _ = try w.saveRemark(
        complaint: complaint.id, judge: judge, points: Self.fullMarks, comment: "",
        version: 0, submit: true, by: try f.judge(judge))
    }
    let preview = try w.decideComplaint(
      id: complaint.id, outcome: .amended, reason: "Phúc khảo chấm cao hơn", confirm: false,
      by: f.organiser)
    #expect(preview.score == 10_000)
    #expect(preview.lines.first?.code == code && preview.lines.first?.after?.prize == "Giải Nhất")
    #expect(preview.prizesChanged.map(\.code).contains(first.entry.code))
    #expect(preview.lines.first?.before?.hundredths == target.hundredths)
    // Anything written since the preview refuses its confirmation.
    _ = try w.addStaff(name: "Người Mới", role: .secretariat, by: f.secretariat)
    guard
      case .wrongState = refusal({
        try w.decideComplaint(
          id: complaint.id, outcome: .amended, reason: "Phúc khảo chấm cao hơn", confirm: true,
          expecting: preview.auditHead, by: f.organiser)
      })
    else {
      Issue.record("a stale preview was confirmed")
      return
    }
    let decided = try w.decideComplaint(
      id: complaint.id, outcome: .amended, reason: "Phúc khảo chấm cao hơn", confirm: true,
      by: f.organiser)
    #expect(decided.complaint.amendedHundredths == 10_000)
    let now = try #require(try Self.place(f, code))
    #expect(now.hundredths == 10_000 && now.prize == "Giải Nhất")
    #expect(now.settlement == .amended(complaint: complaint.id, sheets: 2, remarksOnly: true))
    #expect(try Self.place(f, first.entry.code)?.prize != "Giải Nhất")
    // The next publication supersedes the old, names the complaint, adds both papers.
    let next = try w.publish(
      round: "chung-khao", acceptingDisagreements: "Ban Giám khảo thống nhất", by: f.organiser)
    #expect(next.supersedes == publication.id)
    let names = Set(next.files.map(\.name))
    #expect(names.isSuperset(of: ["bien-ban-phuc-khao.docx", "quyet-dinh-dieu-chinh.docx"]))
    let record = try #require(
      try w.publications(by: f.organiser).first { $0.record.id == next.id }?.record)
    #expect(record.complaints == [complaint.id])
    let old = try w.checkPublication(publication.files, by: f.organiser)
    let finding = try #require(old.findings.first { $0.name == "ranking.json" })
    #expect(finding.supersededBy == next.id && finding.complaints == [complaint.id])
    Language.$current.withValue(.en) {
      #expect(finding.sentence.contains("superseded by publication #\(next.id) (complaint #1)"))
    }
    #expect(try w.checkPublication(next.files, by: f.organiser).isGenuine)
    #expect(try w.verifyAudit(by: f.secretariat).isIntact)
    // A third publication answers nothing new.
    let third = try w.publish(
      round: "chung-khao", acceptingDisagreements: "Ban Giám khảo thống nhất", by: f.organiser)
    #expect(!third.files.contains { $0.name == "bien-ban-phuc-khao.docx" })
  }

  @Test("mean-all: every sheet counts, the earlier ones and the re-marks")
  func meanAll() throws {
    let (f, _) = try Self.finalPublished(method: "mean-all")
    let w = f.workflow
    let code = "SK-0001"
    let earlier = try w.sheets(round: "chung-khao", judge: nil, entry: code, by: f.secretariat)
      .lines
    let (complaint, remarkers) = try Self.accepted(f, code)
    for judge in remarkers {
      _ = try w.saveRemark(
        complaint: complaint.id, judge: judge, points: Self.fullMarks, comment: "",
        version: 0, submit: true, by: f.secretariat)
    }
    let decided = try w.decideComplaint(
      id: complaint.id, outcome: .amended, reason: "Tính cả phiếu cũ", confirm: true,
      by: f.organiser)
    let scorer = try w.rank(round: "chung-khao", by: f.organiser).context.scorer
    let totals =
      try earlier.map {
        try scorer.sheet(judge: $0.key.judge, entry: code, points: $0.points).get().total
      } + [Points(100)!, Points(100)!]
    let mean = ExactMean(sum: totals.reduce(Points.zero, +), count: totals.count)
    #expect(decided.complaint.amendedHundredths == mean.hundredths)
    #expect(decided.complaint.method == .meanAll)
    #expect(try Self.place(f, code)?.hundredths == mean.hundredths)
  }

  @Test(
    "a re-marker who declares a conflict, or one the secretariat finds, is replaced by assign repair, even in a closed round"
  )
  func conflictRepair() throws {
    let (f, _) = try Self.finalPublished()
    let w = f.workflow
    try w.setRoundState("chung-khao", to: .closed, by: f.organiser)
    let code = "SK-0001"
    let (complaint, remarkers) = try Self.accepted(f, code)
    let declaring = remarkers[0]
    try w.declareRemarkConflict(
      complaint: complaint.id, judge: declaring, reason: "Cùng đơn vị với tác giả",
      by: try f.judge(declaring))
    guard
      case .notFound = refusal({
        try w.remarkView(complaint: complaint.id, judge: declaring, by: try f.judge(declaring))
      })
    else {
      Issue.record("a re-marker in conflict still has the sheet")
      return
    }
    let repaired = try w.repairAssignments(round: "chung-khao", by: f.secretariat)
    let remarks = try #require(repaired.remarks.first)
    #expect(remarks.added.count == 1 && !remarks.added.contains(declaring))
    // The secretariat finds a conflict of the other re-marker; the repair replaces them.
    _ = try w.declareConflict(
      judge: remarkers[1], entry: code, reason: "Người thân của tác giả", by: f.secretariat)
    let again = try w.repairAssignments(round: "chung-khao", by: f.secretariat)
    let second = try #require(again.remarks.first)
    #expect(second.released.map(\.judge) == [remarkers[1]] && second.added.count == 1)
    let standing = try w.remarks(complaint: complaint.id, by: f.secretariat).filter(\.stands)
    #expect(standing.count == 2 && Set(standing.map(\.judge)).isDisjoint(with: remarkers))
    // Nothing left to repair in a closed round says so, as before.
    guard
      case .wrongState = refusal({ try w.repairAssignments(round: "chung-khao", by: f.secretariat) }
      )
    else {
      Issue.record("a closed round's repair did something")
      return
    }
    #expect(try w.verifyAudit(by: f.secretariat).isIntact)
    guard PublicationTests.hasSQLite else { return }
    try PublicationTests.sqlite(
      f.path, "UPDATE remark SET released = NULL WHERE judge = '\(declaring)'")
    let verification = try w.verifyAudit(by: f.secretariat)
    #expect(verification.dataProblems.contains { $0.contains("phiếu phúc khảo của \(declaring)") })
  }

  @Test("too few free judges is said with the numbers; nobody else may assign or decide")
  func refusals() throws {
    let (f, _) = try Self.finalPublished()
    let w = f.workflow
    let filed = try w.fileComplaint(code: "SK-0001", text: "x", by: f.secretariat)
    _ = try w.answerComplaint(id: filed.id, accept: true, reason: nil, by: f.secretariat)
    let judge = try f.judge("gk01")
    guard
      case .notPermitted = refusal({ try w.assignRemark(complaint: filed.id, by: judge) }),
      case .notPermitted = refusal({ try w.assignRemark(complaint: filed.id, by: f.organiser) }),
      case .notPermitted = refusal({
        try w.decideComplaint(
          id: filed.id, outcome: .upheld, reason: "x", confirm: false, by: f.secretariat)
      }),
      case .notFound = refusal({ try w.assignRemark(complaint: 99, by: f.secretariat) })
    else {
      Issue.record("someone not allowed assigned or decided")
      return
    }
    // Seven of the nine judges in conflict with the entry: fewer than two are free.
    let marked = try Self.markedBy(f, "SK-0001")
    let others = (1...9).map { String(format: "gk%02d", $0) }.filter { !marked.contains($0) }
    for id in others.dropFirst() {
      _ = try w.declareConflict(
        judge: id, entry: "SK-0001", reason: "Cùng đơn vị", by: f.secretariat)
    }
    guard
      case .wrongState(let message) = refusal({
        try w.assignRemark(complaint: filed.id, by: f.secretariat)
      })
    else {
      Issue.record("re-markers were found where there are too few")
      return
    }
    #expect(message.contains("cần thêm 2, chỉ 1 người"), "\(message)")
  }
}

/// The entrant's side: an online entry re-marked and amended, the answer on their page and
/// by mail.
@Suite("a complaint's decision reaches its entrant")
struct ComplaintDecisionEntrantTests {
  @Test("the decision, its reason and the new result on the entrant's page and by mail")
  func entrantTold() throws {
    let (f, entrant, id, code) = try ComplaintTests.published()
    let w = f.workflow
    let staff = f.contest.secretariat
    let filed = try w.complain(submission: id, text: "Điểm tiêu chí hiệu quả thấp", by: entrant)
    _ = try w.answerComplaint(id: filed.id, accept: true, reason: nil, by: staff)
    let plan = try w.assignRemark(complaint: filed.id, by: staff)
    for judge in plan.added {
      _ = try w.saveRemark(
        complaint: filed.id, judge: judge, points: RemarkingTests.fullMarks, comment: "",
        version: 0, submit: true, by: staff)
    }
    _ = try w.decideComplaint(
      id: filed.id, outcome: .amended, reason: "Hồ sơ chứng minh được hiệu quả", confirm: true,
      by: f.contest.organiser)
    let mine = try #require(try w.complaints(ofSubmission: id, by: entrant).first)
    #expect(mine.state == .decided && mine.outcome == .amended)
    #expect(mine.reason == "Hồ sơ chứng minh được hiệu quả" && mine.amendedHundredths == 10_000)
    let mail = try #require(
      try w.mail(by: staff).first { $0.subject.hasPrefix("Kết quả giải quyết khiếu nại") })
    #expect(mail.recipient == "an@example.vn" && mail.kind == "complaint")
    #expect(mail.text.contains("điều chỉnh kết quả") && mail.text.contains(code))
    #expect(mail.text.contains("Hồ sơ chứng minh được hiệu quả") && mail.text.contains("100,00"))
  }
}
