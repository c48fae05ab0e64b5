import Foundation
import SangKienModel
internal import SangKienStorage

/// What a pass of the reminders did.
public struct ReminderRun: Sendable, Hashable {
  /// Reminders queued.
  public var queued = 0
  /// Judges owed one who have no e-mail address (named for the secretariat).
  public var withoutAddress: [String] = []
  /// Why none could be queued (no site address for the links), when so.
  public var refusal: String?

  /// Creates an empty run.
  public init() {}
}

extension Workflow {
  /// Who the automatic messages are queued by, in the audit log.
  public static let automaticSender = "sangkien (tự động)"

  /// Queues the day's reminders: in every open round with a `scoring_deadline`, on each of
  /// its `remind_days` before it and on the day itself (before the hour), one message to each
  /// judge with sheets still missing — a digest of the entries, never one per sheet — and at
  /// most one reminder a day to a person. Run by the server's sender on each pass and by
  /// `mail send`; queued in one audited transaction. `site` is the address the links point
  /// at: without it nothing is queued, and the run says why.
  public func queueReminders(site: String?) throws(WorkflowError) -> ReminderRun {
    var run = ReminderRun()
    let now = clock()
    let calendar = RecordWords.calendar
    let today = calendar.startOfDay(for: now)
    let drafts: [MailDraft] = try attempt {
      try database.snapshot {
        let contest = try database.contest()
        let states = try database.roundStates()
        var drafts: [MailDraft] = []
        for round in contest.rounds where states[round.id] != .closed {
          guard let deadline = round.scoringDeadline else { continue }
          let due = deadline.date()
          guard now < due else { continue }
          let days =
            calendar.dateComponents([.day], from: today, to: calendar.startOfDay(for: due))
            .day ?? -1
          guard days == 0 || round.remindDays.contains(days) else { continue }
          let context = try RoundContext.load(database, round: round.id)
          let progress = Self.progress(context)
          var owed: [String: [String]] = [:]
          for line in progress.entries {
            for judge in line.missing { owed[judge, default: []].append(line.entry) }
          }
          guard !owed.isEmpty else { continue }
          guard let site = site.flatMap(MailTemplates.siteAddress) else {
            run.refusal = WorkflowText.noBaseURL
            return []
          }
          for judge in owed.keys.sorted() {
            guard let person = context.judges[judge], person.active else { continue }
            guard !person.email.isEmpty else {
              run.withoutAddress.append(judge)
              continue
            }
            if let last = try database.lastMail(kind: .reminder, person: judge),
              let sent = RecordWords.parseISO(last), sent >= today
            {
              continue
            }
            let entries = owed[judge, default: []].sorted().map {
              (code: $0, title: context.entries[$0]?.draft.title ?? "")
            }
            drafts.append(
              MailTemplates.reminder(
                to: person, round: round, deadline: deadline, days: days, entries: entries,
                site: site, contest: contest))
          }
        }
        return drafts
      }
    }
    guard !drafts.isEmpty else { return run }
    try attempt {
      try database.queueMail(
        drafts, context: AuditContext(actor: Self.automaticSender, now: now))
    }
    run.queued = drafts.count
    return run
  }
}
