import Foundation
import GRDB
import SangKienModel

/// An entry and a look-alike the secretariat said are not one entry twice.
public struct DistinctPair: Sendable, Hashable {
  /// The entry of this contest.
  public var code: String
  /// The look-alike's contest (this one's id, or another edition's).
  public var otherContest: String
  /// The look-alike's code.
  public var otherCode: String
  /// Why they are not duplicates.
  public var reason: String
  /// Who said so.
  public var markedBy: String
  /// When (ISO).
  public var markedAt: String

  /// A pair as stored.
  public init(
    code: String, otherContest: String, otherCode: String, reason: String, markedBy: String,
    markedAt: String
  ) {
    self.code = code
    self.otherContest = otherContest
    self.otherCode = otherCode
    self.reason = reason
    self.markedBy = markedBy
    self.markedAt = markedAt
  }
}

extension ContestDatabase {
  /// Every pair marked not a duplicate.
  public func distinctPairs() throws(StorageError) -> [DistinctPair] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT code, other_contest, other_code, reason, marked_by, marked_at
          FROM similar_distinct ORDER BY code, other_contest, other_code
          """
      ).map {
        DistinctPair(
          code: $0[0], otherContest: $0[1], otherCode: $0[2], reason: $0[3], markedBy: $0[4],
          markedAt: $0[5])
      }
    }
  }

  /// Marks `code` and `otherContest`/`otherCode` not duplicates (again: the reason replaced),
  /// audited as `entry.distinct` in the same transaction.
  public func markDistinct(
    code: String, otherContest: String, otherCode: String, reason: String,
    context: AuditContext
  ) throws {
    try write(context) { db, audit in
      guard
        try Bool.fetchOne(db, sql: "SELECT 1 FROM entry WHERE code = ?", arguments: [code])
          == true
      else { throw StorageError.entryNotFound(code: code) }
      let earlier = try String.fetchOne(
        db,
        sql: """
          SELECT reason FROM similar_distinct
          WHERE code = ? AND other_contest = ? AND other_code = ?
          """, arguments: [code, otherContest, otherCode])
      try db.execute(
        sql: """
          INSERT INTO similar_distinct
            (code, other_contest, other_code, reason, marked_by, marked_at)
          VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (code, other_contest, other_code) DO UPDATE SET
            reason = excluded.reason, marked_by = excluded.marked_by,
            marked_at = excluded.marked_at
          """,
        arguments: [code, otherContest, otherCode, reason, context.actor, context.timestamp])
      func pair(_ reason: String) -> JSONValue {
        .object([
          "other_contest": .string(otherContest), "other_code": .string(otherCode),
          "reason": .string(reason),
        ])
      }
      try audit.record(
        action: .entryDistinct, subject: code, before: earlier.map(pair), after: pair(reason),
        note: reason)
    }
  }
}
