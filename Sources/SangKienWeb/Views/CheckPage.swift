import Foundation
import SangKienModel
import SangKienWorkflow

/// What `check.mustache` shows: whether files someone holds are what was published, file by
/// file, and how much the log has grown since.
struct CheckPage {
  /// One file's verdict.
  struct Finding {
    var ok: Bool
    var text: String
  }

  let t = WebWords.words(for: .check)
  var verdict: String
  var genuine: Bool
  var findings: [Finding]
  var problems: [String]
  var since: String

  /// The page of `check`.
  init(_ check: PublicationCheck) {
    verdict = WebText.checkVerdict(genuine: check.isGenuine, publication: check.publication?.id)
    genuine = check.isGenuine
    findings = check.findings.map { Finding(ok: $0.verdict == .unchanged, text: $0.sentence) }
    problems = check.problems
    since = check.recordsSince > 0 ? WebText.changesSince(check.recordsSince) : ""
  }
}
