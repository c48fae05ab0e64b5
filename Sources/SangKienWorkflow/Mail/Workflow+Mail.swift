import Foundation
import SangKienModel
internal import SangKienStorage

/// What one pass of the sender did.
public struct MailRun: Sendable, Hashable {
  /// Messages the relay took.
  public var delivered = 0
  /// Messages that failed and wait for their next attempt.
  public var retrying = 0
  /// Messages given up on (five attempts, or refused for good).
  public var failed = 0
  /// Messages another sender took first.
  public var skipped = 0

  /// Creates an empty run.
  public init() {}
}

extension Workflow {
  /// How long after the `attempt`-th failure the next attempt comes: 1 min, 5 min, 30 min,
  /// 2 h (then the message is given up on), times `scale` (the tests' 0).
  static func backoff(after attempt: Int, scale: Double) -> TimeInterval {
    let steps: [TimeInterval] = [60, 300, 1800, 7200]
    return steps[min(max(attempt - 1, 0), steps.count - 1)] * scale
  }

  /// One pass of the sender: the messages due, oldest first, at most `limit`, each taken
  /// (so a second sender skips it), handed to `transport` outside any transaction, and its
  /// outcome recorded. A message the relay took and whose answer was lost (the process
  /// killed between the two) is taken again after a ten-minute lease and sent twice, with
  /// the same Message-ID; nothing is ever lost. `backoffScale` 0 retries at once (tests).
  public func deliverMail(
    transport: any MailTransport, limit: Int = 100, backoffScale: Double = 1,
    lease: TimeInterval = 600
  ) throws(WorkflowError) -> MailRun {
    var run = MailRun()
    let now = clock()
    let due = try attempt { try database.dueMail(now: AuditContext.format(now), limit: limit) }
    for message in due {
      let until = AuditContext.format(clock().addingTimeInterval(lease))
      guard
        try attempt({
          try database.claimMail(id: message.id, was: message.nextAttempt, until: until)
        })
      else {
        run.skipped += 1
        continue
      }
      let outcome = transport.deliver(message)
      let at = clock()
      var next: String?
      switch outcome {
      case .delivered:
        run.delivered += 1
      case .failed(_, let permanent):
        let attempts = message.attempts + 1
        if !permanent && attempts < ContestDatabase.mailAttempts {
          next = AuditContext.format(
            at.addingTimeInterval(Self.backoff(after: attempts, scale: backoffScale)))
          run.retrying += 1
        } else {
          run.failed += 1
        }
      }
      try attempt {
        try database.recordAttempt(
          id: message.id, at: AuditContext.format(at), outcome: outcome, next: next)
      }
    }
    return run
  }

  /// The outbox for the staff, newest first; one state when asked.
  public func mail(state: MailState? = nil, by person: Person) throws(WorkflowError)
    -> [OutboxMessage]
  {
    try authorize(.mailList, person)
    return try attempt { try database.outbox(state: state) }
  }

  /// Puts a message given up on back in the queue (audited).
  public func retryMail(id: Int64, by person: Person) throws(WorkflowError) {
    try authorize(.mailRetry, person)
    let done = try attempt { try database.retryMail(id: id, context: context(person)) }
    guard done else { throw .notFound(WorkflowText.noFailedMail(id)) }
  }

  /// Checks that `person` may run the sender (`mail send`): the secretariat's.
  public func permitMailSend(_ person: Person) throws(WorkflowError) {
    try authorize(.mailSend, person)
  }
}
