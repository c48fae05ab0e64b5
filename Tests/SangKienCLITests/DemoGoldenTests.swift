import Foundation
import SangKienModel
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
    // The documented contract of DESIGN.md, whole.
    try Self.compare(
      try String(contentsOfFile: folder + "ranking.json", encoding: .utf8), golden: "ranking.json")
    // The Markdown ranking of the final, as an organiser would paste it.
    let md = box.run(
      [
        "rank", "--round", "chung-khao", "--format", "md", "--db",
        box.folder + "/demo/sangkien.sqlite",
        "--as", "Ban tổ chức (minh hoạ)",
      ], language: .vi, useDatabase: false)
    #expect(md.code == 0, "\(md.err)")
    try Self.compare(md.out, golden: "ranking.md")
    // The published HTML loads nothing from outside: the SVG namespace is the only address
    // in it, and no attribute or style points anywhere but inside the page.
    #expect(Self.outsideReferences(html).isEmpty, "\(Self.outsideReferences(html))")
    #expect(!html.contains("<script"))
    #expect(html.contains("Ngày công bố: 15/11/2019"))
    #expect(html.contains("88/QĐ-BTC (24/01/2020)"))
  }

  /// Every address, `src`, `href`, `url(…)` or `@import` in `html` that reaches outside the
  /// page (the SVG namespace declaration and `#fragment` links excepted).
  static func outsideReferences(_ html: String) -> [String] {
    let namespace = "xmlns=\"http://www.w3.org/2000/svg\""
    let text = html.replacingOccurrences(of: namespace, with: "")
    var found: [String] = []
    for pattern in [
      #"[a-zA-Z]+://[^\s"'<>)]*"#, #"(src|href|action)\s*=\s*["'][^#"'][^"']*["']"#,
      #"url\(\s*['"]?[^#)'"][^)]*\)"#, #"@import"#,
    ] {
      guard let regex = try? NSRegularExpression(pattern: pattern) else {
        return ["bad pattern \(pattern)"]
      }
      for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        found.append(String(text[Range(match.range, in: text)!]))
      }
    }
    return found
  }

  @Test("the outside-reference check finds what it should")
  func outsideCheck() {
    #expect(
      Self.outsideReferences(##"<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"/>"##).isEmpty)
    #expect(Self.outsideReferences(#"<img src="logo.png">"#).count == 1)
    #expect(Self.outsideReferences(#"<link href="https://cdn.example/x.css">"#).count == 2)
    #expect(Self.outsideReferences("body { background: url(a.png) }").count == 1)
    #expect(
      !Self.outsideReferences("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg> http://x.vn")
        .isEmpty)
  }

  @Test("stats and prizes write their JSON documents end to end")
  func jsonDocuments() throws {
    let box = try Sandbox()
    #expect(box.run(["demo", "--out", box.folder + "/d"], useDatabase: false).code == 0)
    let db = box.folder + "/d/sangkien.sqlite"
    let organiser = ["--db", db, "--as", "Ban tổ chức (minh hoạ)"]
    let stats = box.run(
      ["stats", "--round", "chung-khao", "--format", "json", "--replicates", "200", "--seed", "3"]
        + organiser, useDatabase: false)
    #expect(stats.code == 0, "\(stats.err)")
    guard case .object(let s)? = JSONValue(parsing: stats.out) else {
      Issue.record("stats --format json is not JSON: \(stats.out)")
      return
    }
    #expect(
      Set(s.keys) == [
        "round", "judges", "reliability", "kendall_w", "disagreements", "prize_stability",
      ])
    #expect(s["round"] == .string("chung-khao"))
    guard case .array(let judges)? = s["judges"], case .array(let stability)? = s["prize_stability"]
    else {
      Issue.record("stats JSON lacks judges or prize_stability")
      return
    }
    #expect(judges.count == 9)
    #expect(!stability.isEmpty)
    let csv = box.run(
      ["stats", "--round", "chung-khao", "--format", "csv"] + organiser, useDatabase: false)
    #expect(csv.out.hasPrefix("\u{FEFF}judge,sheets,mean,sd,severity\r\n"), "\(csv.out)")
    #expect(csv.out.split(separator: "\r\n").count == 10)
    let prizes = box.run(["prizes", "--format", "json"] + organiser, useDatabase: false)
    #expect(prizes.code == 0, "\(prizes.err)")
    guard case .object(let p)? = JSONValue(parsing: prizes.out),
      case .array(let groups)? = p["groups"]
    else {
      Issue.record("prizes --format json is not the prizes document: \(prizes.out)")
      return
    }
    #expect(p["round"] == .string("chung-khao") && p["contest"] == .string("hanoi-cchc-2019"))
    let csvPrizes = try String(
      contentsOfFile: box.folder + "/d/ket-qua/prizes.csv", encoding: .utf8)
    var awards = 0
    for case .object(let group) in groups {
      guard case .array(let list)? = group["awards"] else { continue }
      for case .object(let award) in list {
        awards += 1
        if case .string(let code)? = award["code"] { #expect(csvPrizes.contains(code)) }
      }
    }
    #expect(awards > 0)
  }

  @Test("an accepted option is never ignored: score sheet --format json is JSON")
  func sheetJSON() throws {
    let box = try Sandbox()
    #expect(box.run(["demo", "--out", box.folder + "/d"], useDatabase: false).code == 0)
    let db = box.folder + "/d/sangkien.sqlite"
    let sheet = box.run(
      [
        "score", "sheet", "--judge", "gk01", "--round", "chung-khao", "--format", "json", "--db",
        db,
        "--as", "Tổ thư ký (minh hoạ)",
      ], useDatabase: false)
    #expect(sheet.code == 0, "\(sheet.err)")
    guard case .object(let s)? = JSONValue(parsing: sheet.out),
      case .array(let entries)? = s["entries"]
    else {
      Issue.record("not JSON: \(sheet.out)")
      return
    }
    #expect(s["judge"] == .string("gk01") && !entries.isEmpty)
    let md = box.run(
      [
        "score", "sheet", "--judge", "gk01", "--format", "md", "--db", db, "--as",
        "Tổ thư ký (minh hoạ)",
      ],
      useDatabase: false)
    #expect(md.code == 64)
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
        "publish", "--round", "chung-khao", "--out", box.folder + "/en", "--lang", "en",
        "--accept-disagreements", "Agreed at the jury's meeting", "--db", db,
        "--as", "Ban tổ chức (minh hoạ)",
      ], useDatabase: false)
    #expect(english.code == 0, "\(english.err)")
    let html = try String(contentsOfFile: box.folder + "/en/ranking.html", encoding: .utf8)
    #expect(
      html.contains("<html lang=\"en\">") && html.contains("RANKING")
        && html.contains("Published: 2019-11-15"))
  }
}
