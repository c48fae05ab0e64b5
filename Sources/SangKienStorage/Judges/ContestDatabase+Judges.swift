import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  /// The judges by id; removed judges (kept for their sheets) only when asked.
  public func judges(includeRemoved: Bool = false) throws(StorageError) -> [Judge] {
    try read { db in
      try Row.fetchAll(
        try db.cachedStatement(
          sql: "SELECT id, name, unit, fields, role, active, title, email, phone FROM judge"
            + (includeRemoved ? "" : " WHERE active = 1") + " ORDER BY id")
      ).map(JudgeRows.judge)
    }
  }

  /// Adds judges in one transaction, each with its audit record. Existing ids are refused.
  public func addJudges(_ judges: [Judge], context: AuditContext, note: String? = nil) throws {
    try write(context) { db, audit in
      for judge in judges {
        if try Bool.fetchOne(
          try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM judge WHERE id = ?)"),
          arguments: [judge.id])
          == true
        {
          throw StorageError.duplicateJudge(id: judge.id)
        }
        try db.execute(
          sql: """
            INSERT INTO judge (id, name, unit, fields, role, title, email, phone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            judge.id, judge.name, judge.unit,
            JSONValue.array(judge.fields.map(JSONValue.string)).canonicalText, judge.role.rawValue,
            judge.title, judge.email, judge.phone,
          ])
        try audit.record(
          action: .judgeAdd, subject: "judge:\(judge.id)", before: nil, after: judge.jsonValue,
          note: note)
      }
    }
  }

  /// Replaces a judge's name, unit, fields, role and post (audited with before and after);
  /// the id stays.
  public func updateJudge(_ judge: Judge, context: AuditContext) throws -> Judge {
    try write(context) { db, audit in
      guard
        let row = try Row.fetchOne(
          try db.cachedStatement(
            sql:
              "SELECT id, name, unit, fields, role, active, title, email, phone FROM judge WHERE id = ?"
          ),
          arguments: [judge.id])
      else { throw StorageError.judgeNotFound(id: judge.id) }
      let before = JudgeRows.judge(row)
      var after = judge
      after.active = before.active
      try db.execute(
        sql: """
          UPDATE judge SET name = ?, unit = ?, fields = ?, role = ?, title = ?, email = ?, phone = ?
          WHERE id = ?
          """,
        arguments: [
          after.name, after.unit, JSONValue.array(after.fields.map(JSONValue.string)).canonicalText,
          after.role.rawValue, after.title, after.email, after.phone, after.id,
        ])
      try audit.record(
        action: .judgeUpdate, subject: "judge:\(judge.id)", before: before.jsonValue,
        after: after.jsonValue)
      return after
    }
  }

  /// Removes a judge: their unscored assignments go; their sheets stay (the judge is kept,
  /// marked removed) unless `dropScores`, which deletes them too. One audit record.
  public func removeJudge(
    id: String, dropScores: Bool, reason: String? = nil, context: AuditContext
  ) throws -> JudgeRemoval {
    try write(context) { db, audit in
      guard
        let row = try Row.fetchOne(
          try db.cachedStatement(
            sql:
              "SELECT id, name, unit, fields, role, active, title, email, phone FROM judge WHERE id = ?"
          ),
          arguments: [id])
      else { throw StorageError.judgeNotFound(id: id) }
      let judge = JudgeRows.judge(row)
      let sheetRows = try Row.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT s.round, e.code, s.points, s.comment FROM score_sheet s
            JOIN entry e ON e.id = s.entry_id WHERE s.judge = ? ORDER BY s.round, e.id
            """), arguments: [id])
      let unscored = """
        FROM assignment WHERE judge = ? AND NOT EXISTS (
          SELECT 1 FROM score_sheet s WHERE s.round = assignment.round AND s.judge = assignment.judge
            AND s.entry_id = assignment.entry_id)
        """
      var freedPairs = try String.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT assignment.round || ' ' || assignment.judge || ' ' || e.code \(unscored.replacingOccurrences(of: "FROM assignment", with: "FROM assignment JOIN entry e ON e.id = assignment.entry_id"))
            """), arguments: [id])
      try db.execute(sql: "DELETE \(unscored)", arguments: [id])
      let freed = db.changesCount
      var after: JSONValue? = nil
      var conflicts: [String] = []
      if sheetRows.isEmpty || dropScores {
        freedPairs += try String.fetchAll(
          try db.cachedStatement(
            sql: """
              SELECT a.round || ' ' || a.judge || ' ' || e.code FROM assignment a
              JOIN entry e ON e.id = a.entry_id WHERE a.judge = ?
              """), arguments: [id])
        conflicts = try String.fetchAll(
          try db.cachedStatement(
            sql: """
              SELECT c.kind || ' ' || e.code || ': ' || c.reason FROM conflict c
              JOIN entry e ON e.id = c.entry_id WHERE c.judge = ?
              """), arguments: [id])
        try db.execute(sql: "DELETE FROM conflict WHERE judge = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM score_sheet WHERE judge = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM assignment WHERE judge = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM judge WHERE id = ?", arguments: [id])
      } else {
        try db.execute(sql: "UPDATE judge SET active = 0 WHERE id = ?", arguments: [id])
        var kept = judge
        kept.active = false
        after = kept.jsonValue
      }
      let sheets = JSONValue.array(
        sheetRows.map { r in
          .object([
            "round": .string(r[0]), "entry": .string(r[1]),
            "points": JSONValue(parsing: r[2]) ?? .null, "comment": .string(r[3]),
          ])
        })
      try audit.record(
        action: dropScores ? .judgeRemoveWithScores : .judgeRemove, subject: "judge:\(id)",
        before: .object([
          "judge": judge.jsonValue, "sheets": sheets,
          "assignments": .array(freedPairs.map(JSONValue.string)),
          "conflicts": .array(conflicts.map(JSONValue.string)),
        ]), after: after, note: reason)
      return JudgeRemoval(
        sheets: sheetRows.count, droppedScores: dropScores && !sheetRows.isEmpty,
        freedAssignments: freed)
    }
  }
}

extension ContestDatabase {
  /// Puts a removed judge (one kept for their sheets) back on the jury, for `reason`
  /// (audited): their kept sheets count again; assignments are not given back.
  public func reinstateJudge(id: String, reason: String, context: AuditContext) throws -> Judge {
    try write(context) { db, audit in
      guard
        let row = try Row.fetchOne(
          db,
          sql:
            "SELECT id, name, unit, fields, role, active, title, email, phone FROM judge WHERE id = ?",
          arguments: [id])
      else { throw StorageError.judgeNotFound(id: id) }
      var judge = JudgeRows.judge(row)
      try db.execute(sql: "UPDATE judge SET active = 1 WHERE id = ?", arguments: [id])
      let before = judge.jsonValue
      judge.active = true
      try audit.record(
        action: .judgeReinstate, subject: "judge:\(id)", before: before, after: judge.jsonValue,
        note: reason)
      return judge
    }
  }
}

enum JudgeRows {
  static func judge(_ row: Row) -> Judge {
    let fieldsText: String = row["fields"]
    var fields: [String] = []
    if case .array(let items)? = JSONValue(parsing: fieldsText) {
      fields = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }
    return Judge(
      id: row["id"], name: row["name"], unit: row["unit"], fields: fields,
      role: JudgeRole(rawValue: row["role"]) ?? .member, title: row["title"] ?? "",
      active: row["active"], email: row["email"] ?? "", phone: row["phone"] ?? "")
  }
}
