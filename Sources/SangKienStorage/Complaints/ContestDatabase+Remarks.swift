import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  private static let remarkColumns = """
    r.complaint_id, e.code, r.judge, r.points, r.comment, r.draft_points, r.draft_comment,
    r.version, r.submitted_at, r.released
    """

  private static func remark(_ row: Row) -> Remark {
    var remark = Remark(complaint: row[0], code: row[1], judge: row[2])
    if let points: String = row[3] { remark.points = StoredSheet.points(fromJSON: points) }
    remark.comment = row[4]
    remark.draftPoints = StoredSheet.points(fromJSON: row[5])
    remark.draftComment = row[6]
    remark.version = row[7]
    remark.submittedAt = row[8]
    remark.released = row[9]
    return remark
  }

  /// What a re-marker's audit record carries: whose place, and the sheet once submitted.
  static func json(_ r: Remark) -> JSONValue {
    var members: [String: JSONValue] = [
      "complaint": .number(String(r.complaint)), "entry": .string(r.code),
      "judge": .string(r.judge),
    ]
    if let released = r.released { members["released"] = .string(released) }
    if r.isSubmitted {
      members["points"] = StoredSheet.pointsJSON(r.points)
      members["comment"] = .string(r.comment)
    }
    return .object(members)
  }

  /// The re-markers (released ones too), of one complaint or one judge when given, by
  /// complaint then in the order they were given it.
  public func remarks(complaint: Int64? = nil, judge: String? = nil) throws(StorageError)
    -> [Remark]
  {
    try read { db in
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if let complaint {
        conditions.append("r.complaint_id = ?")
        arguments += [complaint]
      }
      if let judge {
        conditions.append("r.judge = ?")
        arguments += [judge]
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      return try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.remarkColumns) FROM remark r
          JOIN complaint c ON c.id = r.complaint_id JOIN entry e ON e.id = c.entry_id
          \(filter) ORDER BY r.complaint_id, r.id
          """, arguments: arguments
      ).map(Self.remark)
    }
  }

  /// Gives `judges` complaint `complaint`'s entry to re-mark (one audit record each), with
  /// the mails it causes.
  public func addRemarkers(
    complaint: Int64, code: String, judges: [String], mail: [MailDraft], context: AuditContext
  ) throws {
    try write(context) { db, audit in
      for judge in judges {
        try db.execute(
          sql: "INSERT INTO remark (complaint_id, judge, assigned_at) VALUES (?, ?, ?)",
          arguments: [complaint, judge, context.timestamp])
        try audit.record(
          action: .remarkAssign, subject: code, before: nil,
          after: Self.json(Remark(complaint: complaint, code: code, judge: judge)))
      }
      try Self.queue(mail, db: db, audit: audit, at: context.timestamp)
    }
  }

  /// Replaces nobody yet: marks `judge`'s place on `complaint` as released, with the reason
  /// (audited); their sheet, if any, stays and no longer counts.
  public func releaseRemarker(
    complaint: Int64, judge: String, reason: String, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      guard
        let before = try Row.fetchOne(
          db,
          sql: """
            SELECT \(Self.remarkColumns) FROM remark r
            JOIN complaint c ON c.id = r.complaint_id JOIN entry e ON e.id = c.entry_id
            WHERE r.complaint_id = ? AND r.judge = ? AND r.released IS NULL
            """, arguments: [complaint, judge]
        ).map(Self.remark)
      else { throw StorageError.database(message: "remark \(complaint) \(judge)") }
      try db.execute(
        sql: "UPDATE remark SET released = ? WHERE complaint_id = ? AND judge = ?",
        arguments: [reason, complaint, judge])
      var after = before
      after.released = reason
      try audit.record(
        action: .remarkRelease, subject: before.code, before: Self.json(before),
        after: Self.json(after), note: reason)
    }
  }

  /// Saves a re-marker's draft (not audited, never counted): the version moves on by one.
  public func saveRemarkDraft(
    complaint: Int64, judge: String, points: [String: Points], comment: String
  ) throws(StorageError) {
    try writeUnaudited { db in
      try db.execute(
        sql: """
          UPDATE remark SET draft_points = ?, draft_comment = ?, version = version + 1
          WHERE complaint_id = ? AND judge = ? AND released IS NULL AND submitted_at IS NULL
          """,
        arguments: [
          StoredSheet.pointsJSON(points).canonicalText, comment, complaint, judge,
        ])
      guard db.changesCount == 1 else {
        throw StorageError.database(message: "remark \(complaint) \(judge)")
      }
    }
  }

  /// Submits a re-marker's sheet (audited with the points and the comment): final.
  public func submitRemark(
    complaint: Int64, judge: String, points: [String: Points], comment: String,
    context: AuditContext
  ) throws -> Remark {
    try write(context) { db, audit in
      let text = StoredSheet.pointsJSON(points).canonicalText
      try db.execute(
        sql: """
          UPDATE remark SET points = ?, comment = ?, draft_points = ?, draft_comment = ?,
            version = version + 1, submitted_at = ?
          WHERE complaint_id = ? AND judge = ? AND released IS NULL AND submitted_at IS NULL
          """,
        arguments: [text, comment, text, comment, context.timestamp, complaint, judge])
      guard db.changesCount == 1 else {
        throw StorageError.database(message: "remark \(complaint) \(judge)")
      }
      guard
        let after = try Row.fetchOne(
          db,
          sql: """
            SELECT \(Self.remarkColumns) FROM remark r
            JOIN complaint c ON c.id = r.complaint_id JOIN entry e ON e.id = c.entry_id
            WHERE r.complaint_id = ? AND r.judge = ?
            """, arguments: [complaint, judge]
        ).map(Self.remark)
      else { throw StorageError.database(message: "remark \(complaint) \(judge)") }
      try audit.record(
        action: .remarkSubmit, subject: after.code, before: nil, after: Self.json(after))
      return after
    }
  }

  /// Records the organisers' decision on an accepted complaint (audited before and after),
  /// with the mails it causes.
  public func decideComplaint(
    id: Int64, outcome: ComplaintOutcome, method: ComplaintMethod?, amendedHundredths: Int64?,
    reason: String, mail: [MailDraft], context: AuditContext
  ) throws -> Complaint {
    try write(context) { db, audit in
      guard let before = try complaint(id: id, db: db) else {
        throw StorageError.database(message: "complaint \(id)")
      }
      guard before.state == .accepted else {
        throw StorageError.database(message: "complaint \(id) is \(before.state.rawValue)")
      }
      try db.execute(
        sql: """
          UPDATE complaint SET state = 'decided', reason = ?, answered_by = ?, answered_at = ?,
            outcome = ?, method = ?, amended_hundredths = ?
          WHERE id = ?
          """,
        arguments: [
          reason, context.actor, context.timestamp, outcome.rawValue, method?.rawValue,
          amendedHundredths, id,
        ])
      var after = before
      after.state = .decided
      after.reason = reason
      after.answeredBy = context.actor
      after.answeredAt = context.timestamp
      after.outcome = outcome
      after.method = method
      after.amendedHundredths = amendedHundredths
      try audit.record(
        action: .complaintDecide, subject: before.code, before: Self.json(before),
        after: Self.json(after), note: reason)
      try Self.queue(mail, db: db, audit: audit, at: context.timestamp)
      return after
    }
  }
}
