import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

@Suite("a published result proves itself")
struct PublicationTests {
  static func sqlite(_ path: String, _ sql: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, sql]
    try process.run()
    process.waitUntilExit()
  }

  static var hasSQLite: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") }

  @Test("publishing records every file's SHA-256; the files carry that record's number")
  func recorded() throws {
    let contest = try ResultsWorkflowTests.scored()
    let w = contest.workflow
    let publication = try w.publish(round: "so-khao", by: contest.organiser)
    let record = try #require(try contest.workflow.database.publication(id: publication.id))
    #expect(record.round == "so-khao")
    #expect(Set(record.files.keys) == Set(publication.files.map(\.name)))
    for file in publication.files {
      #expect(record.files[file.name] == Fingerprint.sha256(file.bytes))
    }
    let log = try w.auditLog(by: contest.secretariat)
    #expect(log.last?.id == publication.id && log.last?.action == "publish")
    let json = String(decoding: publication.files[2].bytes, as: UTF8.self)
    #expect(json.contains("\"publication\": \"#\(publication.id)\""))
    // Another publication of the same data is another record, another code.
    let again = try w.publish(round: "so-khao", by: contest.organiser)
    #expect(again.id != publication.id)
    let check = try w.checkPublication(publication.files, by: contest.secretariat)
    #expect(check.isGenuine, "\(check.problems)")
    #expect(check.matched.count == publication.files.count)
    #expect(check.recordsSince == 1)
  }

  @Test("an edited database publishes nothing, and says where it differs")
  func refusedWhenEdited() throws {
    guard Self.hasSQLite else { return }
    let contest = try ResultsWorkflowTests.scored()
    try Self.sqlite(contest.path, "UPDATE entry SET title = 'Sửa lén' WHERE code = 'SK-0001'")
    let before = try contest.auditCount()
    let error = Language.$current.withValue(.en) {
      refusal { try contest.workflow.publish(round: "so-khao", by: contest.organiser) }
    }
    guard case .wrongState(let message)? = error else {
      Issue.record("publishing an edited database: \(String(describing: error))")
      return
    }
    #expect(message.contains("SK-0001: 'title' is «Sửa lén» in the database"), "\(message)")
    #expect(try contest.auditCount() == before)
    guard
      case .wrongState = refusal({
        try contest.workflow.prizes(round: "so-khao", by: contest.organiser)
      })
    else {
      Issue.record("prizes from an edited database")
      return
    }
  }

  @Test("a changed file, a forged ranking, an edited database and an unknown code are each found")
  func forgeries() throws {
    let contest = try ResultsWorkflowTests.scored()
    let w = contest.workflow
    let publication = try w.publish(round: "so-khao", by: contest.organiser)
    let html = publication.files[0]
    var json = publication.files[2]
    // A page edited by hand.
    var edited = html
    edited.bytes += Array("<!-- -->".utf8)
    let changed = try Language.$current.withValue(.en) {
      try w.checkPublication([edited], by: contest.secretariat)
    }
    #expect(!changed.isGenuine && changed.findings.map(\.verdict) == [.changed])
    // A ranking.json whose first entry's score was changed.
    let text = String(decoding: json.bytes, as: UTF8.self)
    let score = try #require(text.range(of: #""score": [0-9.]+"#, options: .regularExpression))
    json.bytes = Array(text.replacingCharacters(in: score, with: #""score": 99.99"#).utf8)
    let forged = try Language.$current.withValue(.en) {
      try w.checkPublication([json], by: contest.secretariat)
    }
    #expect(forged.findings.map(\.verdict) == [.changed])
    #expect(forged.problems.contains { $0.contains("99.99") && $0.contains("on paper") })
    // The genuine files, after the database was edited around sangkien.
    if Self.hasSQLite {
      try Self.sqlite(contest.path, "UPDATE score_sheet SET comment = 'x' WHERE rowid = 1")
      let after = try w.checkPublication(publication.files, by: contest.secretariat)
      #expect(!after.isGenuine && !after.problems.isEmpty)
    }
    // A code no publication of this database has.
    var alien = publication.files[2]
    alien.bytes = Array(##"{"publication": "#9999", "entries": []}"##.utf8)
    let unknown = try w.checkPublication([alien], by: contest.secretariat)
    #expect(unknown.publication == nil && !unknown.isGenuine)
    let stranger = try w.checkPublication(
      [PublishedFile(name: "x.csv", bytes: [])], by: contest.secretariat)
    #expect(!stranger.isGenuine && stranger.findings.map(\.verdict) == [.notPublished])
    #expect(fields(refusal { try w.checkPublication([], by: contest.secretariat) }) == ["file"])
  }
}

@Suite("a head kept elsewhere can be checked")
struct HeadCheckTests {
  @Test("the log still leads to a kept head, or says it no longer does")
  func kept() throws {
    let contest = try ResultsWorkflowTests.scored()
    let w = contest.workflow
    let early = try w.auditHead(by: contest.secretariat)
    let publication = try w.publish(round: "so-khao", by: contest.organiser)
    let late = try w.auditHead(by: contest.secretariat)
    let found = try w.checkHead(early, by: contest.secretariat)
    #expect(found.record != nil && found.recordsAfter == 1)
    #expect(try w.checkHead("#\(publication.id)", by: contest.secretariat).recordsAfter == 0)
    #expect(fields(refusal { try w.checkHead("nope", by: contest.secretariat) }) == ["head"])
    guard PublicationTests.hasSQLite else { return }
    // An insider removes the last record (the triggers first).
    try PublicationTests.sqlite(
      contest.path,
      "DROP TRIGGER IF EXISTS audit_no_delete; DROP TRIGGER IF EXISTS audit_no_update; DELETE FROM audit WHERE id = (SELECT max(id) FROM audit);"
    )
    #expect(try w.checkHead(late, by: contest.secretariat).record == nil)
    #expect(try w.checkHead("#\(publication.id)", by: contest.secretariat).record == nil)
    #expect(try w.checkHead(early, by: contest.secretariat).record != nil)
  }
}

@Suite("every table is checked against the log")
struct EveryTableTests {
  @Test(
    "a direct edit of each table is reported with what changed",
    arguments: [
      ("UPDATE judge SET unit = 'Sở Khác' WHERE id = 'gk01'", "judge gk01: 'unit'"),
      (
        "INSERT INTO staff (name, role) VALUES ('Kẻ Lạ', 'organiser')",
        "staff 'Kẻ Lạ' (organiser): in the database but not in the audit log"
      ),
      (
        "UPDATE round SET state = 'open' WHERE id = 'so-khao'",
        "round so-khao: 'state' is «open» in the database, «closed» by the audit log"
      ),
      (
        "INSERT INTO round_entry (round, entry_id) SELECT 'chung-khao', id FROM entry WHERE code = 'SK-0040'",
        "round chung-khao: 'shortlist'"
      ),
      ("UPDATE conflict SET kind = 'dismissed' WHERE kind = 'declared'", "conflict gk01 "),
      (
        "UPDATE contest SET deadline = '2019-12-31'",
        "the contest: 'deadline' is «2019-12-31» in the database, «2019-11-15» by the audit log"
      ),
      (
        "UPDATE contest SET definition = json_set(definition, '$.prizes.groups.collective[0].minScore', 1)",
        "The contest definition in the database differs from the one the log recorded"
      ),
      (
        "UPDATE rubric SET definition = json_set(definition, '$.name', 'Khác')",
        "The rubric 'cchc-2019' in the database differs from the one the log recorded"
      ),
    ])
  func edits(sql: String, expected: String) throws {
    guard PublicationTests.hasSQLite else { return }
    let contest = try ResultsWorkflowTests.scored()
    let w = contest.workflow
    let code = try contest.firstCode()
    _ = try w.declareConflict(
      judge: "gk01", entry: code, reason: "Người nhà", by: contest.secretariat)
    _ = try w.advance(AdvanceInput(from: "so-khao", to: "chung-khao"), by: contest.organiser)
    try w.setRoundState("so-khao", to: .closed, by: contest.organiser)
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    try PublicationTests.sqlite(contest.path, sql)
    let result = try Language.$current.withValue(.en) { try w.verifyAudit(by: contest.secretariat) }
    #expect(result.dataProblems.contains { $0.contains(expected) }, "\(result.dataProblems)")
  }
}
