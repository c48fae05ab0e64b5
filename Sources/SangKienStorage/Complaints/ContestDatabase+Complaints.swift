import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  private static let complaintColumns = """
    c.id, e.code, c.round, c.publication, c.text, c.received_on, c.due_on, c.filed_by,
    c.filed_at, c.state, c.reason, c.answered_by, c.answered_at, c.outcome, c.method,
    c.amended_hundredths
    """

  private static func complaint(_ row: Row) -> Complaint {
    var complaint = Complaint(
      id: row[0], code: row[1], round: row[2], publication: row[3], text: row[4],
      receivedOn: Day(parsing: row[5]) ?? Day(daysSince1970: 0),
      dueOn: Day(parsing: row[6]) ?? Day(daysSince1970: 0), filedBy: row[7], filedAt: row[8],
      state: ComplaintState(rawValue: row[9]) ?? .filed)
    complaint.reason = row[10]
    complaint.answeredBy = row[11]
    complaint.answeredAt = row[12]
    complaint.outcome = (row[13] as String?).flatMap(ComplaintOutcome.init(rawValue:))
    complaint.method = (row[14] as String?).flatMap(ComplaintMethod.init(rawValue:))
    complaint.amendedHundredths = row[15]
    return complaint
  }

  static func json(_ c: Complaint) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .number(String(c.id)), "entry": .string(c.code), "round": .string(c.round),
      "publication": .number(String(c.publication)), "text": .string(c.text),
      "received_on": .string(c.receivedOn.iso), "due_on": .string(c.dueOn.iso),
      "state": .string(c.state.rawValue),
    ]
    if let reason = c.reason { members["reason"] = .string(reason) }
    if let outcome = c.outcome { members["outcome"] = .string(outcome.rawValue) }
    if let method = c.method { members["method"] = .string(method.rawValue) }
    if let score = c.amendedHundredths {
      members["score"] = .string(DecimalFormat.twoPlaces(hundredths: score))
    }
    return .object(members)
  }

  /// The complaints, newest first; of one entry, or in one state, when given.
  public func complaints(code: String? = nil, state: ComplaintState? = nil) throws(StorageError)
    -> [Complaint]
  {
    try read { db in
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if let code {
        conditions.append("e.code = ?")
        arguments += [code]
      }
      if let state {
        conditions.append("c.state = ?")
        arguments += [state.rawValue]
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      return try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.complaintColumns) FROM complaint c JOIN entry e ON e.id = c.entry_id
          \(filter) ORDER BY c.id DESC
          """, arguments: arguments
      ).map(Self.complaint)
    }
  }

  /// The complaint `id`.
  public func complaint(id: Int64) throws(StorageError) -> Complaint? {
    try read { db in try complaint(id: id, db: db) }
  }

  func complaint(id: Int64, db: Database) throws -> Complaint? {
    try Row.fetchOne(
      db,
      sql: """
        SELECT \(Self.complaintColumns) FROM complaint c JOIN entry e ON e.id = c.entry_id
        WHERE c.id = ?
        """, arguments: [id]
    ).map(Self.complaint)
  }

  /// Records a complaint (audited), with the mails it causes.
  public func addComplaint(
    code: String, round: String, publication: Int64, text: String, receivedOn: Day, dueOn: Day,
    mail: [MailDraft], context: AuditContext
  ) throws -> Complaint {
    try write(context) { db, audit in
      guard
        let entryId = try Int64.fetchOne(
          db, sql: "SELECT id FROM entry WHERE code = ?", arguments: [code])
      else { throw StorageError.entryNotFound(code: code) }
      try db.execute(
        sql: """
          INSERT INTO complaint (entry_id, round, publication, text, received_on, due_on,
            filed_by, filed_at, state)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'filed')
          """,
        arguments: [
          entryId, round, publication, text, receivedOn.iso, dueOn.iso, context.actor,
          context.timestamp,
        ])
      let complaint = Complaint(
        id: db.lastInsertedRowID, code: code, round: round, publication: publication, text: text,
        receivedOn: receivedOn, dueOn: dueOn, filedBy: context.actor, filedAt: context.timestamp,
        state: .filed)
      try audit.record(
        action: .complaintAdd, subject: code, before: nil, after: Self.json(complaint))
      try Self.queue(mail, db: db, audit: audit, at: context.timestamp)
      return complaint
    }
  }

  /// Moves complaint `id` from `from` to `to`, with the reason (audited), and queues `mail`.
  public func answerComplaint(
    id: Int64, from: ComplaintState, to: ComplaintState, reason: String?, mail: [MailDraft],
    context: AuditContext
  ) throws -> Complaint {
    try write(context) { db, audit in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT \(Self.complaintColumns) FROM complaint c JOIN entry e ON e.id = c.entry_id
            WHERE c.id = ?
            """, arguments: [id])
      else { throw StorageError.database(message: "complaint \(id)") }
      let before = Self.complaint(row)
      guard before.state == from else {
        throw StorageError.database(message: "complaint \(id) is \(before.state.rawValue)")
      }
      try db.execute(
        sql: """
          UPDATE complaint SET state = ?, reason = ?, answered_by = ?, answered_at = ?
          WHERE id = ?
          """, arguments: [to.rawValue, reason, context.actor, context.timestamp, id])
      var after = before
      after.state = to
      after.reason = reason
      after.answeredBy = context.actor
      after.answeredAt = context.timestamp
      let action: AuditAction = to == .rejected ? .complaintReject : .complaintAccept
      try audit.record(
        action: action, subject: before.code, before: Self.json(before), after: Self.json(after),
        note: reason)
      try Self.queue(mail, db: db, audit: audit, at: context.timestamp)
      return after
    }
  }
}
