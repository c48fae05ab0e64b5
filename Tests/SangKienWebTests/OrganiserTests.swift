import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWeb
@testable import SangKienWorkflow

@Suite("the organisers on the web: close, advance from a preview, decide a tie, publish, check")
struct OrganiserTests {
  @Test("the contest settings read-only, key by key, for the staff only")
  func settings() async throws {
    let fixture = try WebFixture()
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let judge = try await client.signIn("gk01", fixture: fixture)
      let (status, page) = try await client.execute(
        uri: "/settings", method: .get, headers: staff.headers
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(status == .ok)
      #expect(page.contains("rounds[so-khao].judges_per_entry") && page.contains("contest update"))
      #expect(page.contains("papers.amounts.Giải Nhất"))
      let main = page.components(separatedBy: "<main").last ?? ""
      #expect(!main.contains("<form"), "read-only")
      let refused = try await client.execute(uri: "/settings", method: .get, headers: judge.headers)
      {
        $0.status
      }
      #expect(refused == .forbidden)
    }
  }

  @Test("the demo contest from the preliminary round's close to a checked publication")
  func wholeRun() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let scores = FileSource.path(packageRoot + "/Seeds/demo/scores.csv")
    _ = try w.importSheets(
      scores, round: "so-khao", skipUnassigned: true, by: fixture.secretariat)
    try await fixture.test { client in
      let organiser = try await client.signIn("Ban Tổ Chức Web", fixture: fixture)
      func form(_ uri: String, _ body: String, as signed: Signed? = nil) async throws -> (
        HTTPResponse.Status, String
      ) {
        let who = signed ?? organiser
        var headers = who.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(
          uri: uri, method: .post, headers: headers,
          body: ByteBuffer(string: "csrf=\(who.csrf)&" + body)
        ) { ($0.status, String(buffer: $0.body)) }
      }
      func get(_ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get, headers: organiser.headers) {
          ($0.status, String(buffer: $0.body))
        }
      }
      // The statistics with the report's charts (inline SVG, no script, no style attribute).
      let (statsStatus, stats) = try await get("/statistics?round=so-khao")
      #expect(statsStatus == .ok && stats.contains("<svg") && stats.contains("Từng giám khảo"))
      #expect(!stats.contains("style=\""), "the CSP allows no inline style")
      #expect(
        stats.range(of: #"<td[^>]*>\d+\.\d+</td>"#, options: .regularExpression) == nil
          && stats.range(of: #"<td[^>]*>\d+,\d+</td>"#, options: .regularExpression) != nil,
        "numbers with a decimal comma on a Vietnamese page")
      // A judge may not close a round, whatever they post.
      let judge = try await client.signIn("gk01", fixture: fixture)
      #expect(try await form("/rounds/so-khao/state", "state=closed", as: judge).0 == .forbidden)
      #expect(try w.roundStatus(round: "so-khao", by: fixture.secretariat).rounds[0].state == .open)
      let (closed, page) = try await form("/rounds/so-khao/state", "state=closed")
      #expect(closed == .ok && page.contains("Đã đóng vòng Sơ khảo"))
      // The preview writes nothing; the confirmation does.
      let (_, preview) = try await get("/rounds/so-khao/advance?to=chung-khao")
      #expect(preview.contains(WebText.advancingHeading(20)), "\(preview.prefix(400))")
      #expect(try w.database.shortlist(round: "chung-khao") == nil)
      // Places per category: the same cut as the workflow's own dry run with --per-category.
      let perCategory = try w.advance(
        AdvanceInput(from: "so-khao", to: "chung-khao", perCategory: true, dryRun: true),
        by: try w.person(named: "Ban Tổ Chức Web"))
      let (_, split) = try await get("/rounds/so-khao/advance?to=chung-khao&per_category=on")
      #expect(
        split.contains(WebText.advancingHeading(perCategory.advancing.count))
          && split.contains("name=\"per_category\" value=\"on\" checked"),
        "\(split.prefix(400))")
      #expect(perCategory.advancing.count != 20, "the demo's categories change the cut")
      #expect(try w.database.shortlist(round: "chung-khao") == nil)
      let (advanced, after) = try await form(
        "/rounds/so-khao/advance", "to=chung-khao&top=&min_score=")
      #expect(advanced == .ok && after.contains(WebText.advanced(20, to: "chung-khao")))
      #expect(try w.database.shortlist(round: "chung-khao")?.count == 20)
      _ = try w.importSheets(
        scores, round: "chung-khao", skipUnassigned: true, by: fixture.secretariat)
      // Two individual entries with full marks from every judge: tied for the one first
      // prize, past every tie-break.
      let shortlist = Set(try #require(try w.database.shortlist(round: "chung-khao")))
      let tied = try w.entries(by: fixture.secretariat)
        .filter { shortlist.contains($0.code) && $0.draft.entrantKind == .individual }
        .prefix(2).map(\.code)
      #expect(tied.count == 2)
      let full: [String: Decimal] = [
        "novelty": 25, "feasibility": 20, "time": 10, "cost": 10, "steps": 10,
        "replicability": 15, "presentation": 10,
      ]
      for judge in try w.judges(by: fixture.secretariat) where judge.active {
        for code in tied {
          let had = try w.sheets(
            round: "chung-khao", judge: judge.id, entry: code, by: fixture.secretariat
          ).lines
          _ = try w.enterSheet(
            round: "chung-khao", judge: judge.id, entry: code, points: full, comment: "",
            replace: !had.isEmpty, by: fixture.secretariat)
        }
      }
      // Prizes: a tie on a boundary waits for the jury, decided with a reason.
      var (_, prizes) = try await get("/prizes")
      #expect(
        prizes.contains(WebText.prizesHeading("Chung khảo"))
          && prizes.contains(Words.group + " " + EntrantKind.groupTitle("individual")))
      let document = try w.prizes(round: nil, by: try w.person(named: "Ban Tổ Chức Web"))
      let outcome = try #require(document.outcomes.first { !$0.pending.isEmpty })
      let pending = try #require(outcome.pending.first)
      do {
        #expect(prizes.contains("Ban giám khảo quyết định"))
        let chosen = pending.among.prefix(pending.places)
        let boxes = chosen.map { "award.\($0)=on" }.joined(separator: "&")
        let prize = pending.prize.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let (decided, answer) = try await form(
          "/prizes/decide",
          "round=chung-khao&group=\(outcome.group)&prize=\(prize)&\(boxes)&reason=Bi%E1%BB%83u+quy%E1%BA%BFt"
        )
        #expect(decided == .ok && answer.contains("Đã ghi quyết định"), "\(answer.prefix(600))")
        (_, prizes) = try await get("/prizes")
        #expect(prizes.contains("Biểu quyết"))
      }
      // Publish; the files are listed, downloadable, and check as genuine.
      let (published, rounds) = try await form("/publish", "round=chung-khao")
      #expect(
        published == .ok && rounds.contains("Đã công bố vòng Chung khảo"), "\(rounds.prefix(500))")
      let link = try #require(
        rounds.components(separatedBy: "href=\"/published/").dropFirst().first {
          $0.hasPrefix("") && $0.contains("ranking.html")
        }?.prefix { $0 != "\"" })
      let (fetched, html) = try await client.execute(
        uri: "/published/\(link)", method: .get, headers: organiser.headers
      ) { ($0.status, Array($0.body.readableBytesView)) }
      #expect(fetched == .ok && String(decoding: html, as: UTF8.self).contains("<html"))
      // The jury's papers are listed beside it and download as Word and Excel files.
      for (paper, type) in [
        ("bien-ban.docx", "wordprocessingml"), ("quyet-dinh.docx", "wordprocessingml"),
        ("bang-tong-hop.xlsx", "spreadsheetml"),
      ] {
        let href = link.replacingOccurrences(of: "ranking.html", with: paper)
        #expect(rounds.contains("/published/\(href)"), "\(paper) listed")
        let (status, contentType, bytes) = try await client.execute(
          uri: "/published/\(href)", method: .get, headers: organiser.headers
        ) { ($0.status, $0.headers[.contentType] ?? "", Array($0.body.readableBytesView)) }
        #expect(status == .ok && contentType.contains(type) && bytes.starts(with: [0x50, 0x4B]))
      }
      // Nothing but a publication's own files: no path reaches elsewhere.
      for bad in ["/published/1/..%2F..%2Fsangkien.sqlite", "/published/x/ranking.html"] {
        let status = try await client.execute(uri: bad, method: .get, headers: organiser.headers) {
          $0.status
        }
        #expect(status == .notFound, "\(bad)")
      }
      let body = multipart(["csrf": organiser.csrf], file: ("ranking.html", html))
      var headers = organiser.headers
      headers[.contentType] = body.1
      let (checked, verdict) = try await client.execute(
        uri: "/check-publication", method: .post, headers: headers, body: body.0
      ) { ($0.status, String(buffer: $0.body)) }
      #expect(
        checked == .ok && verdict.contains("Đúng là bản đã công bố"), "\(verdict.prefix(500))")
      var altered = html
      if let index = altered.firstIndex(of: UInt8(ascii: "8")) {
        altered[index] = UInt8(ascii: "9")
      }
      let forged = multipart(["csrf": organiser.csrf], file: ("ranking.html", altered))
      headers[.contentType] = forged.1
      let notGenuine = try await client.execute(
        uri: "/check-publication", method: .post, headers: headers, body: forged.0
      ) { String(buffer: $0.body) }
      #expect(notGenuine.contains("Không khớp"))
    }
    #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
  }
}
