import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Synchronization
import Testing

@testable import SangKienWorkflow

/// A clock a test moves.
final class TestClock: Sendable {
  private let moment: Mutex<Date>
  init(_ date: Date) { moment = Mutex(date) }
  var now: Date { moment.withLock { $0 } }
  func set(_ date: Date) { moment.withLock { $0 = date } }
}

/// The Hanoi contest with an online call closing at 17:00 on its deadline (15/11/2019), a
/// workflow on a clock the test moves, and entrants.
struct IntakeFixture {
  let contest: ContestFixture
  let clock: TestClock
  let workflow: Workflow
  let limiter = IntakeLimiter()

  /// 15/11/2019 at `hour:minute:second`, Vietnam time.
  static func hanoi(_ hour: Int, _ minute: Int, _ second: Int = 0, day: Int = 15) -> Date {
    var parts = DateComponents(year: 2019, month: 11, day: day, hour: hour, minute: minute)
    parts.second = second
    return RecordWords.calendar.date(from: parts)!
  }

  init(demo: Bool = true, opens: String = "2019-10-01", complaints: String = "") throws {
    contest = try ContestFixture(
      demo: demo,
      contestExtra: """
        intake:
          online: true
          opens: \(opens)
          closes: 2019-11-15 17:00
          max_drafts: 2
          contact: "Tổ thư ký: 024 0000 0000"
        \(complaints)
        """)
    clock = TestClock(Self.hanoi(9, 0))
    let clock = self.clock
    workflow = try Workflow.open(path: contest.path, clock: { clock.now })
  }

  /// Signs an entrant up and verifies their address with the code from the outbox.
  func entrant(_ email: String, name: String = "Nguyễn Thị Dự Thi", verify: Bool = true) throws
    -> Person
  {
    let stored = try workflow.signUp(
      SignUpForm(email: email, name: name, password: "mat-khau-dai-du-10"),
      address: "10.0.0.\(email.count)", limiter: limiter, site: "https://sangkien.example.vn",
      hash: { "hash:" + $0 })
    if verify {
      try workflow.verifyEntrant(
        email: stored, code: try code(for: stored), address: "10.0.0.9", limiter: limiter)
    }
    return try workflow.person(named: stored)
  }

  /// The six-digit code in the last verification mail to `email`.
  func code(for email: String) throws -> String {
    let mail = try #require(
      try workflow.mail(by: contest.secretariat).first {
        $0.recipient == email && $0.kind == "verification"
      })
    let line = try #require(mail.text.split(separator: "\n").first { $0.hasPrefix("Mã xác minh:") })
    return String(line.dropFirst("Mã xác minh:".count)).trimmingCharacters(in: .whitespaces)
  }

  static let fields = SubmissionFields(
    title: "Tra cứu hồ sơ đất đai qua điện thoại", category: "solution",
    entrantKind: "individual", authors: [Author(name: "Nguyễn Thị Dự Thi")],
    unit: "UBND phường Dịch Vọng", field: "Đất đai", summary: "Người dân tra cứu bằng mã QR.")

  /// A PDF in the fixture's folder.
  func pdf(_ name: String, _ body: String = "") throws -> String {
    let path = contest.folder + "/" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let file = path + "/" + name
    try Data("%PDF-1.4\n\(name)\(body)\n%%EOF\n".utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// A draft with its fields and one PDF, ready to submit.
  func ready(_ person: Person, forJudges: Bool = false) throws -> Submission {
    let draft = try workflow.createSubmission(Self.fields, by: person)
    _ = try workflow.addSubmissionFile(
      draft.id, path: try pdf("mo-ta.pdf", person.name), forJudges: forJudges, by: person)
    return try workflow.submission(draft.id, by: person)
  }
}

@Suite("entrants online: accounts, drafts, submission, the secretariat's answers")
struct EntrantsOnlineTests {
  @Test("sign-up mails a code; a wrong code is counted, five spend it; the right one verifies")
  func accounts() throws {
    let f = try IntakeFixture(demo: false)
    let w = f.workflow
    let before = try f.contest.auditCount()
    let email = try w.signUp(
      SignUpForm(
        email: " An.Nguyen@Example.VN ", name: "Nguyễn  An", password: "mat-khau-dai-du-10"),
      address: "10.1.1.1", limiter: f.limiter, site: nil, hash: { "h" + $0 })
    #expect(email == "an.nguyen@example.vn")
    let log = try w.auditLog(by: f.contest.secretariat)
    #expect(log.count == before + 2)
    #expect(log.map(\.action).suffix(2) == ["entrant.sign-up", "mail.queue"])
    #expect(!log.contains { ($0.after ?? "").contains("mat-khau") })
    let mail = try #require(try w.mail(by: f.contest.secretariat).first)
    #expect(mail.kind == "verification" && mail.recipient == email)
    // Unverified: may begin a draft, may not upload or submit.
    let person = try w.person(named: email)
    #expect(person.actor?.role == .entrant)
    let draft = try w.createSubmission(IntakeFixture.fields, by: person)
    let upload = refusal {
      try w.addSubmissionFile(draft.id, path: try f.pdf("a.pdf"), forJudges: false, by: person)
    }
    guard case .notPermitted = upload else {
      Issue.record("an unverified account uploaded: \(String(describing: upload))")
      return
    }
    // Wrong codes: counted; the fifth spends the code.
    let right = try f.code(for: email)
    let wrong = right == "000000" ? "111111" : "000000"
    for _ in 0..<5 {
      #expect(
        fields(
          refusal {
            try w.verifyEntrant(email: email, code: wrong, address: "10.1.1.2", limiter: f.limiter)
          })
          == ["code"])
    }
    let spent = refusal {
      try w.verifyEntrant(email: email, code: right, address: "10.1.1.2", limiter: f.limiter)
    }
    #expect(spent?.problems.first?.message.contains("5 lần") == true)
    // Signing up again sends a new code; it verifies.
    _ = try w.signUp(
      SignUpForm(email: email, name: "Nguyễn An", password: "mat-khau-moi-dai-10"),
      address: "10.1.1.1", limiter: f.limiter, site: nil, hash: { "h" + $0 })
    try w.verifyEntrant(
      email: email, code: try f.code(for: email), address: "10.1.1.2", limiter: f.limiter)
    #expect(try w.account(by: person).verifiedAt != nil)
    // A verified address signed up for again: the same answer, nothing sent, nothing written.
    let mails = try w.mail(by: f.contest.secretariat).count
    let count = try f.contest.auditCount()
    #expect(
      try w.signUp(
        SignUpForm(email: email, name: "Kẻ Khác", password: "mat-khau-khac-dai-10"),
        address: "10.1.1.3", limiter: f.limiter, site: nil, hash: { "h" + $0 }) == email)
    #expect(try w.mail(by: f.contest.secretariat).count == mails)
    #expect(try f.contest.auditCount() == count)
    #expect(try w.account(by: person).name == "Nguyễn An")
    // The accounts are replayed from the log: one changed behind sangkien's back is named.
    #expect(try w.verifyAudit(by: f.contest.secretariat).isIntact)
    guard PublicationTests.hasSQLite else { return }
    try PublicationTests.sqlite(f.contest.path, "UPDATE entrant SET name = 'Kẻ Mạo Danh'")
    let verification = try w.verifyAudit(by: f.contest.secretariat)
    #expect(!verification.isIntact)
    #expect(verification.dataProblems.contains { $0.contains("tài khoản người dự thi số 1") })
  }

  @Test("sign-ups are limited per address; bad fields are named; a staff login is not taken")
  func signUpChecks() throws {
    let f = try IntakeFixture(demo: false)
    let w = f.workflow
    let bad = refusal {
      try w.signUp(
        SignUpForm(email: "không-phải-thư", name: "", phone: "abc", password: "ngan"),
        address: "1.1.1.1", limiter: f.limiter, site: nil, hash: { $0 })
    }
    #expect(Set(fields(bad)) == ["email", "name", "phone", "password"])
    for n in 0..<5 {
      _ = try w.signUp(
        SignUpForm(
          email: "nguoi\(n)@example.vn", name: "Người \(n)", password: "mat-khau-dai-du-10"),
        address: "2.2.2.2", limiter: f.limiter, site: nil, hash: { $0 })
    }
    let sixth = refusal {
      try w.signUp(
        SignUpForm(email: "nguoi6@example.vn", name: "Người 6", password: "mat-khau-dai-du-10"),
        address: "2.2.2.2", limiter: f.limiter, site: nil, hash: { $0 })
    }
    guard case .tooMany = sixth else {
      Issue.record(
        "the sixth sign-up from one address was not limited: \(String(describing: sixth))")
      return
    }
    // Another address is not held back.
    _ = try w.signUp(
      SignUpForm(email: "nguoi6@example.vn", name: "Người 6", password: "mat-khau-dai-du-10"),
      address: "3.3.3.3", limiter: f.limiter, site: nil, hash: { $0 })
  }

  @Test("a submission is entry add + entry attach in one transaction, with a receipt")
  func submission() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let person = try f.entrant("an@example.vn")
    let draft = try f.ready(person)
    let entries = try w.entries(by: f.contest.secretariat).count
    let receipt = try w.submit(draft.id, declaration: true, site: "https://x.vn", by: person)
    #expect(receipt.code == "SK-0041")
    let entry = try w.entry(code: receipt.code, by: f.contest.secretariat)
    #expect(entry.entry.status == .received)
    #expect(entry.entry.draft.receivedBy == "trực tuyến")
    #expect(entry.entry.draft.receivedOn.iso == "2019-11-15")
    #expect(entry.attachments.count == 1 && entry.attachments[0].addedBy == "an@example.vn")
    #expect(entry.attachments[0].sha256 == draft.files[0].sha256)
    #expect(try w.entries(by: f.contest.secretariat).count == entries + 1)
    #expect(try w.onlineCodes(by: f.contest.secretariat) == [receipt.code])
    let records = entry.history.map { "\($0.action) \($0.actor)" }
    #expect(records == ["entry.add an@example.vn", "entry.attach an@example.vn"])
    let mail = try #require(try w.mail(by: f.contest.secretariat).first)
    #expect(mail.kind == "receipt" && mail.text.contains(draft.files[0].sha256))
    #expect(mail.text.contains(receipt.code))
    #expect(receipt.submission.state == .submitted && receipt.submission.status == .received)
    // Submitted: no second submission, no edit.
    guard case .wrongState = refusal({ try w.submit(draft.id, declaration: true, by: person) })
    else {
      Issue.record("submitted twice")
      return
    }
    #expect(try w.verifyAudit(by: f.contest.secretariat).isIntact)
  }

  @Test("nothing is registered when a check fails: a file refused, a field wrong, no file")
  func atomic() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let person = try f.entrant("binh@example.vn")
    let draft = try w.createSubmission(IntakeFixture.fields, by: person)
    // A program dressed as a PDF: refused, nothing stored.
    let exe = f.contest.folder + "/chuong-trinh.pdf"
    try Data([0x4D, 0x5A, 0x90, 0x00] + Array(repeating: 0, count: 60)).write(
      to: URL(fileURLWithPath: exe))
    #expect(
      fields(refusal { try w.addSubmissionFile(draft.id, path: exe, forJudges: false, by: person) })
        == ["file"])
    #expect(try w.submission(draft.id, by: person).files.isEmpty)
    let before = try f.contest.auditCount()
    let entries = try w.entries(by: f.contest.secretariat).count
    #expect(
      fields(refusal { try w.submit(draft.id, declaration: true, by: person) }) == ["files"])
    _ = try w.addSubmissionFile(draft.id, path: try f.pdf("a.pdf"), forJudges: false, by: person)
    var wrong = IntakeFixture.fields
    wrong.category = "không có"
    wrong.authors = []
    _ = try w.saveSubmission(draft.id, fields: wrong, version: nil, by: person)
    let refused = refusal { try w.submit(draft.id, declaration: true, by: person) }
    #expect(Set(fields(refused)) == ["category", "authors"])
    #expect(
      fields(refusal { try w.submit(draft.id, declaration: false, by: person) })
        == ["declaration"])
    #expect(try f.contest.auditCount() == before)
    #expect(try w.entries(by: f.contest.secretariat).count == entries)
    let kept = try w.submission(draft.id, by: person)
    #expect(kept.state == .draft && kept.files.count == 1 && kept.fields.category == "không có")
  }

  @Test(
    "the deadline is the contest's clock, to the second; before opening, refused; a draft is kept")
  func deadline() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let a = try f.entrant("a@example.vn")
    let b = try f.entrant("b@example.vn")
    let early = try f.ready(a)
    var late = try f.ready(b)
    f.clock.set(IntakeFixture.hanoi(17, 0, 0))
    _ = try w.submit(early.id, declaration: true, by: a)
    f.clock.set(IntakeFixture.hanoi(17, 0, 1))
    let refused = refusal { try w.submit(late.id, declaration: true, by: b) }
    guard case .wrongState(let message) = refused else {
      Issue.record("a submission after the deadline: \(String(describing: refused))")
      return
    }
    #expect(message.contains("17:00 15/11/2019"))
    late = try w.submission(late.id, by: b)
    #expect(late.state == .draft && late.files.count == 1)
    // The draft can still be saved.
    _ = try w.saveSubmission(late.id, fields: IntakeFixture.fields, version: late.version, by: b)
    // Before the call opens: shown, not taken.
    let g = try IntakeFixture(opens: "2019-11-10")
    g.clock.set(IntakeFixture.hanoi(23, 59, 59, day: 9))
    let c = try g.entrant("c@example.vn")
    let draft = try g.ready(c)
    guard
      case .wrongState(let text) = refusal({
        try g.workflow.submit(draft.id, declaration: true, by: c)
      })
    else {
      Issue.record("submitted before the call opened")
      return
    }
    #expect(text.contains("10/11/2019"))
    #expect(try g.workflow.call().phase == .notYetOpen)
  }

  @Test("an entrant reaches only their own: another's submission is not found, the rest refused")
  func permissions() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let a = try f.entrant("a@example.vn")
    let b = try f.entrant("b@example.vn")
    let draft = try w.createSubmission(IntakeFixture.fields, by: a)
    for attempt in [
      { _ = try w.submission(draft.id, by: b) },
      { _ = try w.saveSubmission(draft.id, fields: IntakeFixture.fields, version: nil, by: b) },
      { _ = try w.submit(draft.id, declaration: true, by: b) },
      { try w.discardSubmission(draft.id, by: b) },
      { _ = try w.addSubmissionFile(draft.id, path: try f.pdf("x.pdf"), forJudges: false, by: b) },
    ] as [() throws -> Void] {
      guard case .notFound = refusal(attempt) else {
        Issue.record("another entrant's submission was reachable")
        continue
      }
    }
    #expect(try w.submissions(by: b).isEmpty)
    for attempt in [
      { _ = try w.entries(by: a) }, { _ = try w.rank(round: nil, by: a) },
      { _ = try w.worklist(round: nil, judge: "gk01", by: a) },
      { _ = try w.attachments(of: "SK-0001", by: a) }, { _ = try w.judges(by: a) },
      { _ = try w.sheets(round: nil, judge: nil, entry: nil, by: a) },
      { _ = try w.intakeQueue(by: a) },
    ] as [() throws -> Void] {
      guard case .notPermitted = refusal(attempt) else {
        Issue.record("an entrant reached the staff's or the jury's data")
        continue
      }
    }
    // Staff and judges do not reach the entrants' use cases.
    guard case .notPermitted = refusal({ try w.submissions(by: f.contest.secretariat) }),
      case .notPermitted = refusal({ try w.submission(draft.id, by: try f.contest.judge("gk01")) })
    else {
      Issue.record("staff or a judge reached a submission")
      return
    }
    // At most max_drafts open drafts.
    _ = try w.createSubmission(IntakeFixture.fields, by: a)
    guard case .wrongState = refusal({ try w.createSubmission(IntakeFixture.fields, by: a) }) else {
      Issue.record("a third draft was begun")
      return
    }
  }

  @Test(
    "the secretariat asks for a supplement; the entrant adds until the day; acceptance confirms files for the judges"
  )
  func supplement() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let person = try f.entrant("an@example.vn")
    let draft = try f.ready(person, forJudges: true)
    let code = try w.submit(draft.id, declaration: true, by: person).code
    let staff = f.contest.secretariat
    // Marked for the judges, not yet blind.
    #expect(try w.attachments(of: code, by: staff).map(\.blind) == [false])
    #expect(try w.intakeQueue(by: staff).items.first?.unconfirmedForJudges == 1)
    guard
      case .wrongState = refusal({
        try w.saveSubmission(draft.id, fields: IntakeFixture.fields, version: nil, by: person)
      })
    else {
      Issue.record("a submitted entry was edited without a request")
      return
    }
    let until = Day(parsing: "2019-11-20")!
    try w.requestSupplement(
      code: code, reason: "Thiếu bản thuyết minh chi tiết", until: until, by: staff)
    let asked = try #require(try w.mail(by: staff).first)
    #expect(asked.kind == "supplement" && asked.text.contains("Thiếu bản thuyết minh chi tiết"))
    #expect(try w.submission(draft.id, by: person).supplement?.until == until)
    var changed = IntakeFixture.fields
    changed.summary = "Người dân tra cứu bằng mã QR; đã áp dụng ở 3 phường."
    _ = try w.saveSubmission(draft.id, fields: changed, version: nil, by: person)
    _ = try w.addSubmissionFile(
      draft.id, path: try f.pdf("thuyet-minh.pdf"), forJudges: false, by: person)
    let detail = try w.entry(code: code, by: staff)
    #expect(detail.entry.draft.summary == changed.summary)
    #expect(detail.attachments.count == 2)
    #expect(
      detail.history.suffix(3).map { "\($0.action) \($0.actor)" } == [
        "entry.request Thư ký Test", "entry.update an@example.vn", "entry.attach an@example.vn",
      ])
    // After the day: closed again.
    f.clock.set(IntakeFixture.hanoi(8, 0, day: 21))
    guard
      case .wrongState = refusal({
        try w.saveSubmission(draft.id, fields: IntakeFixture.fields, version: nil, by: person)
      })
    else {
      Issue.record("edited after the supplement's day")
      return
    }
    // Accepted: the file for the judges is blind now (audited), the entrant told.
    _ = try w.setStatus(code: code, to: .valid, reason: nil, by: staff)
    #expect(try w.attachments(of: code, by: staff).map(\.blind) == [true, false])
    #expect(try w.entry(code: code, by: staff).history.contains { $0.action == "entry.blind" })
    let told = try #require(try w.mail(by: staff).first)
    #expect(told.kind == "status" && told.recipient == "an@example.vn")
    let seen = try w.submission(draft.id, by: person)
    #expect(seen.status == .valid && seen.supplement == nil)
    #expect(try w.verifyAudit(by: staff).isIntact)
  }

  @Test("an entrant withdraws with a reason; a rejection's reason reaches them")
  func withdrawAndReject() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let a = try f.entrant("a@example.vn")
    let b = try f.entrant("b@example.vn")
    let first = try f.ready(a)
    var second = try f.ready(b)
    second.fields.title = "Một sáng kiến khác hẳn"
    _ = try w.saveSubmission(second.id, fields: second.fields, version: nil, by: b)
    let codeA = try w.submit(first.id, declaration: true, by: a).code
    let codeB = try w.submit(second.id, declaration: true, by: b).code
    let withdrawn = try w.withdrawSubmission(first.id, reason: "Đơn vị xin rút", by: a)
    #expect(withdrawn.status == .withdrawn && withdrawn.statusReason == "Đơn vị xin rút")
    #expect(
      try w.entry(code: codeA, by: f.contest.secretariat).history.last?.actor == "a@example.vn")
    _ = try w.setStatus(
      code: codeB, to: .rejected, reason: "Không thuộc lĩnh vực cải cách hành chính",
      by: f.contest.secretariat)
    let seen = try w.submission(second.id, by: b)
    #expect(seen.status == .rejected && seen.statusReason?.contains("cải cách") == true)
    let mail = try #require(try w.mail(by: f.contest.secretariat).first)
    #expect(mail.recipient == "b@example.vn" && mail.text.contains("Không thuộc lĩnh vực"))
  }

  @Test("the intake queue: new since the last look, likely duplicates flagged, never refused")
  func queue() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let a = try f.entrant("a@example.vn")
    var draft = try f.ready(a)
    // The title and unit of a registered entry: a likely duplicate, flagged not refused.
    let existing = try w.entry(code: "SK-0001", by: f.contest.secretariat).entry
    draft.fields.title = existing.draft.title
    draft.fields.unit = existing.draft.unit
    _ = try w.saveSubmission(draft.id, fields: draft.fields, version: nil, by: a)
    let code = try w.submit(draft.id, declaration: true, by: a).code
    let first = try w.intakeQueue(by: f.contest.secretariat)
    #expect(first.items.map(\.entry.code) == [code])
    #expect(first.items[0].isNew && first.items[0].duplicates == ["SK-0001"])
    #expect(first.items[0].entrantEmail == "a@example.vn")
    f.clock.set(IntakeFixture.hanoi(10, 0))
    let second = try w.intakeQueue(by: f.contest.secretariat)
    #expect(second.items[0].isNew == false && second.lastLook != nil)
  }

  @Test("judges see nothing of the account")
  func blindness() throws {
    let f = try IntakeFixture(demo: false)
    let w = f.workflow
    let staff = f.contest.secretariat
    _ = try w.importJudges(.path(packageRoot + "/Seeds/demo/judges.csv"), by: staff)
    let a = try f.entrant("an.nguyen@example.vn", name: "Nguyễn Văn Bí Mật")
    var draft = try f.ready(a, forJudges: true)
    draft.fields.contact = ""
    _ = try w.saveSubmission(draft.id, fields: draft.fields, version: nil, by: a)
    let code = try w.submit(draft.id, declaration: true, by: a).code
    _ = try w.setStatus(code: code, to: .valid, reason: nil, by: staff)
    _ = try w.assign(round: "so-khao", by: staff)
    let judge = try f.contest.judge("gk01")
    let list = try w.worklist(round: nil, judge: "gk01", by: judge)
    let item = try #require(list.items.first { $0.code == code })
    let shown = "\(item)"
    #expect(!shown.contains("an.nguyen@example.vn") && !shown.contains("Bí Mật"))
    #expect(try w.attachments(of: code, by: judge).count == 1)
  }
}

extension EntrantsOnlineTests {
  @Test(
    "an entrant who forgot their password: the secretariat mails a one-time code to their address")
  func forgotten() throws {
    let f = try IntakeFixture(demo: false)
    let w = f.workflow
    let person = try f.entrant("quen@example.vn")
    let invitation = try w.invite(
      "quen@example.vn", mail: InvitationMail(baseURL: "https://sangkien.example.vn"),
      by: f.contest.secretariat)
    #expect(invitation.mailedTo == "quen@example.vn" && invitation.login == "quen@example.vn")
    let mail = try #require(try w.mail(by: f.contest.secretariat).first)
    #expect(mail.kind == "invitation" && mail.text.contains("đặt lại mật khẩu tài khoản dự thi"))
    let outcome = try w.signIn(
      login: "QUEN@example.vn", password: nil, code: invitation.code, address: "1.2.3.4",
      throttle: SignInThrottle(), verify: { _, _ in false })
    guard case .signedIn(let signed) = outcome else {
      Issue.record("the code did not sign the entrant in: \(outcome)")
      return
    }
    #expect(signed.identity.mustSetPassword && signed.identity.person.actor?.role == .entrant)
    #expect(person.actor?.entrantId == signed.identity.person.actor?.entrantId)
  }
}
