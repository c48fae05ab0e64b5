import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

extension Workflow {
  /// The contest's complaint rules, refusing when it takes none.
  func complaintSettings() throws(WorkflowError) -> (Contest, ComplaintSettings) {
    let contest = try attempt { try database.contest() }
    guard let settings = contest.complaints else {
      throw .wrongState(WorkflowText.noComplaints)
    }
    return (contest, settings)
  }

  /// Files a complaint about `code`'s published result on its entrant's behalf (the
  /// secretariat): `receivedOn` is the day it reached them, else today. Refused after `days`
  /// from the latest publication ranking the entry, naming the last day; audited. The
  /// secretariat's addresses are told by mail.
  public func fileComplaint(
    code given: String, text: String, receivedOn: Day? = nil, site: String? = nil,
    by person: Person
  ) throws(WorkflowError) -> Complaint {
    try authorize(.complaintAdd, person)
    let code = try attempt { try database.canonicalCode(given) }
    return try recordComplaint(code, text: text, receivedOn: receivedOn, site: site, by: person)
  }

  /// An entrant's complaint about their submitted entry's published result, today.
  public func complain(
    submission id: Int64, text: String, site: String? = nil, by person: Person
  ) throws(WorkflowError) -> Complaint {
    let (submission, _) = try ownSubmission(id, person, .complaintFile)
    guard let code = submission.code else {
      throw .wrongState(WorkflowText.alreadySubmitted)
    }
    return try recordComplaint(code, text: text, receivedOn: nil, site: site, by: person)
  }

  private func recordComplaint(
    _ code: String, text: String, receivedOn: Day?, site: String?, by person: Person
  ) throws(WorkflowError) -> Complaint {
    let (contest, settings) = try complaintSettings()
    let title = try attempt { try database.entry(code: code).draft.title }
    let cleaned = VietnameseText.clean(text, keepLineBreaks: true)
    if cleaned.isEmpty {
      throw .invalid([Problem(field: "text", message: WorkflowText.complaintTextNeeded)])
    }
    try Self.bounded(cleaned, field: "text", limit: TextLimits.comment)
    let day = receivedOn ?? today()
    if day > today() {
      throw .invalid([Problem(field: "received_on", message: WorkflowText.receivedInFuture)])
    }
    guard
      let published = try publishedRankings().last(where: { ranking in
        ranking.entries.contains { $0.code == code }
      })
    else { throw .wrongState(WorkflowText.notPublishedFor(code)) }
    guard let at = Timestamp.parse(published.at) else {
      throw .failed(WorkflowText.notPublishedFor(code))
    }
    let publishedOn = RecordWords.day(of: at)
    let last = Day(daysSince1970: publishedOn.daysSince1970 + settings.days)
    if day > last {
      throw .wrongState(WorkflowText.complaintLate(code, last: last, days: settings.days))
    }
    let due = Day(daysSince1970: day.daysSince1970 + settings.answerDays)
    let secretariat = try attempt { try database.staffAddresses(role: .secretariat) }
    return try attempt {
      try database.addComplaint(
        code: code, round: published.round, publication: published.publication, text: cleaned,
        receivedOn: day, dueOn: due,
        mail: secretariat.map {
          MailTemplates.complaintFiled(
            to: $0, code: code, title: title, text: cleaned, due: due, contest: contest,
            site: site)
        }, context: context(person))
    }
  }

  /// The complaints, newest first, of one entry or in one state when given (staff).
  public func complaints(
    code: String? = nil, state: ComplaintState? = nil, by person: Person
  ) throws(WorkflowError) -> [Complaint] {
    try authorize(.complaintList, person)
    var canonical: String?
    if let code { canonical = try attempt { try database.canonicalCode(code) } }
    let chosen = canonical
    return try attempt { try database.complaints(code: chosen, state: state) }
  }

  /// The complaints about the entrant's submitted entry.
  public func complaints(ofSubmission id: Int64, by person: Person) throws(WorkflowError)
    -> [Complaint]
  {
    let (submission, _) = try ownSubmission(id, person, .submissionList)
    guard let code = submission.code else { return [] }
    return try attempt { try database.complaints(code: code) }
  }

  /// One complaint (staff).
  public func complaint(id: Int64, by person: Person) throws(WorkflowError) -> Complaint {
    try authorize(.complaintList, person)
    // Decoding the contest remembers its rounds' names, as the complaint is shown by them.
    _ = try complaintSettings()
    guard let found = try attempt({ try database.complaint(id: id) }) else {
      throw .notFound(WorkflowText.noComplaint(id))
    }
    return found
  }

  /// The secretariat accepts a complaint (it will be re-marked and decided) or rejects it
  /// with the reason (late, not about a result …); audited, the entrant told by mail when
  /// the entry came online.
  public func answerComplaint(
    id: Int64, accept: Bool, reason: String?, site: String? = nil, by person: Person
  ) throws(WorkflowError) -> Complaint {
    try authorize(accept ? .complaintAccept : .complaintReject, person)
    let (contest, _) = try complaintSettings()
    let cleaned = reason.map { VietnameseText.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
    if !accept && cleaned == nil {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    try Self.bounded(cleaned ?? "", field: "reason", limit: TextLimits.reason)
    guard let current = try attempt({ try database.complaint(id: id) }) else {
      throw .notFound(WorkflowText.noComplaint(id))
    }
    guard current.state == .filed else {
      throw .wrongState(WorkflowText.complaintAnswered(id, current.state))
    }
    let account = try attempt { try database.entrant(ofEntry: current.code) }
    let submission = try attempt { try database.submission(ofEntry: current.code) }
    let title = try attempt { try database.entry(code: current.code).draft.title }
    return try attempt {
      try database.answerComplaint(
        id: id, from: .filed, to: accept ? .accepted : .rejected, reason: cleaned,
        mail: account.map {
          [
            MailTemplates.complaintAnswer(
              to: $0, complaint: current, title: title, accepted: accept, reason: cleaned,
              contest: contest, site: site, submission: submission)
          ]
        } ?? [], context: context(person))
    }
  }
}
