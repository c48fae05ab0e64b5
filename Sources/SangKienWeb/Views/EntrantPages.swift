import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `call.mustache` shows anyone: the contest's call for entries.
struct CallPage {
  struct Criterion {
    var name: String
    var max: String
  }
  struct PrizeRow {
    var group: String
    var name: String
    var count: Int
    var minScore: String
    var amount: String
  }
  struct Contact {
    var name: String
    var email: String
  }

  let t = WebWords.words(for: .call)
  var contestName: String
  var organiser: String
  var documents: [String]
  var hasDocuments: Bool
  var groups: [String]
  var categories: String
  var deadline: String
  var online: Bool
  var opens: String?
  var closes: String
  var contact: String?
  var contacts: [Contact]
  var phaseLine: String
  var phaseClass: String
  var signedIn: Bool
  var criteria: [Criterion]
  var hasRubric: Bool
  var rubricTotal: String
  var prizes: [PrizeRow]
  var hasPrizes: Bool

  init(_ call: ContestCall, signedIn: Bool) {
    let contest = call.contest
    contestName = contest.name
    organiser = contest.organiser
    documents = contest.documents.map { WebText.document($0) }
    hasDocuments = !documents.isEmpty
    groups = contest.groups.map { group in
      EntrantKind.groupTitle(group.name) + ": "
        + group.kinds.map(\.localized).joined(separator: ", ")
    }
    categories = contest.categories.map(\.localized).joined(separator: ", ")
    deadline = contest.deadline.localized
    online = call.intake?.online == true
    opens = call.intake?.opens?.localized
    closes = call.intake.map { WebText.deadline($0.closes) } ?? ""
    contact = call.intake.flatMap { $0.contact.isEmpty ? nil : $0.contact }
    contacts = contact == nil ? call.contacts.map { Contact(name: $0.name, email: $0.email) } : []
    phaseLine = WebText.callPhase(call.phase)
    switch call.phase {
    case .open: phaseClass = "notice"
    case .closed: phaseClass = "warning"
    case .notYetOpen, .offline: phaseClass = "hint"
    }
    self.signedIn = signedIn
    criteria = (call.rubric?.criteria ?? []).map {
      Criterion(name: $0.name, max: NumberFormat.shown($0.max))
    }
    hasRubric = !criteria.isEmpty
    rubricTotal = call.rubric.map { NumberFormat.shown($0.total) } ?? ""
    var rows: [PrizeRow] = []
    let amounts = contest.paperSettings.amounts
    for group in contest.groups {
      for prize in contest.prizes?.groups[group.name] ?? [] {
        rows.append(
          PrizeRow(
            group: EntrantKind.groupTitle(group.name), name: prize.name, count: prize.count,
            minScore: NumberFormat.shown(prize.minScore),
            amount: amounts[prize.name].map {
              VietnameseNumberWords.grouped($0) + " " + contest.paperSettings.currency
            } ?? ""))
      }
    }
    prizes = rows
    hasPrizes = !rows.isEmpty
  }
}

/// What `results.mustache` shows anyone: the published prize list.
struct ResultsPage {
  struct Winner {
    var code: String
    var title: String
    var prize: String
    var score: String
  }
  struct Published {
    var roundName: String
    var at: String
    var publication: Int64
    var winners: [Winner]
    var hasWinners: Bool
  }

  let t = WebWords.words(for: .results)
  var published: Published?

  init(_ results: PublishedResults?) {
    published = results.map { r in
      let winners = r.winners.map {
        Winner(code: $0.code, title: $0.title, prize: $0.prize, score: $0.score)
      }
      return Published(
        roundName: r.roundName, at: RecordWords.moment(iso: r.publishedAt),
        publication: r.publication, winners: winners, hasWinners: !winners.isEmpty)
    }
  }
}

/// What `sign-up.mustache` shows: the account form, with each field's problem under it.
struct SignUpPage {
  let t = WebWords.words(for: .signUp)
  var csrf: String
  var error: String?
  var email = ""
  var name = ""
  var phone = ""
  var emailError: String?
  var nameError: String?
  var phoneError: String?
  var passwordError: String?

  init(csrf: String, form: SignUpPageForm? = nil, problems: [Problem] = [], error: String? = nil) {
    self.csrf = csrf
    self.error = error
    email = form?.email ?? ""
    name = form?.name ?? ""
    phone = form?.phone ?? ""
    func problem(_ field: String) -> String? {
      let messages = problems.filter { $0.field == field }.map(\.message)
      return messages.isEmpty ? nil : messages.joined(separator: "; ")
    }
    emailError = problem("email")
    nameError = problem("name")
    phoneError = problem("phone")
    passwordError = problem("password")
  }
}

/// What `verify.mustache` shows: the code form.
struct VerifyPage {
  let t = WebWords.words(for: .verify)
  var csrf: String
  var email: String
  var notice: String?
  var error: String?
}

/// What `submissions.mustache` shows an entrant: their submissions.
struct SubmissionsPage {
  struct Row {
    var href: String
    var label: String
    var title: String
    var state: String
    var updated: String
  }

  let t = WebWords.words(for: .submissions)
  var csrf: String
  var verified: Bool
  var email: String
  var deadline: String?
  var rows: [Row]
  var hasRows: Bool
  var notice: String?
  var error: String?

  init(
    _ submissions: [Submission], account: EntrantAccount, intake: IntakeSettings?, csrf: String,
    notice: String? = nil, error: String? = nil
  ) {
    let untitled = WebText.untitled
    self.csrf = csrf
    verified = account.verifiedAt != nil
    email = account.email
    deadline = intake.map { WebText.deadline($0.closes) }
    rows = submissions.map { s in
      Row(
        href: "/submissions/\(s.id)", label: s.code ?? WebText.draftNumber(s.id),
        title: s.fields.title.isEmpty ? untitled : s.fields.title,
        state: WebText.submissionState(s), updated: RecordWords.moment(iso: s.updatedAt))
    }
    hasRows = !rows.isEmpty
    self.notice = notice
    self.error = error
  }
}

/// What `submission.mustache` shows: a draft's form, or a submitted entry's state; its
/// files; submitting, withdrawing, the results.
struct SubmissionPage {
  struct Option {
    var value: String
    var label: String
    var selected: Bool
  }
  struct Field {
    var id: String
    var label: String
    var value: String
    var error: String?
    var area: Bool
    var plain: Bool
    var choices: Bool
    var options: [Option]
  }
  struct Shown {
    var label: String
    var value: String
  }
  struct AuthorLine {
    var n: Int
    var name: String
    var unit: String
  }
  struct File {
    var name: String
    var type: String
    var size: String
    var sha256: String
    var forJudges: String
    var removeHref: String?
  }
  struct ComplaintRow {
    var id: Int64
    var received: String
    var due: String
    var state: String
    var text: String
    var reason: String?
  }
  struct Result {
    var round: String
    var score: String
    var rank: String
    var prize: String
    var publication: Int64
  }

  let t = WebWords.words(for: .submission)
  var heading: String
  var csrf: String
  var href: String
  var filesHref: String
  var submitHref: String
  var discardHref: String
  var withdrawHref: String
  var receiptHref: String
  var version: Int
  var draft: Bool
  var submitted: Bool
  var editable: Bool
  var canUpload: Bool
  var canWithdraw: Bool
  var deadline: String?
  var declaration: String
  var fields: [Field]
  var shown: [Shown]
  var authors: [AuthorLine]
  var authorsError: String?
  var files: [File]
  var hasFiles: Bool
  var fileError: String?
  var declarationError: String?
  var code: String?
  var submittedAt: String?
  var status: String?
  var statusReason: String?
  var supplement: Bool
  var supplementReason: String?
  var supplementUntil: String?
  var results: [Result]
  var hasResults: Bool
  var complaints: [ComplaintRow]
  var hasComplaints: Bool
  var canComplain: Bool
  var complainHref: String
  var complaintError: String?
  var notice: String?
  var error: String?

  /// The entry fields' order, labels and kinds of input.
  static func inputs(contest: Contest)
    -> [(id: String, label: String, kind: String, options: [(String, String)])]
  {
    let categories = contest.categories.map { ($0.rawValue, $0.localized) }
    let kinds = contest.groups.flatMap(\.kinds).map { ($0.rawValue, $0.localized) }
    let kindOf: [String: (String, [(String, String)])] = [
      "category": ("choices", categories), "entrant_kind": ("choices", kinds),
      "summary": ("area", []),
    ]
    return ["title", "category", "entrant_kind", "unit", "field", "summary", "contact"].map {
      ($0, WebText.submissionLabel($0), kindOf[$0]?.0 ?? "plain", kindOf[$0]?.1 ?? [])
    }
  }

  static func value(_ fields: SubmissionFields, _ id: String) -> String {
    switch id {
    case "title": fields.title
    case "category": fields.category
    case "entrant_kind": fields.entrantKind
    case "unit": fields.unit
    case "field": fields.field
    case "summary": fields.summary
    case "contact": fields.contact
    default: ""
    }
  }

  init(
    _ s: Submission, contest: Contest, verified: Bool, results: [EntrantResult], csrf: String,
    typed: SubmissionFields? = nil, problems: [Problem] = [], notice: String? = nil,
    error: String? = nil, today: Day, complaints: [Complaint] = []
  ) {
    func problem(_ field: String) -> String? {
      let messages = problems.filter { $0.field == field }.map(\.message)
      return messages.isEmpty ? nil : messages.joined(separator: "; ")
    }
    let base = "/submissions/\(s.id)"
    heading = s.code.map { "\($0) · \(s.fields.title)" } ?? WebText.draftNumber(s.id)
    self.csrf = csrf
    href = base
    filesHref = base + "/files"
    submitHref = base + "/submit"
    discardHref = base + "/discard"
    withdrawHref = base + "/withdraw"
    receiptHref = base + "/receipt"
    version = s.version
    draft = s.state == .draft
    submitted = s.state == .submitted
    let supplementOpen = s.supplement.map { $0.until >= today } ?? false
    editable = draft || supplementOpen
    canUpload = verified && editable
    canWithdraw = submitted && (s.status == .received || s.status == .valid)
    let intake = contest.intake
    deadline = intake.map { WebText.deadline($0.closes) }
    declaration = intake?.declaration ?? IntakeSettings.standardDeclaration
    let values = typed ?? s.fields
    fields = Self.inputs(contest: contest).map { input in
      let value = Self.value(values, input.id)
      return Field(
        id: input.id, label: input.label, value: value, error: problem(input.id),
        area: input.kind == "area", plain: input.kind == "plain", choices: input.kind == "choices",
        options: input.options.map { Option(value: $0.0, label: $0.1, selected: $0.0 == value) })
    }
    shown =
      Self.inputs(contest: contest).map { input in
        let value = Self.value(values, input.id)
        let label = input.options.first { $0.0 == value }?.1 ?? value
        return Shown(label: WebText.submissionLabel(input.id, form: false), value: label)
      } + [
        Shown(label: WebText.submissionLabel("authors"), value: Author.formatList(values.authors))
      ]
    let lines = max(3, values.authors.count + 1)
    authors = (0..<min(lines, 20)).map { index in
      let author = index < values.authors.count ? values.authors[index] : nil
      return AuthorLine(n: index + 1, name: author?.name ?? "", unit: author?.unit ?? "")
    }
    authorsError = problem("authors")
    let removable = draft
    files = s.files.map { f in
      File(
        name: f.name, type: RecordWords.mediaType(f.mediaType), size: Attachment.sizeText(f.size),
        sha256: f.sha256,
        forJudges: f.forJudges
          ? (f.blind ? WebText.forJudgesConfirmed : WebText.forJudgesAsked) : "",
        removeHref: removable ? "\(base)/files/\(f.id)/delete" : nil)
    }
    hasFiles = !files.isEmpty
    fileError = problem("file") ?? problem("files")
    declarationError = problem("declaration")
    code = s.code
    submittedAt = s.submittedAt.map { RecordWords.moment(iso: $0, seconds: true) }
    status = s.status.map(\.localized)
    statusReason = s.statusReason
    supplement = supplementOpen
    supplementReason = s.supplement?.reason
    supplementUntil = s.supplement?.until.localized
    self.results = results.map {
      Result(
        round: $0.roundName, score: $0.score ?? "", rank: $0.rank.map(String.init) ?? "",
        prize: $0.prize ?? "", publication: $0.publication)
    }
    hasResults = !self.results.isEmpty
    self.complaints = complaints.map { c in
      ComplaintRow(
        id: c.id, received: c.receivedOn.localized, due: c.dueOn.localized,
        state: c.outcome.map { WebText.complaintOutcome($0, c.amendedHundredths) }
          ?? c.state.localized, text: c.text, reason: c.reason)
    }
    hasComplaints = !self.complaints.isEmpty
    canComplain = hasResults && contest.complaints != nil
    complainHref = base + "/complaints"
    complaintError = problem("text")
    self.notice = notice
    let unplaced = problems.filter {
      ![
        "title", "category", "entrant_kind", "unit", "field", "summary", "contact", "authors",
        "file", "files", "declaration", "text",
      ].contains($0.field ?? "")
    }
    self.error = error ?? (unplaced.isEmpty ? nil : unplaced.map(\.message).joined(separator: "; "))
  }
}

/// What `receipt.mustache` prints: the receipt of a submitted entry.
struct ReceiptPage {
  struct File {
    var n: Int
    var name: String
    var size: String
    var sha256: String
  }

  let t = WebWords.words(for: .receipt)
  var contestName: String
  var code: String
  var at: String
  var via: String
  var entrant: String
  var shown: [SubmissionPage.Shown]
  var files: [File]
  var back: String

  init(_ s: Submission, contest: Contest, account: EntrantAccount) {
    contestName = contest.name
    code = s.code ?? ""
    at = s.submittedAt.map { RecordWords.moment(iso: $0, seconds: true) } ?? ""
    via = EntrySource.online.vietnamese
    entrant = "\(account.name) <\(account.email)>"
    shown =
      SubmissionPage.inputs(contest: contest).map { input in
        let value = SubmissionPage.value(s.fields, input.id)
        return SubmissionPage.Shown(
          label: WebText.submissionLabel(input.id, form: false),
          value: input.options.first { $0.0 == value }?.1 ?? value)
      } + [
        SubmissionPage.Shown(
          label: WebText.submissionLabel("authors"), value: Author.formatList(s.fields.authors))
      ]
    files = s.files.enumerated().map {
      File(
        n: $0.offset + 1, name: $0.element.name, size: Attachment.sizeText($0.element.size),
        sha256: $0.element.sha256)
    }
    back = "/submissions/\(s.id)"
  }
}

/// What `intake.mustache` shows the staff: the online entries, newest first.
struct IntakePage {
  struct Row {
    var code: String
    var href: String
    var title: String
    var unit: String
    var entrant: String
    var email: String
    var at: String
    var status: String
    var isNew: Bool
    var duplicates: String?
    var similar: [SimilarRow]
    var forJudges: Int?
    var supplement: String?
    var open: Bool
  }

  let t = WebWords.words(for: .intake)
  var csrf: String
  var lastLook: String
  var rows: [Row]
  var hasRows: Bool
  var notice: String?
  var error: String?

  init(_ queue: IntakeQueue, csrf: String, notice: String? = nil, error: String? = nil) {
    self.csrf = csrf
    lastLook = queue.lastLook.map { RecordWords.moment(iso: $0) } ?? WebText.neverLooked
    rows = queue.items.map { item in
      Row(
        code: item.entry.code, href: "/entries/\(item.entry.code)", title: item.entry.draft.title,
        unit: item.entry.draft.unit, entrant: item.entrantName, email: item.entrantEmail,
        at: RecordWords.moment(iso: item.submittedAt), status: item.entry.status.localized,
        isNew: item.isNew,
        duplicates: item.duplicates.isEmpty ? nil : item.duplicates.joined(separator: ", "),
        similar: item.similar.map(SimilarRow.init),
        forJudges: item.unconfirmedForJudges > 0 ? item.unconfirmedForJudges : nil,
        supplement: item.supplement?.until.localized,
        open: item.entry.status == .received)
    }
    hasRows = !rows.isEmpty
    self.notice = notice
    self.error = error
  }
}
