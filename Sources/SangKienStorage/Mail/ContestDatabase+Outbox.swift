import Foundation
import GRDB
import SangKienModel

/// The outbox: messages written in the transaction of the change that causes them, each
/// with its audit record (`mail.queue`: recipient, kind, subject and the SHA-256 of the
/// bodies, never the bodies, which may hold a one-time code); their delivery (attempts, the
/// relay's answers) is the sender's bookkeeping, not the contest's, and is not audited —
/// except a message the secretariat sends again (`mail.retry`).
extension ContestDatabase {
  /// Tries before a message is given up on.
  public static let mailAttempts = 5

  static let outboxColumns = """
    id, recipient, recipient_name, kind, subject, body_text, body_html, person, entry,
    created_at, attempts, next_attempt, delivered_at, failed_at, last_answer
    """

  /// The SHA-256 the audit record keeps of a message's bodies.
  static func bodyHash(text: String, html: String) -> String {
    Fingerprint.sha256(Array((text + "\u{0}" + html).utf8))
  }

  /// Queues `drafts` inside the transaction of `db`, each with its audit record.
  static func queue(_ drafts: [MailDraft], db: Database, audit: AuditWriter, at now: String)
    throws
  {
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO outbox (recipient, recipient_name, kind, subject, body_text, body_html,
          body_sha256, secret, person, entry, created_at, next_attempt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for draft in drafts {
      let hash = bodyHash(text: draft.text, html: draft.html)
      try insert.execute(arguments: [
        draft.recipient, draft.recipientName, draft.kind.rawValue, draft.subject, draft.text,
        draft.html, hash, draft.secret, draft.person, draft.entry, now, now,
      ])
      var after: [String: JSONValue] = [
        "id": .number(String(db.lastInsertedRowID)), "recipient": .string(draft.recipient),
        "kind": .string(draft.kind.rawValue), "subject": .string(draft.subject),
        "body_sha256": .string(hash),
      ]
      if let person = draft.person { after["person"] = .string(person) }
      if let entry = draft.entry { after["entry"] = .string(entry) }
      try audit.record(
        action: .mailQueue, subject: "mail:\(db.lastInsertedRowID)", before: nil,
        after: .object(after))
    }
  }

  /// Queues `drafts` on their own (a reminder, a notice), audited.
  public func queueMail(_ drafts: [MailDraft], context: AuditContext) throws {
    try write(context) { db, audit in
      try Self.queue(drafts, db: db, audit: audit, at: context.timestamp)
    }
  }

  /// Whether the contest file at `path` has a message due at `now`, read through one
  /// read-only SQLite connection and nothing else (no header read, no migration): a server
  /// holding a folder of contests asks it of the ones it has closed, before opening one to
  /// deliver.
  public static func hasMailDue(path: String, now: String) throws -> Bool {
    try readOnce(path) { db in
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM outbox
            WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt <= ?)
          """, arguments: [now]) ?? false
    }
  }

  /// The messages whose attempt is due at `now` (queued, not delivered, not given up), oldest
  /// first, at most `limit`.
  public func dueMail(now: String, limit: Int) throws(StorageError) -> [OutboxMessage] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.outboxColumns) FROM outbox
          WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt <= ?
          ORDER BY id LIMIT ?
          """, arguments: [now, limit]
      ).map(Self.message)
    }
  }

  /// Takes message `id` for one attempt: its next attempt moves to `until`, only if it is
  /// still due as read (`was`), so of two senders (the server's, a `mail send` from cron)
  /// one gets it. A sender that dies with it leaves it to be taken again at `until`.
  public func claimMail(id: Int64, was: String, until: String) throws(StorageError) -> Bool {
    var taken = false
    try writeUnaudited { db in
      try db.execute(
        sql: """
          UPDATE outbox SET next_attempt = ?
          WHERE id = ? AND next_attempt = ? AND delivered_at IS NULL AND failed_at IS NULL
          """, arguments: [until, id, was])
      taken = db.changesCount == 1
    }
    return taken
  }

  /// Records an attempt: delivered (a secret message's bodies then cleared, their hash
  /// kept), or failed, to be tried again at `next` or given up on (`next` nil).
  public func recordAttempt(
    id: Int64, at now: String, outcome: MailOutcome, next: String?
  ) throws(StorageError) {
    try writeUnaudited { db in
      switch outcome {
      case .delivered(let answer):
        try db.execute(
          sql: """
            UPDATE outbox SET attempts = attempts + 1, delivered_at = ?, last_answer = ?,
              body_text = CASE WHEN secret = 1 THEN '' ELSE body_text END,
              body_html = CASE WHEN secret = 1 THEN '' ELSE body_html END
            WHERE id = ?
            """, arguments: [now, String(answer.prefix(500)), id])
      case .failed(let answer, _):
        try db.execute(
          sql: """
            UPDATE outbox SET attempts = attempts + 1, last_answer = ?,
              next_attempt = coalesce(?, next_attempt), failed_at = CASE WHEN ? IS NULL THEN ? END
            WHERE id = ?
            """, arguments: [String(answer.prefix(500)), next, next, now, id])
      }
    }
  }

  /// The outbox, newest first; only one state when asked; at most `limit`.
  public func outbox(state: MailState? = nil, limit: Int = 500) throws(StorageError)
    -> [OutboxMessage]
  {
    let condition: String
    switch state {
    case nil: condition = "1"
    case .queued: condition = "delivered_at IS NULL AND failed_at IS NULL"
    case .delivered: condition = "delivered_at IS NOT NULL"
    case .failed: condition = "failed_at IS NOT NULL"
    }
    return try read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT \(Self.outboxColumns) FROM outbox WHERE \(condition) ORDER BY id DESC LIMIT ?",
        arguments: [limit]
      ).map(Self.message)
    }
  }

  /// Puts a message given up on back in the queue, due now, its attempts counted afresh.
  /// Audited (`mail.retry`). False when there is no such failed message.
  public func retryMail(id: Int64, context: AuditContext) throws -> Bool {
    try write(context) { db, audit in
      try db.execute(
        sql: """
          UPDATE outbox SET attempts = 0, failed_at = NULL, next_attempt = ?
          WHERE id = ? AND failed_at IS NOT NULL
          """, arguments: [context.timestamp, id])
      guard db.changesCount == 1 else { return false }
      try audit.record(
        action: .mailRetry, subject: "mail:\(id)", before: nil,
        after: .object(["id": .number(String(id))]))
      return true
    }
  }

  static func message(_ row: Row) -> OutboxMessage {
    OutboxMessage(
      id: row["id"], recipient: row["recipient"], recipientName: row["recipient_name"],
      kind: row["kind"], subject: row["subject"], text: row["body_text"],
      html: row["body_html"], person: row["person"], entry: row["entry"],
      createdAt: row["created_at"], attempts: row["attempts"], nextAttempt: row["next_attempt"],
      deliveredAt: row["delivered_at"], failedAt: row["failed_at"],
      lastAnswer: row["last_answer"])
  }
}

extension ContestDatabase {
  /// When the last message of `kind` to `person` was queued (ISO 8601 UTC), if ever.
  public func lastMail(kind: MailKind, person: String) throws(StorageError) -> String? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT max(created_at) FROM outbox WHERE kind = ? AND person = ?",
        arguments: [kind.rawValue, person])
    }
  }
}
