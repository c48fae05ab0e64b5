import Foundation
import Testing

/// The demo's published files against golden copies stored beside this test.
///
/// Re-record after an intended change with `SANGKIEN_RECORD_GOLDEN=1 swift test --filter
/// DemoGoldenTests`, then read the diff before committing.
@Suite("demo and published files")
struct DemoGoldenTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").path

  /// The audit head depends on where the seeds are (their paths are in the log), so it is
  /// replaced before comparing.
  static func normalise(_ text: String) -> String {
    text.replacingOccurrences(
      of: "[0-9a-f]{64}", with: "<audit-head>", options: .regularExpression)
  }

  static func compare(_ actual: String, golden name: String) throws {
    let path = golden + "/" + name
    let normalised = normalise(actual)
    if ProcessInfo.processInfo.environment["SANGKIEN_RECORD_GOLDEN"] == "1" {
      try normalised.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    if normalised != expected {
      let a = normalised.split(separator: "\n", omittingEmptySubsequences: false)
      let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
      Issue.record(
        "\(name) differs from its golden copy at line \(line + 1):\n  got:      \(line < a.count ? String(a[line]) : "<end>")\n  expected: \(line < b.count ? String(b[line]) : "<end>")\n(re-record with SANGKIEN_RECORD_GOLDEN=1 if the change is intended)"
      )
    }
  }

  @Test("the demo runs the whole contest and publishes what the golden files hold")
  func demo() throws {
    let box = try Sandbox()
    let result = box.run(
      ["demo", "--out", box.folder + "/demo"], language: .vi, useDatabase: false)
    #expect(result.code == 0, "\(result.err)")
    for step in [
      "1. Khởi tạo", "3. Phân công vòng Sơ khảo", "5. Ban tổ chức đóng vòng", "7. Công bố kết quả",
    ] {
      #expect(result.out.contains(step))
    }
    #expect(result.out.contains("toàn vẹn"))
    let folder = box.folder + "/demo/ket-qua/"
    let html = try String(contentsOfFile: folder + "ranking.html", encoding: .utf8)
    try Self.compare(html, golden: "ranking.html")
    let csvBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "ranking.csv")))
    #expect(csvBytes.starts(with: [0xEF, 0xBB, 0xBF]))
    try Self.compare(String(decoding: csvBytes.dropFirst(3), as: UTF8.self), golden: "ranking.csv")
    try Self.compare(
      try String(contentsOfFile: folder + "prizes.csv", encoding: .utf8), golden: "prizes.csv")
    let json = try String(contentsOfFile: folder + "ranking.json", encoding: .utf8)
    #expect(json.contains("\"round\": \"chung-khao\""))
    // The Markdown ranking of the final, as an organiser would paste it.
    let md = box.run(
      [
        "rank", "--round", "chung-khao", "--format", "md", "--db",
        box.folder + "/demo/sangkien.sqlite",
        "--as", "Ban tổ chức (minh hoạ)",
      ], language: .vi, useDatabase: false)
    #expect(md.code == 0, "\(md.err)")
    try Self.compare(md.out, golden: "ranking.md")
    // The published HTML escapes what it shows and loads nothing from outside.
    #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(!html.contains("<script"))
    #expect(html.contains("Ngày công bố: 15/11/2019"))
    #expect(html.contains("88/QĐ-BTC (24/01/2020)"))
  }

  @Test("only the organisers publish; English on request")
  func publishRoles() throws {
    let box = try Sandbox()
    #expect(box.run(["demo", "--out", box.folder + "/d"], useDatabase: false).code == 0)
    let db = box.folder + "/d/sangkien.sqlite"
    let refused = box.run(
      ["publish", "--out", box.folder + "/x", "--db", db, "--as", "Tổ thư ký (minh hoạ)"],
      useDatabase: false)
    #expect(refused.err.contains("only the organisers may"))
    let english = box.run(
      [
        "publish", "--round", "chung-khao", "--out", box.folder + "/en", "--lang", "en", "--db", db,
        "--as", "Ban tổ chức (minh hoạ)",
      ], useDatabase: false)
    #expect(english.code == 0, "\(english.err)")
    let html = try String(contentsOfFile: box.folder + "/en/ranking.html", encoding: .utf8)
    #expect(
      html.contains("<html lang=\"en\">") && html.contains("RANKING")
        && html.contains("Published: 2019-11-15"))
  }
}
