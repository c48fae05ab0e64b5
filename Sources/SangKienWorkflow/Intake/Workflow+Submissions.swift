import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// What a submission gives back: the entry's code, when it was received, its files.
public struct Receipt: Sendable, Hashable {
  /// The entry's code.
  public var code: String
  /// When it was received.
  public var receivedAt: Date
  /// The submission as it now stands.
  public var submission: Submission
}

/// An entry's published result, as its entrant sees it.
public struct EntrantResult: Sendable, Hashable {
  /// The round.
  public var round: String
  /// Its name.
  public var roundName: String
  /// The publication's code (its audit record's number).
  public var publication: Int64
  /// When it was published (ISO, as stored).
  public var publishedAt: String
  /// The score as published (`84,64`), when the entry was ranked.
  public var score: String?
  /// Its rank.
  public var rank: Int?
  /// Its prize, if any.
  public var prize: String?
}

/// A published prize list: what `/results` shows anyone.
public struct PublishedResults: Sendable {
  /// The round.
  public var roundName: String
  /// The publication's code.
  public var publication: Int64
  /// When.
  public var publishedAt: String
  /// The prize-winning entries: code, title, prize, score, in rank order.
  public var winners: [(code: String, title: String, prize: String, score: String)]
}

extension Workflow {
  /// The most files one submission may hold.
  static let maxSubmissionFiles = 20
  /// The most authors one submission may name.
  static let maxAuthors = 20

  /// The entrant's submission `id`, or not found (another's is not found either: whether it
  /// exists is not theirs to learn).
  func ownSubmission(_ id: Int64, _ person: Person, _ useCase: UseCase) throws(WorkflowError)
    -> (submission: Submission, actor: Actor)
  {
    let actor = try authorize(useCase, person)
    guard let found = try attempt({ try database.submission(id: id) }),
      found.entrantId == actor.entrantId
    else { throw .notFound(WorkflowText.submissionNotFound(id)) }
    return (found.submission, actor)
  }

  /// The fields cleaned (NFC) and bounded; every problem named by its field.
  static func cleaned(_ fields: SubmissionFields) throws(WorkflowError) -> SubmissionFields {
    func clean(_ text: String, lines: Bool = false) -> String {
      VietnameseText.clean(text, keepLineBreaks: lines)
    }
    var result = SubmissionFields(
      title: clean(fields.title), category: clean(fields.category),
      entrantKind: clean(fields.entrantKind),
      authors: fields.authors.map {
        Author(
          name: clean($0.name), unit: $0.unit.map { clean($0) }.flatMap { $0.isEmpty ? nil : $0 })
      }.filter { !$0.name.isEmpty }, unit: clean(fields.unit), field: clean(fields.field),
      summary: clean(fields.summary, lines: true), contact: clean(fields.contact))
    var problems: [Problem] = []
    let limits: [(String, String, Int)] = [
      ("title", result.title, EntryLimits.title), ("summary", result.summary, EntryLimits.summary),
      ("category", result.category, 100), ("entrant_kind", result.entrantKind, 100),
      ("unit", result.unit, EntryLimits.other), ("field", result.field, EntryLimits.other),
      ("contact", result.contact, EntryLimits.other),
    ]
    for (field, value, limit) in limits where value.count > limit {
      problems.append(
        Problem(field: field, message: WorkflowText.tooLong(value.count, limit: limit)))
    }
    if result.authors.count > maxAuthors {
      problems.append(Problem(field: "authors", message: WorkflowText.tooManyAuthors))
    }
    // Each limit said once, with the length of what passed it.
    if let long = result.authors.first(where: { $0.name.count > 200 }) {
      problems.append(
        Problem(field: "authors", message: WorkflowText.tooLong(long.name.count, limit: 200)))
    }
    if let unit = result.authors.compactMap(\.unit).first(where: { $0.count > EntryLimits.other }) {
      problems.append(
        Problem(
          field: "authors", message: WorkflowText.tooLong(unit.count, limit: EntryLimits.other)))
    }
    try WorkflowError.check(problems)
    result.authors = Array(result.authors.prefix(maxAuthors))
    return result
  }

  static func json(_ fields: SubmissionFields) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: (try? encoder.encode(fields)) ?? Data("{}".utf8), as: UTF8.self)
  }

  /// Today in the contest's time zone.
  public func today() -> Day { RecordWords.day(of: clock()) }

  /// The entry columns of `fields`, as `entry add` takes them: received online today.
  func columns(_ fields: SubmissionFields, account: EntrantAccount) -> [EntryColumn: String] {
    var contact = fields.contact
    if contact.isEmpty {
      contact = [account.email, account.phone].filter { !$0.isEmpty }.joined(separator: ", ")
    }
    return [
      .title: fields.title, .category: fields.category, .entrantKind: fields.entrantKind,
      .authors: Author.formatList(fields.authors), .unit: fields.unit, .field: fields.field,
      .receivedBy: EntrySource.online.vietnamese, .receivedOn: today().iso,
      .summary: fields.summary, .contact: contact,
    ]
  }

  /// The signed-in entrant's submissions, newest first.
  public func submissions(by person: Person) throws(WorkflowError) -> [Submission] {
    let actor = try authorize(.submissionList, person)
    return try attempt { try database.submissions(entrantId: actor.entrantId ?? -1) }
  }

  /// One of the signed-in entrant's submissions.
  public func submission(_ id: Int64, by person: Person) throws(WorkflowError) -> Submission {
    try ownSubmission(id, person, .submissionList).submission
  }

  /// Begins a draft (at most `max_drafts` open per account). Drafts may be begun whatever
  /// the date: only submitting waits for the call to open, and stops at its deadline.
  public func createSubmission(_ fields: SubmissionFields, by person: Person)
    throws(WorkflowError) -> Submission
  {
    let actor = try authorize(.submissionEdit, person)
    let (_, intake) = try onlineIntake()
    let fields = try Self.cleaned(fields)
    let id = try transaction(person) {
      let open = try database.draftCount(entrantId: actor.entrantId ?? -1)
      if open >= intake.maxDrafts {
        throw WorkflowError.wrongState(WorkflowText.tooManyDrafts(intake.maxDrafts))
      }
      return try database.createSubmission(
        entrantId: actor.entrantId ?? -1, fields: Self.json(fields), context: context(person))
    }
    return try submission(id, by: person)
  }

  /// Saves a draft's fields (`version`: the one the page started from; a stale one is
  /// refused). On a submitted entry whose supplement was asked for, until its date, the
  /// entry itself is changed (audited, the entrant as actor) with the checks of `entry
  /// update`.
  public func saveSubmission(
    _ id: Int64, fields: SubmissionFields, version: Int?, by person: Person
  ) throws(WorkflowError) -> Submission {
    let (current, _) = try ownSubmission(id, person, .submissionEdit)
    let fields = try Self.cleaned(fields)
    if current.state == .submitted {
      try supplementEdit(current, fields: fields, by: person)
      return try submission(id, by: person)
    }
    let saved = try transaction(person) {
      try database.saveSubmission(
        id: id, fields: Self.json(fields), version: version ?? current.version,
        context: context(person))
    }
    guard saved != nil else { throw .wrongState(WorkflowText.staleSubmission) }
    return try submission(id, by: person)
  }

  /// The open request for a supplement on a submitted entry, or why it may not be changed.
  func openSupplement(_ submission: Submission) throws(WorkflowError) -> String {
    guard let code = submission.code, let request = submission.supplement else {
      throw .wrongState(WorkflowText.alreadySubmitted)
    }
    guard request.until >= today() else {
      throw .wrongState(WorkflowText.supplementOver(request.until))
    }
    return code
  }

  private func supplementEdit(_ current: Submission, fields: SubmissionFields, by person: Person)
    throws(WorkflowError)
  {
    let code = try openSupplement(current)
    let account = try account(by: person)
    try keepingClosedRounds(.submissionEdit, person) {
      let entry = try database.entry(code: code)
      var merged = columns(fields, account: account)
      // The day and office it was received stay as registered.
      merged[.receivedOn] = entry.draft.receivedOn.iso
      merged[.receivedBy] = entry.draft.receivedBy
      let draft = try Self.draft(from: merged)
      guard draft != entry.draft else { return }
      _ = try check(
        draft, excluding: code, allowances: Allowances(duplicates: true),
        duplicates: entry.draft.duplicateKey != draft.duplicateKey)
      _ = try database.updateEntry(code: code, to: draft, context: context(person))
    }
  }

  /// Throws a draft away, with its files.
  public func discardSubmission(_ id: Int64, by person: Person) throws(WorkflowError) {
    let (current, _) = try ownSubmission(id, person, .submissionEdit)
    guard current.state == .draft else { throw .wrongState(WorkflowText.alreadySubmitted) }
    try attempt { try database.discardSubmission(id: id, context: context(person)) }
  }

  /// Adds the file at `path` (named by its last component, staged by the front end) to a
  /// draft, or, while a supplement is open, to the entry's dossier (audited). Read, sniffed,
  /// hashed and checked against the contest's limits before the write; the write streams
  /// the bytes in one short transaction. Only a verified account may upload.
  public func addSubmissionFile(
    _ id: Int64, path: String, forJudges: Bool, by person: Person
  ) throws(WorkflowError) -> SubmissionFile {
    let (current, actor) = try ownSubmission(id, person, .submissionEdit)
    try requireVerified(actor)
    let limits = try attempt { try database.contest().attachmentLimits }
    let shown = (path as NSString).lastPathComponent
    let file: IncomingFile
    switch DossierRules.prepare(path: path, shown: shown, blind: false, limits: limits) {
    case .success(let prepared): file = prepared
    case .failure(let refusal): throw .invalid([Problem(field: "file", message: refusal.message)])
    }
    if current.state == .submitted {
      let code = try openSupplement(current)
      return try keepingClosedRounds(.submissionEdit, person) {
        let existing = try database.attachments(codes: [code])[code] ?? []
        let problems = DossierRules.check(
          [(file, shown)], existing: existing, code: code, limits: limits)
        if let first = problems.first {
          throw WorkflowError.invalid([Problem(field: "file", message: first.message)])
        }
        let added = try database.attach([file], to: code, context: context(person))[0]
        if forJudges { try database.markForJudges(id: added.id, context: context(person)) }
        return SubmissionFile(
          id: added.id, name: added.name, mediaType: added.mediaType, size: added.size,
          sha256: added.sha256, forJudges: forJudges, blind: false)
      }
    }
    return try transaction(person) {
      // Checked again inside the write: two uploads at once cannot pass the limits together.
      guard let fresh = try database.submission(id: id)?.submission, fresh.state == .draft else {
        throw WorkflowError.wrongState(WorkflowText.alreadySubmitted)
      }
      var problems: [String] = []
      if fresh.files.count >= Self.maxSubmissionFiles {
        problems.append(WorkflowText.tooManyFiles(Self.maxSubmissionFiles))
      }
      if let twin = fresh.files.first(where: { $0.sha256 == file.sha256 }) {
        problems.append(WorkflowText.fileTwiceGiven(shown, other: twin.name))
      }
      let total = fresh.files.reduce(0) { $0 + $1.size } + file.size
      if total > limits.maxEntryBytes {
        problems.append(WorkflowText.draftTooBig(total: total, limits: limits))
      }
      if !problems.isEmpty {
        throw WorkflowError.invalid(problems.map { Problem(field: "file", message: $0) })
      }
      return try database.addDraftFile(
        file, forJudges: forJudges, submission: id, context: context(person))
    }
  }

  /// Removes a file from a draft.
  public func removeSubmissionFile(_ id: Int64, file: Int64, by person: Person)
    throws(WorkflowError)
  {
    let (current, _) = try ownSubmission(id, person, .submissionEdit)
    guard current.state == .draft else { throw .wrongState(WorkflowText.alreadySubmitted) }
    let removed = try attempt {
      try database.removeDraftFile(id: file, submission: id, context: context(person))
    }
    if !removed { throw .notFound(WorkflowText.draftFileNotFound(file)) }
  }

  func requireVerified(_ actor: Actor) throws(WorkflowError) {
    guard let id = actor.entrantId,
      let stored = try attempt({ try database.entrant(id: id) }),
      stored.account.verifiedAt != nil
    else { throw .notPermitted(WorkflowText.notVerified) }
  }

  /// Submits a draft: checked as `entry add` checks an entry (the deadline is the contest's
  /// clock, whatever the client's says), then registered with its files in one transaction
  /// (`entry add` and `entry attach`'s records, the entrant as actor), and the receipt's mail
  /// queued. Likely duplicates are not refused: the secretariat sees them flagged.
  public func submit(
    _ id: Int64, declaration: Bool, site: String? = nil, by person: Person
  ) throws(WorkflowError) -> Receipt {
    let (current, actor) = try ownSubmission(id, person, .submissionSubmit)
    guard current.state == .draft else { throw .wrongState(WorkflowText.alreadySubmitted) }
    try requireVerified(actor)
    let (contest, intake) = try onlineIntake()
    switch intake.phase(at: clock()) {
    case .offline: throw .wrongState(WorkflowText.intakeOffline)
    case .notYetOpen: throw .wrongState(WorkflowText.notYetOpen(intake.opens ?? contest.deadline))
    case .closed: throw .wrongState(WorkflowText.intakeClosed(intake.closes))
    case .open: break
    }
    guard declaration else {
      throw .invalid([Problem(field: "declaration", message: WorkflowText.declarationNeeded)])
    }
    let account = try account(by: person)
    var problems: [Problem] = []
    if current.files.isEmpty {
      problems.append(Problem(field: "files", message: WorkflowText.dossierNeeded))
    }
    var draft: EntryDraft?
    do {
      draft = try Self.draft(from: columns(current.fields, account: account))
    } catch {
      problems += error.problems
    }
    try WorkflowError.check(problems)
    guard let draft else { throw .failed(WorkflowText.dossierNeeded) }
    let now = clock()
    try transaction(person) {
      _ = try check(draft, excluding: nil, allowances: Allowances(duplicates: true))
      _ = try database.submit(submission: id, draft: draft, context: context(person)) {
        entry, files in
        [
          MailTemplates.receipt(
            to: account, entry: entry, submittedAt: now, files: files, contest: contest,
            site: site, submission: id)
        ]
      }
    }
    let done = try submission(id, by: person)
    return Receipt(code: done.code ?? "", receivedAt: now, submission: done)
  }

  /// Withdraws a submitted entry, with the entrant's reason (as `entry withdraw`, the
  /// entrant as actor); a draft is discarded instead.
  public func withdrawSubmission(
    _ id: Int64, reason: String, site: String? = nil, by person: Person
  ) throws(WorkflowError) -> Submission {
    let (current, _) = try ownSubmission(id, person, .submissionWithdraw)
    guard let code = current.code else { throw .wrongState(WorkflowText.alreadySubmitted) }
    let cleaned = VietnameseText.clean(reason)
    if cleaned.isEmpty {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    try Self.bounded(cleaned, field: "reason", limit: TextLimits.reason)
    try keepingClosedRounds(.submissionWithdraw, person) {
      _ = try database.setStatus(
        code: code, to: .withdrawn, reason: cleaned, context: context(person))
      try database.closeSupplement(code: code, context: context(person))
    }
    return try submission(id, by: person)
  }

  /// The published results of the entrant's submitted entry: one per round whose latest
  /// publication ranks it.
  public func results(of id: Int64, by person: Person) throws(WorkflowError) -> [EntrantResult] {
    let (current, _) = try ownSubmission(id, person, .submissionList)
    guard let code = current.code else { return [] }
    return try publishedRankings().compactMap { published in
      guard let row = published.entries.first(where: { $0.code == code }) else { return nil }
      return EntrantResult(
        round: published.round, roundName: published.roundName,
        publication: published.publication, publishedAt: published.at, score: row.score,
        rank: row.rank, prize: row.prize)
    }
  }

  /// The latest publication's prize list of the prize round (or the last round published):
  /// public.
  public func publishedResults() throws(WorkflowError) -> PublishedResults? {
    let contest = try attempt { try database.contest() }
    let rankings = try publishedRankings()
    guard
      let chosen = rankings.first(where: { $0.round == contest.prizes?.round }) ?? rankings.last
    else { return nil }
    return PublishedResults(
      roundName: chosen.roundName, publication: chosen.publication, publishedAt: chosen.at,
      winners: chosen.entries.compactMap { row in
        row.prize.map { (row.code, row.title, $0, row.score ?? "") }
      })
  }

  struct PublishedRanking {
    var round: String
    var roundName: String
    var publication: Int64
    var at: String
    var entries: [(code: String, title: String, score: String?, rank: Int?, prize: String?)]
  }

  /// The latest publication of each round, its ranking as published (`ranking.json`).
  func publishedRankings() throws(WorkflowError) -> [PublishedRanking] {
    let contest = try attempt { try database.contest() }
    let records = try attempt { try database.publications() }
    var latest: [String: PublicationRecord] = [:]
    for record in records { latest[record.round] = record }
    var files: [String: [UInt8]] = [:]
    for (round, record) in latest {
      files[round] = try attempt {
        try database.publishedFile(publication: record.id, name: "ranking.json")
      }
    }
    return contest.rounds.compactMap { round -> PublishedRanking? in
      guard let record = latest[round.id], let bytes = files[round.id],
        case .object(let document)? = JSONValue(parsing: String(decoding: bytes, as: UTF8.self)),
        case .array(let rows)? = document["entries"]
      else { return nil }
      let entries = rows.compactMap {
        (row) -> (code: String, title: String, score: String?, rank: Int?, prize: String?)? in
        guard case .object(let m) = row, case .string(let code)? = m["code"] else { return nil }
        var title = ""
        if case .string(let text)? = m["title"] { title = text }
        var score: String?
        if case .number(let text)? = m["score"], let value = Decimal(string: text) {
          score = NumberFormat.shown(value, language: .vi)
        }
        var rank: Int?
        if case .number(let text)? = m["rank"] { rank = Int(text) }
        var prize: String?
        if case .string(let text)? = m["prize"] { prize = text }
        return (code, title, score, rank, prize)
      }
      return PublishedRanking(
        round: round.id, roundName: round.name, publication: record.id, at: record.at,
        entries: entries)
    }
  }
}
