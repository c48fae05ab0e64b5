/// What a message is about: each kind has its template, and its person or entry.
public enum MailKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// A person's invitation: their one-time code and the sign-in link.
  case invitation
  /// A judge's reminder of sheets still to submit.
  case reminder
  /// A change to a judge's assignments.
  case assignment
  /// A conflict a judge declared, to the secretariat.
  case conflict
  /// The code that verifies an entrant's address.
  case verification
  /// The receipt of an entry submitted online.
  case receipt
  /// The secretariat's request for a supplement.
  case supplement
  /// An entry's status changed (accepted, rejected, withdrawn).
  case status
  /// The published result of an entry.
  case result
  /// A complaint filed (to the secretariat) or answered (to the entrant).
  case complaint

  /// The kind in words.
  public var localized: String {
    switch self {
    case .invitation: Language.text(vi: "thư mời đăng nhập", en: "invitation")
    case .reminder: Language.text(vi: "nhắc hạn chấm", en: "reminder")
    case .assignment: Language.text(vi: "thay đổi phân công", en: "assignment change")
    case .conflict: Language.text(vi: "khai xung đột lợi ích", en: "conflict declared")
    case .verification: Language.text(vi: "mã xác minh địa chỉ thư", en: "address verification")
    case .receipt: Language.text(vi: "giấy biên nhận hồ sơ", en: "receipt")
    case .supplement: Language.text(vi: "yêu cầu bổ sung hồ sơ", en: "supplement request")
    case .status: Language.text(vi: "kết quả tiếp nhận hồ sơ", en: "status change")
    case .result: Language.text(vi: "kết quả cuộc thi", en: "result")
    case .complaint: Language.text(vi: "khiếu nại, phúc khảo", en: "complaint")
    }
  }
}

/// A message to queue: written into the outbox in the transaction of the change that
/// causes it, so that a change rolled back sends nothing and a crash loses nothing.
public struct MailDraft: Sendable, Hashable {
  /// The address.
  public var recipient: String
  /// The person's name, for the `To:` line.
  public var recipientName: String
  /// What it is about.
  public var kind: MailKind
  /// The subject, in Vietnamese.
  public var subject: String
  /// The plain-text body.
  public var text: String
  /// The simple HTML body (no outside images, no tracking).
  public var html: String
  /// The person it concerns (a judge's id, a staff member's name).
  public var person: String?
  /// The entry it concerns.
  public var entry: String?
  /// Whether the bodies hold a secret (a one-time code): cleared once delivered, their
  /// SHA-256 kept.
  public var secret: Bool

  /// Creates a draft.
  public init(
    recipient: String, recipientName: String, kind: MailKind, subject: String, text: String,
    html: String, person: String? = nil, entry: String? = nil, secret: Bool = false
  ) {
    self.recipient = recipient
    self.recipientName = recipientName
    self.kind = kind
    self.subject = subject
    self.text = text
    self.html = html
    self.person = person
    self.entry = entry
    self.secret = secret
  }
}

/// Where a queued message stands.
public enum MailState: String, Sendable, Hashable, Codable {
  /// Waiting for its next attempt.
  case queued
  /// Taken by the relay.
  case delivered
  /// Five attempts failed: shown to the secretariat, who may send it again.
  case failed

  /// The state in words.
  public var localized: String {
    switch self {
    case .queued: Language.text(vi: "đang chờ gửi", en: "queued")
    case .delivered: Language.text(vi: "đã gửi", en: "delivered")
    case .failed: Language.text(vi: "gửi không được", en: "failed")
    }
  }
}

/// A message of the outbox.
public struct OutboxMessage: Sendable, Hashable {
  /// Its number in the outbox.
  public var id: Int64
  /// The address and the person's name.
  public var recipient: String
  /// See `recipient`.
  public var recipientName: String
  /// What it is about.
  public var kind: String
  /// The subject.
  public var subject: String
  /// The bodies (empty once a secret one is delivered).
  public var text: String
  /// See `text`.
  public var html: String
  /// The person and the entry it concerns.
  public var person: String?
  /// See `person`.
  public var entry: String?
  /// When it was queued (ISO 8601 UTC).
  public var createdAt: String
  /// Attempts made.
  public var attempts: Int
  /// When the next attempt is due (ISO 8601 UTC).
  public var nextAttempt: String
  /// When the relay took it.
  public var deliveredAt: String?
  /// When it was given up on.
  public var failedAt: String?
  /// The relay's last answer.
  public var lastAnswer: String?

  /// Creates a message as read from the outbox.
  public init(
    id: Int64, recipient: String, recipientName: String, kind: String, subject: String,
    text: String, html: String, person: String?, entry: String?, createdAt: String,
    attempts: Int, nextAttempt: String, deliveredAt: String?, failedAt: String?,
    lastAnswer: String?
  ) {
    self.id = id
    self.recipient = recipient
    self.recipientName = recipientName
    self.kind = kind
    self.subject = subject
    self.text = text
    self.html = html
    self.person = person
    self.entry = entry
    self.createdAt = createdAt
    self.attempts = attempts
    self.nextAttempt = nextAttempt
    self.deliveredAt = deliveredAt
    self.failedAt = failedAt
    self.lastAnswer = lastAnswer
  }

  /// Where it stands.
  public var state: MailState {
    deliveredAt != nil ? .delivered : failedAt != nil ? .failed : .queued
  }
}

/// How one attempt to hand a message to the relay went.
public enum MailOutcome: Sendable, Hashable {
  /// The relay took it; its answer.
  case delivered(String)
  /// It did not; the relay's answer (or why it could not be reached), and whether trying
  /// again cannot help (a recipient refused for good).
  case failed(String, permanent: Bool)
}

/// Hands messages to a relay: libcurl's SMTP in `sangkien` (`SangKienMail`), a recorder in
/// tests.
public protocol MailTransport: Sendable {
  /// One attempt to deliver `message`.
  func deliver(_ message: OutboxMessage) -> MailOutcome
}

/// Mail addresses, checked the one way every reader does (a judges' file, a form, the
/// relay's sender).
public enum MailAddress {
  /// An address mail can go to: one `@`, something before it, a dotted domain after it, no
  /// spaces or list separators, at most 254 bytes.
  public static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, text.utf8.count <= 254,
      !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" })
    else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
  }
}
