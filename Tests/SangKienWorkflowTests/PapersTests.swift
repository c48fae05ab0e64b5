import Foundation
import SangKienModel
import SangKienScoring
import SangKienStorage
import Testing
import ZIPFoundation

@testable import SangKienInterchange
@testable import SangKienWorkflow

/// The jury's papers for the demo contest's final round: their text against the golden
/// files of `Tests/Fixtures/papers` (made by this test: `SANGKIEN_UPDATE_GOLDEN=1 swift test
/// --filter PapersTests` writes them again after a deliberate change), their numbers against
/// the ranking, and the contest file's `papers:` keys.
@Suite("the jury's papers: summary, minutes, decision")
struct PapersTests {
  static let golden = packageRoot + "/Tests/Fixtures/papers/"

  /// The demo contest up to its published final round.
  static func published() throws -> (ContestFixture, Publication, PaperFacts) {
    let contest = try ResultsWorkflowTests.finalScored()
    let w = contest.workflow
    let publication = try w.publish(
      round: "chung-khao", acceptingDisagreements: "Thống nhất tại cuộc họp ngày 20/01/2020",
      by: contest.organiser)
    let context = try RoundContext.load(w.database, round: "chung-khao")
    let (ranking, outcomes) = context.awarded(context.ranking())
    // The head hashes records that name the files imported, under this checkout's path:
    // the golden text holds a stand-in.
    var facts = Workflow.paperFacts(
      context, ranking: ranking, outcomes: outcomes, head: String(repeating: "0", count: 64),
      publication: publication.id, day: Day(parsing: "2026-12-01")!)
    facts.acceptedDisagreements = "Thống nhất tại cuộc họp ngày 20/01/2020"
    return (contest, publication, facts)
  }

  static func compare(_ text: String, golden name: String) throws {
    let path = golden + name
    if ProcessInfo.processInfo.environment["SANGKIEN_UPDATE_GOLDEN"] == "1" {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text == expected, "\(name) differs from its golden text; lines:\n\(diff(text, expected))")
  }

  static func diff(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    return zip(x, y).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(5)
      .map { "\($0.offset + 1): \($0.element.0)\n   golden: \($0.element.1)" }.joined(
        separator: "\n")
  }

  @Test("each paper's text is its golden text; publish writes all three, in Vietnamese")
  func goldenText() throws {
    let (_, publication, facts) = try Self.published()
    #expect(
      Set(publication.files.map(\.name)).isSuperset(
        of: ["bang-tong-hop.xlsx", "bien-ban.docx", "quyet-dinh.docx"]))
    try Self.compare(JuryPapers.minutes(facts).text, golden: "bien-ban.txt")
    try Self.compare(JuryPapers.decision(facts).text, golden: "quyet-dinh.txt")
    try Self.compare(JuryPapers.summaryTable(facts).text, golden: "bang-tong-hop.txt")
    // English sessions publish Vietnamese papers: they are signed in Vietnam.
    let english = try Language.$current.withValue(.en) { JuryPapers.minutes(facts).text }
    #expect(english.contains("Thành phần") && english.contains("BIÊN BẢN"))
  }

  @Test("the annex and the minutes list prizes by group, then prize, then rank")
  func annexOrder() throws {
    var (_, _, facts) = try Self.published()
    // The jury gave the first prize to the entry ranked second of its group.
    let group = facts.contest.groups[0].name
    let winners = facts.ranking.entries.indices.filter {
      facts.ranking.entries[$0].prize != nil && facts.ranking.entries[$0].entry.group == group
    }
    try #require(winners.count >= 2)
    let (first, second) = (winners[0], winners[1])
    let prizes = (facts.ranking.entries[first].prize, facts.ranking.entries[second].prize)
    facts.ranking.entries[first].prize = "Giải Nhì"
    facts.ranking.entries[second].prize = "Giải Nhất"
    let listed = JuryPapers.awarded(facts).first { $0.group == group }?.entries ?? []
    #expect(listed.first?.entry.code == facts.ranking.entries[second].entry.code, "\(prizes)")
    #expect(listed.first?.prize == "Giải Nhất")
    let decision = JuryPapers.decision(facts).text
    let nhat = try #require(decision.range(of: facts.ranking.entries[second].entry.title))
    let nhi = try #require(decision.range(of: facts.ranking.entries[first].entry.title))
    #expect(nhat.lowerBound < nhi.lowerBound, "Giải Nhất comes first in the annex")
  }

  @Test("the numbers on paper are the ranking's: totals, scores, prizes, amounts")
  func numbers() throws {
    let (_, publication, facts) = try Self.published()
    let table = JuryPapers.summaryTable(facts)
    #expect(table.rows.count == facts.ranking.entries.count)
    let judgeColumns = table.header.enumerated().filter { $0.element.hasPrefix("gk") }
    for (row, entry) in zip(table.rows, facts.ranking.entries) {
      #expect(row[1] == .text(entry.entry.code))
      for (column, judge) in judgeColumns {
        if let total = entry.judgeTotals[judge] {
          #expect(row[column] == .number(total.description), "\(entry.entry.code) \(judge)")
        }
      }
      let score = table.header.firstIndex(of: "Điểm tổng hợp")!
      #expect(row[score] == .score(DecimalFormat.twoPlaces(hundredths: entry.hundredths!)))
    }
    // The annex: one line per prize, the amounts of the contest file, their total.
    let decision = JuryPapers.decision(facts)
    guard case .table(let annex) = decision.blocks.last else {
      Issue.record("the decision does not end with its annex")
      return
    }
    let amounts = facts.contest.paperSettings.amounts
    let winners = facts.ranking.entries.filter { $0.prize != nil }
    let expected = winners.compactMap { amounts[$0.prize!] }.reduce(0, +)
    #expect(expected > 0)
    let last = annex.rows.last!.last!.first!.runs.first!.text
    #expect(last == VietnameseNumberWords.grouped(expected))
    #expect(
      decision.text.contains(
        "Bằng chữ: \(VietnameseNumberWords.sentence(expected, currency: "đồng"))"))
    // Every file's bytes are the ones the publication recorded.
    let minutes = try #require(publication.files.first { $0.name == "bien-ban.docx" })
    let archive = try Archive(data: Data(minutes.bytes), accessMode: .read)
    var xml = Data()
    _ = try archive.extract(try #require(archive["word/document.xml"])) { xml.append($0) }
    let document = String(decoding: xml, as: UTF8.self)
    #expect(document.contains("Mã công bố") == false, "the code is in the footer")
    #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
  }

  @Test(
    "amounts in words, as a decision writes them",
    arguments: [
      (Int64(0), "không"), (15, "mười lăm"), (21, "hai mươi mốt"), (24, "hai mươi bốn"),
      (105, "một trăm linh năm"), (115_000, "một trăm mười lăm nghìn"),
      (1_005_000, "một triệu không trăm linh năm nghìn"), (2_500_000, "hai triệu năm trăm nghìn"),
      (56_000_000, "năm mươi sáu triệu"), (1_000_000_001, "một tỷ không trăm linh một"),
      (10_000_000, "mười triệu"),
    ])
  func words(value: Int64, expected: String) {
    #expect(VietnameseNumberWords.words(value) == expected)
  }

  @Test("the contest file's papers keys: checked, with defaults when left out")
  func contestKeys() throws {
    let plain = try ContestFixture(demo: false)
    let settings = try plain.workflow.database.contest().paperSettings
    #expect(settings.place == "Hà Nội" && settings.amounts["Giải Nhất"] == 10_000_000)
    let text = try String(
      contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
    ).replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
    let start = try #require(text.range(of: "\npapers:"))
    let without = String(text[..<start.lowerBound]) + "\n"
    let file = try plain.write("without.yaml", without)
    let loaded = try ContestFile.load(path: file).contest
    #expect(loaded.papers == nil)
    #expect(
      loaded.paperSettings.parentBody == loaded.organiser && loaded.paperSettings.symbol == "BTC")
    for (bad, says) in [
      ("  amounts: {\"Giải Vàng\": 1000}\n", "'Giải Vàng' names no prize of the contest"),
      ("  amounts: {\"Giải Nhất\": -5}\n", "amounts.Giải Nhất"),
      ("  signer: x\n", "signer"),
    ] {
      let path = try plain.write("bad.yaml", without + "papers:\n" + bad)
      do {
        _ = try Language.$current.withValue(.en) { try ContestFile.load(path: path) }
        Issue.record("accepted: \(bad)")
      } catch {
        #expect("\(error)".contains("bad.yaml:") && "\(error)".contains(says), "\(error)")
      }
    }
  }
}
