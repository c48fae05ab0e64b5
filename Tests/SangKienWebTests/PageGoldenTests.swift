import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

/// Whole pages against golden copies stored beside this test (`Golden/`), in Vietnamese and
/// English: a word changed, a label lost or a value left unescaped shows as a diff of the
/// document, not as a phrase a test forgot to look for.
///
/// Re-record after an intended change with `SANGKIEN_RECORD_GOLDEN=1 swift test --filter
/// PageGoldenTests`, then read the diff before committing.
@Suite("whole pages against their golden copies")
struct PageGoldenTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").path

  /// Tokens (CSRF, the sign-in form's), a draft's version and clock times change from run
  /// to run: replaced before comparing.
  static func normalise(_ html: String) -> String {
    html.replacingOccurrences(
      of: #"name="csrf" value="[^"]*""#, with: #"name="csrf" value="<csrf>""#,
      options: .regularExpression)
  }

  static func compare(_ actual: String, golden name: String) throws {
    let path = golden + "/" + name
    let normalised = normalise(actual)
    if ProcessInfo.processInfo.environment["SANGKIEN_RECORD_GOLDEN"] == "1" {
      try normalised.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    guard normalised != expected else { return }
    let a = normalised.split(separator: "\n", omittingEmptySubsequences: false)
    let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
    Issue.record(
      "\(name) differs from its golden copy at line \(line + 1):\n  got:      \(line < a.count ? String(a[line]) : "<end>")\n  expected: \(line < b.count ? String(b[line]) : "<end>")\n(re-record with SANGKIEN_RECORD_GOLDEN=1 if the change is intended)"
    )
  }

  @Test(
    "the sign-in page, a judge's worklist and sheet, and a refusal, in both languages",
    arguments: [Language.vi, .en])
  func pages(language: Language) async throws {
    let fixture = try WebFixture()
    let entry = try fixture.entries(of: "gk01")[0]
    let lang = "?lang=\(language.rawValue)"
    try await fixture.test { client in
      try await client.execute(uri: "/sign-in\(lang)", method: .get) { response in
        #expect(response.status == .ok)
        try Self.compare(String(buffer: response.body), golden: "sign-in.\(language).html")
      }
      let judge = try await client.signIn("gk01", fixture: fixture)
      var headers = judge.headers
      headers[.cookie] = (headers[.cookie] ?? "") + "; sk_lang=\(language.rawValue)"
      for (path, name) in [
        ("/worklist", "worklist"), ("/sheets/so-khao/\(entry)", "sheet"),
        ("/ranking", "refused"),
      ] {
        try await client.execute(uri: path, method: .get, headers: headers) { response in
          try Self.compare(String(buffer: response.body), golden: "\(name).\(language).html")
        }
      }
    }
  }
}
