import Foundation
import GRDB
import SangKienModel

extension StoredSheet {
  /// Reads `{"id":"7.5",…}` as written by `pointsJSON`, with a fast path for that exact
  /// form (no escapes) and the general JSON reader for anything else.
  static func points(fromJSON text: String) -> [String: Points] {
    if let fast = flatPoints(text) { return fast }
    guard case .object(let members)? = JSONValue(parsing: text) else { return [:] }
    var result: [String: Points] = [:]
    for (key, value) in members {
      if case .string(let number) = value, let points = Points(parsing: number) {
        result[key] = points
      }
    }
    return result
  }

  /// Digits with at most one `.` and four decimals (what we write), read in place; nil for
  /// anything else, which `Points(utf8:)` then reads or refuses.
  private static func plainPoints(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Points?
  {
    guard !range.isEmpty, range.count <= 15 else { return nil }
    var units: Int64 = 0
    var decimals = -1
    for index in range {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        guard decimals < 0 else { return nil }
        decimals = 0
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        units = units * 10 + Int64(byte &- UInt8(ascii: "0"))
        if decimals >= 0 { decimals += 1 }
      } else {
        return nil
      }
    }
    guard decimals != 0, decimals <= 4 else { return nil }
    for _ in 0..<(4 - max(decimals, 0)) { units *= 10 }
    return Points(units: units)
  }

  private static func flatPoints(_ text: String) -> [String: Points]? {
    // {"key":"value",...} with no escapes or white space: the canonical form we write.
    var text = text
    return text.withUTF8 { bytes -> [String: Points]? in
      guard bytes.count >= 2, bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}")
      else { return nil }
      var result: [String: Points] = [:]
      // Sized once: growing a dictionary re-hashes every key.
      result.reserveCapacity(bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ":") ? 1 : 0) })
      var index = 1
      let end = bytes.count - 1
      func quoted() -> Range<Int>? {
        guard index < end, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var cursor = start
        while cursor < end && bytes[cursor] != UInt8(ascii: "\"") {
          if bytes[cursor] == UInt8(ascii: "\\") { return nil }
          cursor += 1
        }
        guard cursor < end else { return nil }
        index = cursor + 1
        return start..<cursor
      }
      while index < end {
        guard let key = quoted(), index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard let value = quoted(),
          let points = plainPoints(bytes, value) ?? Points(utf8: bytes[value])
        else { return nil }
        result[String(decoding: bytes[key], as: UTF8.self)] = points
        if index < end {
          guard bytes[index] == UInt8(ascii: ",") else { return nil }
          index += 1
        }
      }
      return result
    }
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
      if let round, judge == nil, entry == nil {
        // A whole round (what ranking reads): the codes are looked up in memory rather than
        // by joining each sheet to its entry row, and there is no round order to sort by.
        // Same rows, same order; a third of the time on 50,000 sheets.
        let codes = try EntryRows.codes(db)
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT judge, entry_id, points, comment, voided, reopened FROM score_sheet
            WHERE round = ?
            ORDER BY entry_id, judge
            """, arguments: [round])
        while let row = try rows.next() {
          result.append(
            StoredSheet(
              round: round, judge: row[0], entry: codes[row[1]] ?? "",
              points: StoredSheet.points(fromJSON: row[2]), comment: row[3], voided: row[4],
              reopened: row[5]))
        }
        return result
      }
      // Eight texts at most (which of round, judge and entry are given): prepared once per
      // connection, as a page reads one pair's sheet on every save.
      let rows = try Row.fetchCursor(
        try db.cachedStatement(
          sql: """
            SELECT s.round, s.judge, e.code, s.points, s.comment, s.voided, s.reopened
            FROM score_sheet s JOIN entry e ON e.id = s.entry_id\(filter)
            ORDER BY (SELECT position FROM round WHERE id = s.round), e.id, s.judge
            """), arguments: arguments)
      while let row = try rows.next() {
        result.append(
          StoredSheet(
            round: row[0], judge: row[1], entry: row[2],
            points: StoredSheet.points(fromJSON: row[3]),
            comment: row[4], voided: row[5], reopened: row[6]))
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
          SELECT s.id, s.points, s.comment, s.voided, s.reopened FROM score_sheet s
          JOIN entry e ON e.id = s.entry_id WHERE s.round = ? AND s.judge = ? AND e.code = ?
          """)
      let insert = try db.cachedStatement(
        sql: """
          INSERT INTO score_sheet (round, judge, entry_id, points, comment)
          SELECT ?, ?, id, ?, ? FROM entry WHERE code = ?
          """)
      let update = try db.cachedStatement(
        sql: "UPDATE score_sheet SET points = ?, comment = ?, reopened = NULL WHERE id = ?")
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
            points: StoredSheet.points(fromJSON: row[1]), comment: row[2], voided: row[3],
            reopened: row[4])
          try update.execute(arguments: [points, sheet.comment, row[0] as Int64])
          // Voiding is the jury's and stays; a reopening ends with the new submission.
          var after = sheet
          after.voided = before.voided
          after.reopened = nil
          try audit.record(
            action: .scoreReplace, subject: sheet.entry, before: before.jsonValue,
            after: after.jsonValue, note: note)
          replaced += 1
        } else {
          try insert.execute(arguments: [
            sheet.round, sheet.judge, points, sheet.comment, sheet.entry,
          ])
          guard db.changesCount == 1 else { throw StorageError.entryNotFound(code: sheet.entry) }
          try audit.record(
            action: .scoreEnter, subject: sheet.entry, before: nil, after: sheet.jsonValue,
            note: note)
          added += 1
        }
      }
      return (added, replaced)
    }
  }
}

extension ContestDatabase {
  /// Sets a sheet aside with the jury's reason, or (`reason` nil) restores it; audited with
  /// the sheet before and after. The sheet stays in the database either way.
  @discardableResult
  public func setVoided(_ key: RoundPair, reason: String?, context: AuditContext) throws
    -> StoredSheet
  {
    try changeSheet(
      key, column: "voided", value: reason, action: reason == nil ? .scoreRestore : .scoreVoid,
      context: context
    ) { $0.voided = reason }
  }

  /// Reopens a submitted sheet of a round that locks them, with the secretariat's reason;
  /// audited with the sheet before and after. The judge's next submission clears it.
  @discardableResult
  public func setReopened(_ key: RoundPair, reason: String, context: AuditContext) throws
    -> StoredSheet
  {
    try changeSheet(
      key, column: "reopened", value: reason, action: .scoreReopen, context: context
    ) { $0.reopened = reason }
  }

  private func changeSheet(
    _ key: RoundPair, column: String, value: String?, action: AuditAction,
    context: AuditContext, _ change: (inout StoredSheet) -> Void
  ) throws -> StoredSheet {
    try write(context) { db, audit in
      guard
        let row = try Row.fetchOne(
          try db.cachedStatement(
            sql: """
              SELECT s.id, s.points, s.comment, s.voided, s.reopened FROM score_sheet s
              JOIN entry e ON e.id = s.entry_id WHERE s.round = ? AND s.judge = ? AND e.code = ?
              """), arguments: [key.round, key.judge, key.entry])
      else {
        throw StorageError.sheetNotFound(round: key.round, judge: key.judge, entry: key.entry)
      }
      let before = StoredSheet(
        round: key.round, judge: key.judge, entry: key.entry,
        points: StoredSheet.points(fromJSON: row[1]), comment: row[2], voided: row[3],
        reopened: row[4])
      var after = before
      change(&after)
      try db.execute(
        sql: "UPDATE score_sheet SET \(column) = ? WHERE id = ?",
        arguments: [value, row[0] as Int64])
      try audit.record(
        action: action, subject: key.entry, before: before.jsonValue, after: after.jsonValue,
        note: value)
      return after
    }
  }
}
