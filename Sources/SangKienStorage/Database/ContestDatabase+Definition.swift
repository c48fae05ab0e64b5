import Foundation
import GRDB
import SangKienModel

extension ContestDatabase {
  /// The contest's stored definition as the audit log fingerprints it: name, code prefix,
  /// deadline, rounds, the definition's SHA-256 and each rubric's.
  static func definitionRecord(
    contest: Contest, definition: String, rubricTexts: [String: String]
  ) -> [String: JSONValue] {
    [
      "contest": .string(contest.id), "name": .string(contest.name),
      "rounds": .array(contest.rounds.map { .string($0.id) }),
      "rubrics": .array(rubricTexts.keys.sorted().map(JSONValue.string)),
      "definition_sha256": .string(Fingerprint.sha256(Array(definition.utf8))),
      "code_prefix": .string(contest.codePrefix), "deadline": .string(contest.deadline.iso),
      "rubric_sha256": .object(
        rubricTexts.mapValues { .string(Fingerprint.sha256(Array($0.utf8))) }),
    ]
  }

  /// Records that a copy of the whole database is being taken (to `path`: a file name, or
  /// the web's download).
  public func recordBackup(to path: String, context: AuditContext) throws {
    try write(context) { _, audit in
      try audit.record(
        action: .databaseBackup, subject: "database", before: nil,
        after: .object(["to": .string((path as NSString).lastPathComponent)]))
    }
  }

  /// How many sheets each round holds.
  public func sheetCounts() throws(StorageError) -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT round, count(*) AS n FROM score_sheet GROUP BY round")
      {
        counts[row["round"]] = row["n"]
      }
      return counts
    }
  }

  /// Replaces the contest's definition and its rubrics with `contest` and `rubrics`, in one
  /// audited transaction (`contest.update`, the differences as its note). The rounds keep
  /// their ids, order and states; rounds added at the end start open. The workflow decides
  /// what may change: this checks only that no round disappears or moves.
  public func updateContest(
    _ contest: Contest, rubrics: [Rubric], changes: [String], context: AuditContext
  ) throws {
    try write(context) { db, audit in
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      guard let old = try Row.fetchOne(db, sql: "SELECT id, definition FROM contest") else {
        throw StorageError.notAContestDatabase(path: path)
      }
      guard old["id"] as String == contest.id else {
        throw StorageError.file(
          message: Language.text(
            vi: "tệp là của cuộc thi '\(contest.id)', không phải '\(old["id"] as String)'",
            en: "the file is for contest '\(contest.id)', not '\(old["id"] as String)'"))
      }
      let stored = try String.fetchAll(db, sql: "SELECT id FROM round ORDER BY position")
      guard Array(contest.rounds.map(\.id).prefix(stored.count)) == stored else {
        throw StorageError.file(
          message: Language.text(
            vi: "các vòng đã có (\(stored.joined(separator: ", "))) phải giữ nguyên mã và thứ tự",
            en: "the rounds there are (\(stored.joined(separator: ", "))) keep their ids and order")
        )
      }
      var oldRubrics: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, definition FROM rubric") {
        oldRubrics[row["id"]] = row["definition"]
      }
      let oldDefinition: String = old["definition"]
      let oldContest = try JSONDecoder().decode(Contest.self, from: Data(oldDefinition.utf8))
      let definition = String(decoding: try encoder.encode(contest), as: UTF8.self)
      var texts: [String: String] = [:]
      for rubric in rubrics {
        texts[rubric.id] = String(decoding: try encoder.encode(rubric), as: UTF8.self)
      }
      try db.execute(
        sql: "UPDATE contest SET name = ?, code_prefix = ?, deadline = ?, definition = ?",
        arguments: [contest.name, contest.codePrefix, contest.deadline.iso, definition])
      for (id, text) in texts.sorted(by: { $0.key < $1.key }) where oldRubrics[id] != text {
        try db.execute(
          sql: """
            INSERT INTO rubric (id, definition) VALUES (?, ?)
            ON CONFLICT (id) DO UPDATE SET definition = excluded.definition
            """, arguments: [id, text])
      }
      for (position, round) in contest.rounds.enumerated() {
        if position < stored.count {
          try db.execute(
            sql: "UPDATE round SET name = ?, rubric_id = ? WHERE id = ?",
            arguments: [round.name, round.rubricId, round.id])
        } else {
          try db.execute(
            sql: "INSERT INTO round (id, position, name, rubric_id) VALUES (?, ?, ?, ?)",
            arguments: [round.id, position + 1, round.name, round.rubricId])
        }
      }
      // Rubrics no round uses any more go: the file lists the contest's rubrics.
      for id in oldRubrics.keys.sorted() where texts[id] == nil {
        try db.execute(sql: "DELETE FROM rubric WHERE id = ?", arguments: [id])
      }
      try audit.record(
        action: .contestUpdate, subject: contest.id,
        before: .object(
          Self.definitionRecord(
            contest: oldContest, definition: oldDefinition, rubricTexts: oldRubrics)),
        after: .object(
          Self.definitionRecord(contest: contest, definition: definition, rubricTexts: texts)),
        note: changes.joined(separator: "\n"))
    }
  }
}
