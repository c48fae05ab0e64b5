import Foundation
import SangKienModel
import SangKienWorkflow

/// What `mail.mustache` shows the staff: the outbox, newest first.
struct MailPage {
  /// One message.
  struct Row {
    var id: Int64
    var to: String
    var kind: String
    var subject: String
    var state: String
    var failed: Bool
    var attempts: Int
    var when: String
    var answer: String
    var retryHref: String
  }

  let t = WebWords.words(for: .mail)
  var relayLine: String
  var relay: Bool
  var notice: String?
  var csrf: String
  var failedOnly: Bool
  var rows: [Row]
  var hasRows: Bool

  /// The page of `messages`; `relay`: whether the server has a relay to send to.
  init(
    _ messages: [OutboxMessage], relay: Bool, failedOnly: Bool, csrf: String, notice: String?
  ) {
    self.relay = relay
    relayLine = WebText.mailRelay(relay, queued: messages.filter { $0.state == .queued }.count)
    self.failedOnly = failedOnly
    self.csrf = csrf
    self.notice = notice
    rows = messages.map { m in
      Row(
        id: m.id,
        to: m.recipientName.isEmpty ? m.recipient : "\(m.recipientName) <\(m.recipient)>",
        kind: MailKind(rawValue: m.kind)?.localized ?? m.kind, subject: m.subject,
        state: m.state.localized, failed: m.state == .failed, attempts: m.attempts,
        when: RecordWords.moment(iso: m.deliveredAt ?? m.failedAt ?? m.nextAttempt),
        answer: m.lastAnswer ?? "", retryHref: "/mail/\(m.id)/retry")
    }
    hasRows = !rows.isEmpty
  }
}
