import Foundation
import GRDB
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing
import ZIPFoundation

@testable import SangKienWorkflow

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One character (U+FFFE, U+FFFF) in a title made every Office file that printed it
/// ill-formed XML, and the publication recorded the broken files.
@Suite("characters XML forbids: dropped at the input, never written")
struct XMLCharacterTests {
  /// U+1FFFE, a noncharacter of plane 1 (Swift's literals refuse it).
  static let plane1 = scalar(0x1FFFE)

  /// A scalar as text: Swift's literals refuse noncharacters.
  static func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }

  /// Every XML part of an Office file (a zip), each parsed by FoundationXML: the names of
  /// those that do not parse.
  static func illFormedParts(_ bytes: [UInt8]) throws -> [String] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var bad: [String] = []
    for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      if !XMLParser(data: data).parse() { bad.append(entry.path) }
    }
    return bad
  }

  @Test("typed in, U+FFFE, U+FFFF and the other noncharacters are dropped like controls")
  func input() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    let change = try contest.workflow.updateEntry(
      code: code,
      changes: [.title: "Một cửa\u{FFFE} liên\u{FFFF} thông" + Self.scalar(0xFDD0) + Self.plane1],
      by: contest.secretariat)
    #expect(change.entry.draft.title == "Một cửa liên thông")
    #expect(VietnameseText.clean("a\u{FFFE}b") == "ab")
    #expect(VietnameseText.clean("a" + Self.plane1 + "b") == "ab")
    #expect(VietnameseText.clean("a\u{FFFD}b") == "a\u{FFFD}b", "the replacement character is text")
  }

  @Test("already stored (an older database), they never reach a published or a score workbook")
  func writers() throws {
    let contest = try ResultsWorkflowTests.scored()
    let w = contest.workflow
    let code = try contest.firstCode()
    // Written behind the checks, as a database from before them may hold it.
    let queue = try DatabaseQueue(path: contest.path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE entry SET title = title || ?, summary = summary || ? WHERE code = ?",
        arguments: [" \u{FFFE}", " \u{FFFF}\u{1}", code])
    }
    try queue.close()
    let desk = try contest.otherDesk()
    // `publish` refuses data that differs from the log; the files it would write are these.
    let files = try Workflow.files(
      try RoundContext.load(desk.database, round: "so-khao"), head: "0", publication: 1,
      now: fixedNow)
    #expect(
      files.contains { $0.name == "ranking.xlsx" } && files.contains { $0.name == "bien-ban.docx" })
    var office = 0
    for file in files where file.name.hasSuffix(".xlsx") || file.name.hasSuffix(".docx") {
      office += 1
      #expect(try Self.illFormedParts(file.bytes).isEmpty, "\(file.name)")
    }
    #expect(office >= 3, "ranking.xlsx, bang-tong-hop.xlsx, bien-ban.docx")
    for file in files where file.name.hasSuffix(".html") {
      let text = String(decoding: file.bytes, as: UTF8.self)
      #expect(
        !text.unicodeScalars.contains("\u{FFFE}") && !text.unicodeScalars.contains("\u{FFFF}"))
    }
    let judge = try #require(
      try w.assignments(round: "so-khao", by: contest.secretariat).first { $0.entry == code }?.judge
    )
    let book = try desk.scoreWorkbook(round: "so-khao", judge: judge, by: contest.secretariat)
    #expect(try Self.illFormedParts(try book.bytes()).isEmpty)
  }

  @Test("the one escaping function: markup escaped, forbidden characters gone, read back")
  func escaping() throws {
    let text =
      "Giải <Nhất> & \"Nhì\"\u{301} '\u{FFFE}\u{FFFF}\u{1}" + Self.scalar(0xFDEF) + Self.plane1
      + "\tx\r\ny"
    let escaped = Escaping.xml(text)
    #expect(escaped == "Giải &lt;Nhất&gt; &amp; &quot;Nhì&quot;\u{301} &#39;\tx\r\ny")
    let document = "<?xml version=\"1.0\"?><r a=\"\(escaped)\">\(escaped)</r>"
    #expect(XMLParser(data: Data(document.utf8)).parse())
    #expect(Charts.escape(text) == escaped)
  }
}
