import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienStorage
import SangKienWeb
import SangKienWorkflow
import Testing

@Suite("who may do what on the web")
struct RouteTests {
  @Test("every route × anonymous, judge A, judge B, a judge in conflict, secretariat, organiser")
  func table() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let mine = try fixture.entries(of: "gk01")
    let entry = mine[0]
    // B: a judge not on the entry; C: a judge on it, who then declares a conflict.
    let lists = try w.worklists(round: "so-khao", judge: nil, by: fixture.secretariat).lines
    let onEntry = Set(lists.filter { $0.pair.entry == entry }.map(\.pair.judge))
    let b = try #require(Set(lists.map(\.pair.judge)).subtracting(onEntry).sorted().first)
    let c = try #require(onEntry.subtracting(["gk01"]).sorted().first)
    _ = try w.declareConflict(
      judge: c, entry: entry, reason: "Cùng đơn vị", by: fixture.secretariat)
    let folder = fixture.folder
    let file = folder + "/thuyet-minh.pdf"
    try Data("%PDF-1.4\n% ẩn danh\n".utf8).write(to: URL(fileURLWithPath: file))
    let blind = try w.attach([file], to: entry, blind: true, by: fixture.secretariat)[0]
    try await fixture.test { client in
      let people: [(String, Signed?)] = [
        ("anonymous", nil),
        ("judge A", try await client.signIn("gk01", fixture: fixture)),
        ("judge B", try await client.signIn(b, fixture: fixture)),
        ("judge in conflict", try await client.signIn(c, fixture: fixture)),
        ("secretariat", try await client.signIn("Thư ký Web", fixture: fixture)),
        ("organiser", try await client.signIn("Ban Tổ Chức Web", fixture: fixture)),
      ]
      // Staff name the judge; judges are themselves whatever they name.
      let routes: [(String, HTTPRequest.Method, String, Bool, [Int])] = [
        ("me", .get, "/api/v1/me", false, [401, 200, 200, 200, 200, 200]),
        (
          "worklist", .get, "/api/v1/rounds/so-khao/worklist?judge=gk01", false,
          [401, 200, 200, 200, 200, 200]
        ),
        (
          "sheet", .get, "/api/v1/rounds/so-khao/sheets/\(entry)?judge=gk01", false,
          [401, 200, 403, 403, 200, 200]
        ),
        (
          // A draft (submit: false) is the judge's own: the secretariat enters by submitting.
          "save", .put, "/api/v1/rounds/so-khao/sheets/\(entry)?judge=gk01", true,
          [401, 200, 403, 403, 403, 403]
        ),
        (
          "file", .get, "/api/v1/entries/\(entry)/attachments/\(blind.id)", false,
          [401, 200, 403, 403, 200, 200]
        ),
        (
          "progress", .get, "/api/v1/rounds/so-khao/progress", false,
          [401, 403, 403, 403, 200, 200]
        ),
        ("ranking", .get, "/api/v1/rounds/so-khao/ranking", false, [401, 403, 403, 403, 200, 200]),
        (
          "ranking by another method", .get, "/api/v1/rounds/so-khao/ranking?method=median",
          false, [401, 403, 403, 403, 200, 200]
        ),
        (
          "ranking, a method it does not know", .get,
          "/api/v1/rounds/so-khao/ranking?method=best", false, [401, 403, 403, 403, 422, 422]
        ),
        ("page: worklist", .get, "/worklist?judge=gk01", false, [303, 200, 200, 200, 200, 200]),
        (
          "page: sheet", .get, "/sheets/so-khao/\(entry)?judge=gk01", false,
          [303, 200, 403, 403, 200, 200]
        ),
        (
          "page: download", .get, "/files/\(entry)/\(blind.id)", false,
          [303, 200, 403, 403, 200, 200]
        ),
        // The staff's pages: nothing of them for a judge, whatever the address says.
        ("page: progress", .get, "/progress?round=so-khao", false, [303, 403, 403, 403, 200, 200]),
        (
          "page: progress, live part", .get, "/progress?round=so-khao&part=live", false,
          [303, 403, 403, 403, 200, 200]
        ),
        (
          "page: reminders", .get, "/progress/reminders?round=so-khao", false,
          [303, 403, 403, 403, 200, 200]
        ),
        (
          // The fixture's round has no further marking: the secretariat is told so (409).
          "page: further marking", .get, "/progress/extra?round=so-khao", false,
          [303, 403, 403, 403, 409, 403]
        ),
        ("page: register", .get, "/entries?q=ubnd", false, [303, 403, 403, 403, 200, 200]),
        ("page: entry", .get, "/entries/\(entry)", false, [303, 403, 403, 403, 200, 200]),
        ("page: ranking", .get, "/ranking?round=so-khao", false, [303, 403, 403, 403, 200, 200]),
        (
          "page: ranking by median", .get, "/ranking?round=so-khao&method=median", false,
          [303, 403, 403, 403, 200, 200]
        ),
        ("page: uploads", .get, "/uploads", false, [303, 403, 403, 403, 200, 403]),
        (
          "page: statistics", .get, "/statistics?round=so-khao", false,
          [303, 403, 403, 403, 200, 200]
        ),
        ("page: jury", .get, "/jury", false, [303, 403, 403, 403, 200, 403]),
        (
          "page: assignment preview", .get, "/jury/assign?round=so-khao", false,
          [303, 403, 403, 403, 200, 403]
        ),
        ("page: rounds", .get, "/rounds", false, [303, 403, 403, 403, 403, 200]),
        ("page: contest settings", .get, "/settings", false, [303, 403, 403, 403, 200, 200]),
        ("page: the intake queue", .get, "/intake", false, [303, 403, 403, 403, 200, 200]),
        // The call and the results are public.
        ("page: the call", .get, "/contest", false, [200, 200, 200, 200, 200, 200]),
        ("page: the results", .get, "/results", false, [200, 200, 200, 200, 200, 200]),
        ("page: my submissions", .get, "/submissions", false, [303, 403, 403, 403, 403, 403]),
        ("api: submissions", .get, "/api/v1/submissions", false, [401, 403, 403, 403, 403, 403]),
        ("page: prizes", .get, "/prizes", false, [303, 403, 403, 403, 403, 200]),
        ("page: the outbox", .get, "/mail", false, [303, 403, 403, 403, 200, 200]),
        (
          "page: the failed mail", .get, "/mail?state=failed", false,
          [303, 403, 403, 403, 200, 200]
        ),
        (
          "a judge's score workbook", .get, "/workbooks?round=so-khao&judge=gk01", false,
          [303, 200, 403, 403, 200, 200]
        ),
        (
          "every score workbook", .get, "/workbooks?round=so-khao", false,
          // A judge's "every" is their own workbook alone: the workflow reads only theirs.
          [303, 200, 200, 200, 200, 200]
        ),
        (
          "a published file", .get, "/published/1/ranking.html", false,
          [303, 403, 403, 403, 404, 404]
        ),
      ]
      for (name, method, uri, changes, expected) in routes {
        for ((who, signed), status) in zip(people, expected) {
          var headers =
            changes
            ? signed?.changing ?? [.contentType: "application/json"] : signed?.headers ?? [:]
          headers[.acceptLanguage] = "en"
          var body: ByteBuffer?
          if changes {
            // The version the person's own read gives (0 for those who may not read).
            let version = try await client.execute(uri: uri, method: .get, headers: headers) {
              response in
              guard case .object(let m)? = JSONValue(parsing: String(buffer: response.body)),
                case .number(let v)? = m["version"]
              else { return "0" }
              return v
            }
            body = ByteBuffer(
              string:
                "{\"points\":{\"novelty\":\"7,5\"},\"comment\":\"\",\"version\":\(version),\"submit\":false}"
            )
          }
          try await client.execute(uri: uri, method: method, headers: headers, body: body) {
            response in
            #expect(
              response.status.code == status,
              "\(name) as \(who): \(response.status.code) \(String(buffer: response.body).prefix(200))"
            )
          }
        }
      }
    }
  }

  @Test(
    "a judge's declaration × role: a closed round, a round not in the path, an unassigned entry"
  )
  func declarations() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let mine = try fixture.entries(of: "gk01")
    let entry = mine[0]
    let theirs = Set(mine + (try fixture.entries(of: "gk02")))
    let unassigned = try w.entries(by: fixture.secretariat).map(\.code).first {
      !theirs.contains($0)
    }!
    _ = try w.enterSheet(
      round: "so-khao", judge: "gk01", entry: entry,
      points: [
        "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
        "presentation": 8,
      ], comment: "", by: try w.person(named: "gk01"))
    let organiser = try w.person(named: "Ban Tổ Chức Web")
    let state = { @Sendable () throws -> (Int, String) in
      (
        try w.conflicts(by: fixture.secretariat).count,
        // The ranking's lines (its document also names the audit head, which refusals move).
        try w.rank(round: "so-khao", by: organiser).ranking.entries.map {
          "\($0.entry.code) \($0.rank ?? 0) \($0.hundredths ?? 0) \($0.judgeTotals.keys.sorted())"
        }.joined(separator: "\n")
      )
    }
    try await fixture.test { client in
      let people: [(String, Signed?)] = [
        ("anonymous", nil),
        ("judge A", try await client.signIn("gk01", fixture: fixture)),
        ("judge B", try await client.signIn("gk02", fixture: fixture)),
        ("secretariat", try await client.signIn("Thư ký Web", fixture: fixture)),
        ("organiser", try await client.signIn("Ban Tổ Chức Web", fixture: fixture)),
      ]
      // The final's path for a preliminary entry, an entry gk01 never had, and (once the
      // round is closed) gk01's own entry: every one refused, nothing written. Staff name
      // the judge (the secretariat may declare for one; organisers may not); judges are
      // themselves whatever they name.
      let rows: [(String, String, [Int], Bool)] = [
        (
          "a round not in the path", "/api/v1/rounds/chung-khao/conflicts/\(entry)?judge=gk01",
          [401, 403, 403, 403, 403], false
        ),
        (
          "an unassigned entry", "/api/v1/rounds/so-khao/conflicts/\(unassigned)?judge=gk01",
          [401, 403, 403, 403, 403], false
        ),
        (
          "a closed round", "/api/v1/rounds/so-khao/conflicts/\(entry)?judge=gk01",
          [401, 409, 409, 409, 403],
          true
        ),
      ]
      for (name, uri, expected, closed) in rows {
        if closed { try w.setRoundState("so-khao", to: .closed, by: organiser) }
        let before = try state()
        for ((who, signed), status) in zip(people, expected) {
          var headers = signed?.changing ?? [.contentType: "application/json"]
          headers[.acceptLanguage] = "en"
          try await client.execute(
            uri: uri, method: .post, headers: headers,
            body: ByteBuffer(string: "{\"reason\":\"Người nhà\"}")
          ) { response in
            #expect(
              response.status.code == status,
              "\(name) as \(who): \(response.status.code) \(String(buffer: response.body).prefix(200))"
            )
          }
        }
        let after = try state()
        #expect(after.0 == before.0 && after.1 == before.1, "\(name): nothing written")
      }
      #expect(try w.verifyAudit(by: fixture.secretariat).isIntact)
    }
  }

  @Test(
    "a change without the CSRF token, or with another session's, is refused and changes nothing")
  func csrf() async throws {
    let fixture = try WebFixture()
    let entry = try fixture.entries(of: "gk01")[0]
    try await fixture.test { client in
      let a = try await client.signIn("gk01", fixture: fixture)
      let other = try await client.signIn("gk02", fixture: fixture)
      let uri = "/api/v1/rounds/so-khao/sheets/\(entry)"
      let body = ByteBuffer(
        string: "{\"points\":{\"novelty\":20},\"comment\":\"\",\"version\":0,\"submit\":false}")
      var missing = a.headers
      missing[.contentType] = "application/json"
      var wrong = a.changing
      wrong[HTTPField.Name("X-CSRF-Token")!] = other.csrf
      for headers in [missing, wrong] {
        try await client.execute(uri: uri, method: .put, headers: headers, body: body) { response in
          #expect(response.status == .forbidden)
        }
      }
      // The form too: no token, no save.
      var form = a.headers
      form[.contentType] = "application/x-www-form-urlencoded"
      try await client.execute(
        uri: "/sheets/so-khao/\(entry)", method: .post, headers: form,
        body: ByteBuffer(string: "points.novelty=20&version=0&action=save")
      ) { response in #expect(response.status == .forbidden) }
      let view = try fixture.workflow.sheetView(
        round: "so-khao", judge: "gk01", entry: entry, by: fixture.secretariat)
      #expect(view.version == 0 && view.points.isEmpty)
      // With it, the form saves, `7,5` read as 7.5.
      try await client.execute(
        uri: "/sheets/so-khao/\(entry)", method: .post, headers: form,
        body: ByteBuffer(
          string: "csrf=\(a.csrf)&points.novelty=7%2C5&version=0&action=save&comment=T%E1%BB%91t")
      ) { response in
        #expect(response.status == .ok, "\(String(buffer: response.body).prefix(300))")
      }
      let saved = try fixture.workflow.sheetView(
        round: "so-khao", judge: "gk01", entry: entry, by: fixture.secretariat)
      #expect(
        saved.version == 1 && saved.points["novelty"]?.description == "7.5"
          && saved.comment == "Tốt")
      #expect(saved.state == .draft)
    }
  }

  @Test("sessions end idle, at twelve hours, on revocation; an id from before sign-in is worthless")
  func sessions() async throws {
    let fixture = try WebFixture()
    try await fixture.test { client in
      func me(_ cookie: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie]) {
          $0.status
        }
      }
      let a = try await client.signIn("gk01", fixture: fixture)
      #expect(try await me(a.cookie) == .ok)
      fixture.clock.advance(31 * 60)
      #expect(try await me(a.cookie) == .unauthorized)
      // Used every 20 minutes, it still ends at 12 hours.
      let b = try await client.signIn("gk01", fixture: fixture)
      for _ in 0..<35 {
        fixture.clock.advance(20 * 60)
        _ = try await me(b.cookie)
      }
      #expect(try await me(b.cookie) == .ok)
      fixture.clock.advance(20 * 60)
      #expect(try await me(b.cookie) == .unauthorized)
      // Revoked: every session ends.
      let c = try await client.signIn("gk01", fixture: fixture)
      _ = try fixture.workflow.revokeAccess("gk01", by: fixture.secretariat)
      #expect(try await me(c.cookie) == .unauthorized)
      // A cookie set before sign-in (by someone else) is not the session afterwards.
      let planted = "sk_session=planted-by-someone-else"
      let code = try fixture.workflow.invite("gk01", by: fixture.secretariat).code
      let setCookie = try await client.execute(
        uri: "/api/v1/sign-in", method: .post,
        headers: [.contentType: "application/json", .cookie: planted],
        body: ByteBuffer(string: "{\"login\":\"gk01\",\"code\":\"\(code)\"}")
      ) { $0.headers[.setCookie] ?? "" }
      #expect(setCookie.hasPrefix("sk_session=") && !setCookie.hasPrefix(planted))
      #expect(
        setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax")
          && setCookie.contains("Path=/"))
      #expect(try await me(planted) == .unauthorized)
    }
  }

  @Test("five failures slow the address down, whatever is sent; two records, not one per failure")
  func lock() async throws {
    let fixture = try WebFixture()
    try await fixture.test { client in
      _ = try await client.signIn("gk01", fixture: fixture)
      let records = try fixture.workflow.auditLog(by: fixture.secretariat).count
      func attempt(_ password: String) async throws -> (HTTPResponse.Status, String?) {
        try await client.execute(
          uri: "/api/v1/sign-in", method: .post, headers: [.contentType: "application/json"],
          body: ByteBuffer(string: "{\"login\":\"gk01\",\"password\":\"\(password)\"}")
        ) { ($0.status, $0.headers[.retryAfter]) }
      }
      for _ in 0..<5 { #expect(try await attempt("sai-mat-khau").0 == .unauthorized) }
      let (status, retry) = try await attempt("mat-khau-du-dai")
      #expect(status == .tooManyRequests && retry == "30", "\(status) \(retry ?? "")")
      fixture.clock.advance(31)
      #expect(try await attempt("mat-khau-du-dai").0 == .ok)
      let actions = try fixture.workflow.auditLog(by: fixture.secretariat).dropFirst(records)
        .map(\.action)
      #expect(actions.filter { $0 == "access.sign-in-failed" }.count == 1, "\(actions)")
      #expect(actions.filter { $0 == "access.locked" }.count == 1)
      #expect(actions.contains("access.sign-in"))
    }
  }

  @Test("sign-in: JSON only, from this site only, fields of the right type")
  func signInShape() async throws {
    let fixture = try WebFixture()
    try await fixture.test { client in
      func post(_ body: String, _ headers: HTTPFields) async throws -> HTTPResponse.Status {
        try await client.execute(
          uri: "/api/v1/sign-in", method: .post, headers: headers, body: ByteBuffer(string: body)
        ) { $0.status }
      }
      let good = "{\"login\":\"gk01\",\"password\":\"sai-mat-khau\"}"
      // What another site's form can send: text/plain.
      let plain = try await post(good, [.contentType: "text/plain"])
      #expect(plain == .unsupportedMediaType)
      var cross: HTTPFields = [.contentType: "application/json"]
      cross[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
      let crossed = try await post(good, cross)
      #expect(crossed == .forbidden)
      let origin: HTTPFields = [
        .contentType: "application/json", .origin: "https://ke-gian.example",
      ]
      let other = try await post(good, origin)
      #expect(other == .forbidden)
      let json: HTTPFields = [.contentType: "application/json"]
      let typed = try await post("{\"login\":\"gk01\",\"password\":12}", json)
      #expect(typed == .unprocessableContent)
      let wrong = try await post(good, json)
      #expect(wrong == .unauthorized)
      // Every state-changing call, not only sign-in: a judge's save sent by another site.
      let judge = try await client.signIn("gk01", fixture: fixture)
      let entry = try fixture.entries(of: "gk01")[0]
      var headers = judge.changing
      headers[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
      let saved = try await client.execute(
        uri: "/api/v1/rounds/so-khao/sheets/\(entry)", method: .put, headers: headers,
        body: ByteBuffer(
          string: "{\"points\":{\"novelty\":20},\"comment\":\"\",\"version\":0,\"submit\":false}")
      ) { $0.status }
      #expect(saved == .forbidden)
      #expect(
        try fixture.workflow.sheetView(
          round: "so-khao", judge: "gk01", entry: entry, by: fixture.secretariat
        ).version == 0)
    }
  }

  @Test("every 422 names its field; a stale version is refused with both shown; submit is audited")
  func sheets() async throws {
    let fixture = try WebFixture()
    let entry = try fixture.entries(of: "gk01")[0]
    try await fixture.test { client in
      let a = try await client.signIn("gk01", fixture: fixture)
      let uri = "/api/v1/rounds/so-khao/sheets/\(entry)"
      func put(_ json: String) async throws -> (HTTPResponse.Status, [String: JSONValue]) {
        try await client.execute(
          uri: uri, method: .put, headers: a.changing, body: ByteBuffer(string: json)
        ) {
          response in
          guard case .object(let m)? = JSONValue(parsing: String(buffer: response.body)) else {
            return (response.status, [:])
          }
          return (response.status, m)
        }
      }
      let (over, body) = try await put(
        "{\"points\":{\"novelty\":26},\"comment\":\"\",\"version\":0,\"submit\":false}")
      #expect(over == .unprocessableContent)
      guard case .array(let errors)? = body["errors"], case .object(let first)? = errors.first
      else {
        Issue.record("no errors: \(body)")
        return
      }
      #expect(first["field"] == .string("points.novelty"))
      let (saved, _) = try await put(
        "{\"points\":{\"novelty\":20},\"comment\":\"\",\"version\":0,\"submit\":false}")
      #expect(saved == .ok)
      let (stale, both) = try await put(
        "{\"points\":{\"novelty\":21},\"comment\":\"\",\"version\":0,\"submit\":false}")
      #expect(stale == .conflict && both["current"] != nil)
      let before = try fixture.workflow.auditLog(by: fixture.secretariat).count
      let all =
        "\"novelty\":20,\"feasibility\":15,\"time\":8,\"cost\":8,\"steps\":8,\"replicability\":10,\"presentation\":\"7,5\""
      let (submitted, sheet) = try await put(
        "{\"points\":{\(all)},\"comment\":\"Khá\",\"version\":1,\"submit\":true}")
      #expect(submitted == .ok && sheet["state"] == .string("submitted"), "\(sheet)")
      let log = try fixture.workflow.auditLog(by: fixture.secretariat)
      #expect(log.count == before + 1 && log.last?.action == "score.enter")
      #expect(try fixture.workflow.verifyAudit(by: fixture.secretariat).isIntact)
      let (short, pw) = try await client.execute(
        uri: "/api/v1/password", method: .post, headers: a.changing,
        body: ByteBuffer(string: "{\"new_password\":\"ngan\"}")
      ) { response -> (HTTPResponse.Status, String) in
        (response.status, String(buffer: response.body))
      }
      #expect(short == .unprocessableContent && pw.contains("\"field\":\"new_password\""))
    }
  }

  @Test("two tabs: the second save from an old page is refused, showing both versions")
  func twoTabs() async throws {
    let fixture = try WebFixture()
    let entry = try fixture.entries(of: "gk01")[0]
    try await fixture.test { client in
      let a = try await client.signIn("gk01", fixture: fixture)
      var form = a.headers
      form[.contentType] = "application/x-www-form-urlencoded"
      form[.acceptLanguage] = "en"
      func post(_ body: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(
          uri: "/sheets/so-khao/\(entry)?lang=en", method: .post, headers: form,
          body: ByteBuffer(string: "csrf=\(a.csrf)&" + body)
        ) { ($0.status, String(buffer: $0.body)) }
      }
      // Both tabs opened at version 0; the first saves 20, the second then tries 21.
      let (first, _) = try await post("points.novelty=20&version=0&action=save&comment=tab+1")
      #expect(first == .ok)
      let (second, page) = try await post("points.novelty=21&version=0&action=save&comment=tab+2")
      #expect(second == .conflict)
      #expect(page.contains("value=\"21\""), "the typed value stays in the form")
      #expect(page.contains("What is stored (version 1)") && page.contains("Novelty") == false)
      #expect(page.contains("Tính mới, sáng tạo 20") && page.contains("«tab 1»"))
      let stored = try fixture.workflow.sheetView(
        round: "so-khao", judge: "gk01", entry: entry, by: fixture.secretariat)
      #expect(stored.points["novelty"]?.description == "20" && stored.comment == "tab 1")
    }
  }

  @Test("a round that locks submitted sheets: read-only page, 409 from the API, until reopened")
  func locked() async throws {
    let fixture = try WebFixture(lockFirstRound: true)
    let entry = try fixture.entries(of: "gk01")[0]
    let points =
      ##"{"novelty":20,"feasibility":15,"time":8,"cost":8,"steps":8,"replicability":10,"presentation":8}"##
    try await fixture.test { client in
      let a = try await client.signIn("gk01", fixture: fixture)
      let uri = "/api/v1/rounds/so-khao/sheets/\(entry)"
      func put(_ version: Int) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(
          uri: uri, method: .put, headers: a.changing,
          body: ByteBuffer(
            string: ##"{"points":\##(points),"comment":"","version":\##(version),"submit":true}"##)
        ) { ($0.status, String(buffer: $0.body)) }
      }
      let (first, body) = try await put(0)
      #expect(first == .ok, "\(body)")
      #expect(body.contains("\"editable\":false"), "\(body)")
      let (again, _) = try await put(1)
      #expect(again == .conflict)
      try await client.execute(uri: "/sheets/so-khao/\(entry)", method: .get, headers: a.headers) {
        response in
        let html = String(buffer: response.body)
        #expect(html.contains("khóa phiếu đã nộp"))
        #expect(!html.contains("Nộp phiếu</button>"), "no submit button on a locked sheet")
      }
      _ = try fixture.workflow.reopenSheet(
        round: "so-khao", judge: "gk01", entry: entry, reason: "Giám khảo đề nghị",
        by: fixture.secretariat)
      let (reopened, after) = try await put(1)
      #expect(reopened == .ok, "\(after)")
    }
  }

  @Test("the staff's read routes answer what score progress and rank --format json print")
  func staffReads() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let entry = try fixture.entries(of: "gk01")[0]
    _ = try w.enterSheet(
      round: "so-khao", judge: "gk01", entry: entry,
      points: [
        "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
        "presentation": 8,
      ], comment: "", by: fixture.secretariat)
    let progress = ProgressDocument(try w.progress(round: "so-khao", by: fixture.secretariat))
    let ranking = try w.rank(
      round: "so-khao", filter: RankingFilter(method: .median), by: fixture.secretariat
    ).document
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      try await client.execute(
        uri: "/api/v1/rounds/so-khao/progress", method: .get, headers: staff.headers
      ) { response in
        #expect(JSONValue(parsing: String(buffer: response.body)) == progress.json)
      }
      try await client.execute(
        uri: "/api/v1/rounds/so-khao/ranking?method=median", method: .get, headers: staff.headers
      ) { response in
        guard case .object(let got)? = JSONValue(parsing: String(buffer: response.body)),
          // Through the same parser, so that 76.00 and 76 read alike.
          case .object(let want)? = JSONValue(parsing: ranking.json.canonicalText)
        else {
          Issue.record("not an object")
          return
        }
        #expect(got["method"] == .string("median") && got["entries"] == want["entries"])
      }
      var english = staff.headers
      english[.acceptLanguage] = "en"
      try await client.execute(
        uri: "/api/v1/rounds/so-khao/ranking?category=poem", method: .get, headers: english
      ) { response in
        #expect(response.status == .unprocessableContent)
        #expect(String(buffer: response.body).contains("\"field\":\"category\""))
      }
      // A judge is refused, and the refusal is on record.
      let before = try w.auditLog(by: fixture.secretariat).count
      let judge = try await client.signIn("gk01", fixture: fixture)
      try await client.execute(
        uri: "/api/v1/rounds/so-khao/ranking?method=nonsense", method: .get,
        headers: judge.headers
      ) { response in #expect(response.status == .forbidden) }
      let log = try w.auditLog(by: fixture.secretariat)
      #expect(log.dropFirst(before).contains { $0.action == "access.refused" })
    }
  }

  @Test("the staff's pages: progress moves as judges save, the register finds, all escaped")
  func staffPages() async throws {
    let fixture = try WebFixture()
    let w = fixture.workflow
    let mine = try fixture.entries(of: "gk01")
    _ = try w.updateEntry(
      code: mine[0], changes: [.title: "Một cửa <b>đậm</b> \"\u{301} onfocus=x"],
      by: fixture.secretariat)
    try await fixture.test { client in
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      func get(_ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get, headers: staff.headers) { response in
          #expect(response.status == .ok, "\(uri): \(response.status)")
          return String(buffer: response.body)
        }
      }
      func row(_ html: String) -> String {
        guard let start = html.range(of: "data-judge=\"gk01\"") else { return "" }
        return String(html[start.upperBound...].prefix(400))
      }
      let before = try await get("/progress?round=so-khao&part=live")
      #expect(!before.contains("<html"), "the live part is a fragment")
      #expect(row(before).contains("<td class=\"n\" data-submitted>0</td>"), "\(row(before))")
      // gk01 submits one sheet and keeps a draft of another.
      let judge = try fixture.workflow.person(named: "gk01")
      _ = try w.enterSheet(
        round: "so-khao", judge: "gk01", entry: mine[0],
        points: [
          "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8,
          "replicability": 10, "presentation": 8,
        ], comment: "", by: judge)
      _ = try w.saveSheet(
        round: "so-khao", judge: "gk01", entry: mine[1], points: ["novelty": 5], comment: "",
        version: 0, submit: false, by: judge)
      let after = try await get("/progress?round=so-khao&part=live")
      #expect(
        row(after).contains("<td class=\"n\">1</td><td class=\"n\" data-submitted>1</td>"),
        "\(row(after))")
      let page = try await get("/progress?round=so-khao")
      #expect(page.contains("data-refresh=\"/progress?round=so-khao&amp;part=live\""))
      let reminders = try await get("/progress/reminders?round=so-khao")
      #expect(reminders.contains(mine[1]) && reminders.contains("data-print"))
      #expect(!reminders.contains("<b>đậm"))
      // As a browser sends the form: `+` for each space.
      let register = try await get("/entries?q=uy+ban+nhan+dan+cau+giay")
      let found = register.components(separatedBy: "<tbody>").last ?? ""
      #expect(found.contains("<td>UBND quận Cầu Giấy</td>") && found.contains("SK-0002"))
      #expect(register.contains("value=\"uy ban nhan dan cau giay\""), "the words kept")
      let entry = try await get("/entries/\(mine[0])")
      #expect(!entry.contains("<b>đậm</b>") && entry.contains("&lt;b&gt;đậm&lt;/b&gt;"))
      let brokenOut = "\"\u{301} onfocus"
      #expect(!entry.contains(brokenOut))
      #expect(entry.contains("sửa thông tin sáng kiến"), "the history lists the change")
      let ranking = try await get("/ranking?round=so-khao")
      #expect(ranking.contains(mine[0]) && ranking.contains("<details>"))
      // The home page of the staff is the progress.
      try await client.execute(uri: "/", method: .get, headers: staff.headers) { response in
        #expect(response.headers[.location] == "/progress")
      }
    }
  }

  @Test("pages are Vietnamese first, escaped, and carry the security headers")
  func pages() async throws {
    let fixture = try WebFixture()
    let entry = try fixture.entries(of: "gk01")[0]
    _ = try fixture.workflow.updateEntry(
      code: entry, changes: [.title: "Một cửa <script>alert(1)</script> \"\u{301} onfocus=x"],
      by: fixture.secretariat)
    try await fixture.test { client in
      try await client.execute(uri: "/sign-in", method: .get) { response in
        let html = String(buffer: response.body)
        #expect(html.contains("<html lang=\"vi\">") && html.contains("Đăng nhập"))
        #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
        // No inline script: only the one file.
        #expect(!html.contains("<script>") && html.contains("<script src=\"/static/app.js\""))
      }
      let a = try await client.signIn("gk01", fixture: fixture)
      try await client.execute(uri: "/worklist", method: .get, headers: a.headers) { response in
        let html = String(buffer: response.body)
        #expect(response.status == .ok)
        #expect(!html.contains("<script>alert(1)") && html.contains("&lt;script&gt;alert(1)"))
        let brokenOut = "\"\u{301} onfocus"
        #expect(!html.contains(brokenOut))
      }
      try await client.execute(uri: "/worklist?lang=en", method: .get, headers: a.headers) {
        response in
        #expect(String(buffer: response.body).contains("<html lang=\"en\">"))
      }
    }
  }
}
