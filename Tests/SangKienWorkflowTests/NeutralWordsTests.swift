import Foundation
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("the workflow's words belong to no front end")
struct NeutralWordsTests {
  /// Whether `text` names a command line flag or command.
  static func namesTheCommandLine(_ text: String) -> Bool {
    text.contains("--") || text.contains("'sangkien ")
  }

  @Test("refusals say what to do without a flag; a front end can put its own words in")
  func refusals() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let code = try contest.firstCode()
    func enter(_ comment: String = "khác") throws {
      _ = try w.enterSheet(
        round: nil, judge: "gk01", entry: code, points: ContestFixture.points, comment: comment,
        by: contest.secretariat)
    }
    // A sheet is stored; entering a different one is refused for want of "replace".
    try enter("")
    let messages = [Language.vi, .en].flatMap { language in
      Language.$current.withValue(language) {
        [
          refusal { try w.person(named: "Người lạ") }, refusal { try enter() },
        ].map { String(describing: $0) }
      }
    }
    for message in messages {
      #expect(!Self.namesTheCommandLine(message), "\(message)")
    }
    #expect(messages.contains { $0.contains("to replace it, choose replace") }, "\(messages)")
    // The command line installs its words; the same refusal then names its flag.
    let flagged = Remedy.$vocabulary.withValue(Remedy.Vocabulary { _ in "use --replace" }) {
      Language.$current.withValue(.en) { String(describing: refusal { try enter() }) }
    }
    #expect(flagged.contains("use --replace"), "\(flagged)")
  }

  @Test("every remedy has neutral words in both languages, none naming a flag")
  func neutralRemedies() {
    let remedies: [Remedy] = [
      .replace, .allowDuplicates, .chooseRound, .identify, .acceptLate, .raiseMaxLoad,
      .convertEncoding("vni"), .convertEncoding(nil), .initialise, .replaceDatabase, .verifyLog,
    ]
    for remedy in remedies {
      for language in [Language.vi, .en] {
        let text = Language.$current.withValue(language) { Remedy.neutral(remedy) }
        #expect(!text.isEmpty && !Self.namesTheCommandLine(text), "\(remedy) \(language): \(text)")
      }
    }
  }
}
