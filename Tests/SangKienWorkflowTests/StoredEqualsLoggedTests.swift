import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("what is stored is what is logged is what is shown")
struct StoredEqualsLoggedTests {
  /// Characters that make trouble: NUL and other controls, the byte-order mark, bidi
  /// overrides and isolates, zero-width characters, odd spaces, NFD marks, Vietnamese.
  static let pool: [Unicode.Scalar] = [
    "\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{FEFF}", "\u{202A}",
    "\u{202E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{A0}", "\u{3000}",
    "\t", "\n", "\r", " ", "\u{301}", "\u{323}", "a", "B", "đ", "ư", "ơ", "Ấ", "ỹ", "1", ",", "\"",
  ]

  static func random(_ generator: inout SeededGenerator, length: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<length { scalars.append(pool[Int(generator.next() % UInt64(pool.count))]) }
    return String(scalars)
  }

  @Test("over random text: the entry's fields, its audit record and entry show agree")
  func property() throws {
    let contest = try ContestFixture(demo: false)
    var generator = SeededGenerator(seed: 13)
    var added = 0
    for round in 0..<120 {
      let title = "T\(round) " + Self.random(&generator, length: 12)
      let summary = Self.random(&generator, length: 20)
      let author = "An " + Self.random(&generator, length: 6)
      let fields: [EntryColumn: String] = [
        .title: title, .category: "idea", .entrantKind: "individual", .authors: author,
        .unit: "Đơn vị \(round) " + Self.random(&generator, length: 5), .receivedOn: "2019-10-01",
        .summary: summary,
      ]
      guard
        let change = try? contest.workflow.addEntry(
          fields, allowances: Allowances(duplicates: true), by: contest.secretariat)
      else { continue }
      added += 1
      let entry = change.entry
      for text in [entry.draft.title, entry.draft.unit, entry.draft.summary]
        + entry.draft.authors.map(\.name)
      {
        #expect(
          !text.unicodeScalars.contains(where: VietnameseText.isInvisible),
          "\(text.debugDescription)")
        #expect(text == text.precomposedStringWithCanonicalMapping)
      }
      let detail = try contest.workflow.entry(code: entry.code, by: contest.secretariat)
      #expect(detail.entry == entry)
      let logged = try #require(detail.history.last?.after)
      guard case .object(let members)? = JSONValue(parsing: logged) else {
        Issue.record("unreadable record")
        continue
      }
      #expect(members["title"] == .string(entry.draft.title))
      #expect(members["summary"] == .string(entry.draft.summary))
    }
    #expect(added > 100)
    let verification = try contest.workflow.verifyAudit(by: contest.secretariat)
    #expect(verification.isIntact, "\(verification.dataProblems.prefix(3))")
  }

  @Test("a field of invisible characters only is empty, with the usual message")
  func onlyInvisible() throws {
    let contest = try ContestFixture(demo: false)
    let input: [EntryColumn: String] = [
      .title: "\u{0}\u{FEFF}\u{200B}", .category: "idea", .entrantKind: "individual",
      .authors: "An", .unit: "U", .receivedOn: "2019-10-01",
    ]
    #expect(
      fields(refusal { try contest.workflow.addEntry(input, by: contest.secretariat) }) == ["title"]
    )
  }
}
