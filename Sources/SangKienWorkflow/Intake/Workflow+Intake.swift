import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// One entry submitted online, as the secretariat's intake queue shows it.
public struct IntakeItem: Sendable, Hashable {
  /// The entry.
  public var entry: Entry
  /// When it was submitted (ISO, as stored).
  public var submittedAt: String
  /// Whether it came after the member of staff last looked.
  public var isNew: Bool
  /// Other entries with the same title and unit (likely duplicates), by code.
  public var duplicates: [String]
  /// Look-alikes here or in another edition of the folder (not yet marked distinct).
  public var similar: [NearDuplicate] = []
  /// The open request for a supplement.
  public var supplement: SupplementRequest?
  /// Files the entrant gave to the judges, not yet confirmed blind.
  public var unconfirmedForJudges: Int
  /// The entrant's name (the secretariat's to see; judges never are).
  public var entrantName: String
  /// The entrant's address.
  public var entrantEmail: String
}

/// The intake queue: every online entry, newest first, and when the person last looked.
public struct IntakeQueue: Sendable {
  /// The entries.
  public var items: [IntakeItem]
  /// When the person looked before this (ISO), if ever.
  public var lastLook: String?
}

extension Workflow {
  /// Asks the entrant of an online entry for a supplement: what is missing, and until which
  /// day they may edit its fields and add files. Audited; the entrant gets a mail in the
  /// same transaction.
  public func requestSupplement(
    code: String, reason: String, until: Day, site: String? = nil, by person: Person
  ) throws(WorkflowError) {
    try authorize(.entryRequest, person)
    let cleaned = VietnameseText.clean(reason)
    if cleaned.isEmpty {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    try Self.bounded(cleaned, field: "reason", limit: TextLimits.reason)
    if until < today() {
      throw .invalid([Problem(field: "until", message: WorkflowText.untilInPast)])
    }
    let code = try attempt { try database.canonicalCode(code) }
    let contest = try attempt { try database.contest() }
    try transaction(person) {
      let entry = try database.entry(code: code)
      guard entry.status == .received || entry.status == .valid else {
        throw WorkflowError.wrongState(WorkflowText.requestClosedEntry(code, entry.status))
      }
      guard let account = try database.entrant(ofEntry: code) else {
        throw WorkflowError.wrongState(WorkflowText.notOnline(code))
      }
      let submission = try database.submission(ofEntry: code)
      try database.requestSupplement(
        code: code, reason: cleaned, until: until,
        mail: [
          MailTemplates.supplement(
            to: account, code: code, title: entry.draft.title, reason: cleaned, until: until,
            contest: contest, site: site, submission: submission)
        ], context: context(person))
    }
  }

  /// What follows an online entry's new status, inside its transaction: the entrant's mail,
  /// an open supplement closed, and — when it is accepted — the files the entrant gave to the
  /// judges confirmed blind (an `entry.blind` record each).
  func followStatus(_ entry: Entry, site: String?, person: Person) throws {
    guard let account = try database.entrant(ofEntry: entry.code) else { return }
    try database.closeSupplement(code: entry.code, context: context(person))
    if entry.status == .valid {
      for id in try database.unconfirmedForJudges(code: entry.code) {
        _ = try database.setBlind(
          id: id, blind: true, reason: WorkflowText.confirmedForJudges, context: context(person))
      }
    }
    let contest = try database.contest()
    try database.queueMail(
      [
        MailTemplates.status(
          to: account, code: entry.code, title: entry.draft.title, status: entry.status,
          reason: entry.statusReason, contest: contest, site: site,
          submission: try database.submission(ofEntry: entry.code))
      ], context: context(person))
  }

  /// The intake queue: every entry submitted online, newest first, each with its likely
  /// duplicates, its open supplement and its files awaiting confirmation; those since the
  /// person last looked are new. Looking is remembered (not audited: it changes nothing of
  /// the contest).
  public func intakeQueue(by person: Person) throws(WorkflowError) -> IntakeQueue {
    try authorize(.entryIntake, person)
    let queue = try attempt {
      try database.snapshot {
        let seen = try database.intakeSeen(login: person.name)
        let online = try database.onlineEntries()
        let entries = Dictionary(
          uniqueKeysWithValues: try database.entries(codes: online.map(\.code)).map {
            ($0.code, $0)
          })
        let items = try online.compactMap { row -> IntakeItem? in
          guard let entry = entries[row.code] else { return nil }
          let account = try database.entrant(ofEntry: row.code)
          return IntakeItem(
            entry: entry, submittedAt: row.submittedAt,
            isNew: seen.map { row.submittedAt > $0 } ?? true,
            duplicates: try database.likelyDuplicates(of: entry.draft, excluding: row.code),
            supplement: try database.supplement(code: row.code),
            unconfirmedForJudges: try database.unconfirmedForJudges(code: row.code).count,
            entrantName: account?.name ?? "", entrantEmail: account?.email ?? "")
        }
        return IntakeQueue(items: items, lastLook: seen)
      }
    }
    // Look-alikes, worked out outside the snapshot (the index is kept while the entries are
    // the same, so a page that refreshes does not make it again).
    var flagged = queue
    let flags = try nearDuplicates(codes: queue.items.map(\.entry.code), by: person)
    let byCode = Dictionary(grouping: flags, by: \.code)
    for index in flagged.items.indices {
      flagged.items[index].similar = byCode[flagged.items[index].entry.code] ?? []
    }
    if !database.isReadOnly {
      try attempt { try database.markIntakeSeen(login: person.name, context: context(person)) }
    }
    return flagged
  }

  /// The codes of the entries submitted online (the register's source column).
  public func onlineCodes(by person: Person) throws(WorkflowError) -> Set<String> {
    try authorize(.entryList, person)
    return try attempt { try database.onlineCodes() }
  }

  /// The result mails of a publication: to each online entrant whose entry the round ranks.
  func resultMails(_ context: RoundContext, publication: Int64, site: String?) throws
    -> [MailDraft]
  {
    let contest = try database.contest()
    let ranking = context.awarded(context.ranking()).ranking
    var drafts: [MailDraft] = []
    for row in ranking.entries {
      guard let account = try database.entrant(ofEntry: row.entry.code) else { continue }
      let result = EntrantResult(
        round: context.round.id, roundName: context.round.name, publication: publication,
        publishedAt: "", score: row.score.map { NumberFormat.shown($0, language: .vi) },
        rank: row.rank, prize: row.prize)
      drafts.append(
        MailTemplates.result(
          to: account, code: row.entry.code, title: row.entry.title, result: result,
          contest: contest, site: site,
          submission: try database.submission(ofEntry: row.entry.code)))
    }
    return drafts
  }
}
