import Foundation
import GRDB
import SangKienModel

/// A judge's points for an entry in a round, as stored.
public struct StoredSheet: Hashable, Sendable {
  /// The round's id.
  public var round: String
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// Points of each leaf criterion.
  public var points: [String: Decimal]
  /// The judge's comment.
  public var comment: String

  /// Creates a sheet.
  public init(
    round: String, judge: String, entry: String, points: [String: Decimal], comment: String
  ) {
    self.round = round
    self.judge = judge
    self.entry = entry
    self.points = points
    self.comment = comment
  }

  /// The sheet as JSON (points as exact decimal strings), for audit records.
  public var jsonValue: JSONValue {
    .object([
      "round": .string(round), "judge": .string(judge), "entry": .string(entry),
      "points": StoredSheet.pointsJSON(points), "comment": .string(comment),
    ])
  }

  static func pointsJSON(_ points: [String: Decimal]) -> JSONValue {
    .object(points.mapValues { .string(NSDecimalNumber(decimal: $0).stringValue) })
  }

  static func points(fromJSON text: String) -> [String: Decimal] {
    guard case .object(let members)? = JSONValue(parsing: text) else { return [:] }
    var result: [String: Decimal] = [:]
    for (key, value) in members {
      if case .string(let number) = value,
        let decimal = Decimal(string: number, locale: Locale(identifier: "en_US_POSIX"))
      {
        result[key] = decimal
      }
    }
    return result
  }
}

extension ContestDatabase {
  /// The sheets of a round (or of every round), optionally of one judge or one entry.
  public func sheets(
    round: String? = nil, judge: String? = nil, entry: String? = nil
  ) throws(StorageError) -> [StoredSheet] {
    try read { db in
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if let round {
        conditions.append("s.round = ?")
        arguments += [round]
      }
      if let judge {
        conditions.append("s.judge = ?")
        arguments += [judge]
      }
      if let entry {
        conditions.append("e.code = ?")
        arguments += [entry]
      }
      let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
      var result: [StoredSheet] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT s.round, s.judge, e.code, s.points, s.comment FROM score_sheet s
          JOIN entry e ON e.id = s.entry_id\(filter)
          ORDER BY (SELECT position FROM round WHERE id = s.round), e.id, s.judge
          """, arguments: arguments)
      while let row = try rows.next() {
        result.append(
          StoredSheet(
            round: row[0], judge: row[1], entry: row[2],
            points: StoredSheet.points(fromJSON: row[3]),
            comment: row[4]))
      }
      return result
    }
  }

  /// Stores sheets in one transaction, each with its audit record (a replacement records the
  /// sheet before and after). A sheet that exists is refused unless `replace`; a closed
  /// round refuses every sheet. Returns how many were new and how many replaced.
  public func saveSheets(
    _ sheets: [StoredSheet], replace: Bool, context: AuditContext, note: String?,
    commit: Bool = true
  ) throws -> (added: Int, replaced: Int) {
    try write(context, commit: commit) { db, audit in
      let state = try db.cachedStatement(sql: "SELECT state FROM round WHERE id = ?")
      let existing = try db.cachedStatement(
        sql: """
          SELECT s.id, s.points, s.comment FROM score_sheet s JOIN entry e ON e.id = s.entry_id
          WHERE s.round = ? AND s.judge = ? AND e.code = ?
          """)
      let insert = try db.cachedStatement(
        sql: """
          INSERT INTO score_sheet (round, judge, entry_id, points, comment)
          SELECT ?, ?, id, ?, ? FROM entry WHERE code = ?
          """)
      let update = try db.cachedStatement(
        sql: "UPDATE score_sheet SET points = ?, comment = ? WHERE id = ?")
      var added = 0
      var replaced = 0
      for sheet in sheets {
        guard let roundState = try String.fetchOne(state, arguments: [sheet.round]) else {
          throw StorageError.roundNotFound(id: sheet.round)
        }
        if roundState == RoundState.closed.rawValue {
          throw StorageError.roundClosed(id: sheet.round)
        }
        let points = StoredSheet.pointsJSON(sheet.points).canonicalText
        if let row = try Row.fetchOne(existing, arguments: [sheet.round, sheet.judge, sheet.entry])
        {
          guard replace else {
            throw StorageError.sheetExists(
              round: sheet.round, judge: sheet.judge, entry: sheet.entry)
          }
          let before = StoredSheet(
            round: sheet.round, judge: sheet.judge, entry: sheet.entry,
            points: StoredSheet.points(fromJSON: row[1]), comment: row[2])
          try update.execute(arguments: [points, sheet.comment, row[0] as Int64])
          try audit.record(
            action: "score.replace", subject: sheet.entry, before: before.jsonValue,
            after: sheet.jsonValue, note: note)
          replaced += 1
        } else {
          try insert.execute(arguments: [
            sheet.round, sheet.judge, points, sheet.comment, sheet.entry,
          ])
          guard db.changesCount == 1 else { throw StorageError.entryNotFound(code: sheet.entry) }
          try audit.record(
            action: "score.enter", subject: sheet.entry, before: nil, after: sheet.jsonValue,
            note: note)
          added += 1
        }
      }
      return (added, replaced)
    }
  }
}
