import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWeb
import SangKienWorkflow
import Testing

/// The entrants' routes × who asks: nobody, the entrant whose submission it is, another
/// entrant, a judge, the secretariat, an organiser; and the rest of the site as an entrant.
@Suite("entrants online on the web")
struct EntrantRouteTests {
  /// A draft of `signed` with its fields and one PDF; its id.
  static func draft(_ client: any TestClientProtocol, _ signed: Signed) async throws -> Int64 {
    var json = signed.changing
    json[.contentType] = "application/json"
    let id = try await client.execute(
      uri: "/api/v1/submissions", method: .post, headers: json,
      body: ByteBuffer(
        string: """
          {"title": "Tra cứu hồ sơ qua điện thoại", "category": "solution",
           "entrant_kind": "individual", "authors": [{"name": "Người Dự Thi"}],
           "unit": "UBND phường Láng Hạ", "summary": "Tóm tắt."}
          """)
    ) { response -> Int64 in
      #expect(response.status == .created, "\(String(buffer: response.body))")
      guard case .object(let m)? = JSONValue(parsing: String(buffer: response.body)),
        case .number(let id)? = m["id"]
      else { return 0 }
      return Int64(id) ?? 0
    }
    var upload = signed.changing
    upload[.contentType] = "application/pdf"
    try await client.execute(
      uri: "/api/v1/submissions/\(id)/files?name=mo-ta.pdf&blind=true", method: .post,
      headers: upload, body: ByteBuffer(string: "%PDF-1.4\n% mô tả \(signed.csrf)\n%%EOF\n")
    ) { response in #expect(response.status == .created, "\(String(buffer: response.body))") }
    return id
  }

  /// Submits draft `id` with the declaration; the entry's code.
  static func submit(_ client: any TestClientProtocol, _ id: Int64, headers: HTTPFields)
    async throws -> String
  {
    try await client.execute(
      uri: "/api/v1/submissions/\(id)/submit", method: .post, headers: headers,
      body: ByteBuffer(string: "{\"declaration\": true}")
    ) { response -> String in
      #expect(response.status == .ok, "\(String(buffer: response.body))")
      guard case .object(let m)? = JSONValue(parsing: String(buffer: response.body)),
        case .string(let code)? = m["code"]
      else { return "" }
      return code
    }
  }

  @Test("every entrant route × anonymous, owner, another entrant, judge, secretariat, organiser")
  func table() async throws {
    let fixture = try WebFixture(intake: true)
    let entry = try fixture.entries(of: "gk01")[0]
    try await fixture.test { client in
      let owner = try await client.entrant("chu@example.vn", fixture: fixture)
      let other = try await client.entrant("khac@example.vn", fixture: fixture)
      let id = try await Self.draft(client, owner)
      let people: [(String, Signed?)] = [
        ("anonymous", nil), ("owner", owner), ("another entrant", other),
        ("judge", try await client.signIn("gk01", fixture: fixture)),
        ("secretariat", try await client.signIn("Thư ký Web", fixture: fixture)),
        ("organiser", try await client.signIn("Ban Tổ Chức Web", fixture: fixture)),
      ]
      let routes: [(String, HTTPRequest.Method, String, [Int])] = [
        ("the call", .get, "/contest", [200, 200, 200, 200, 200, 200]),
        ("the results", .get, "/results", [200, 200, 200, 200, 200, 200]),
        ("sign-up page", .get, "/sign-up", [200, 200, 200, 200, 200, 200]),
        ("page: submissions", .get, "/submissions", [303, 200, 200, 403, 403, 403]),
        ("page: the submission", .get, "/submissions/\(id)", [303, 200, 404, 403, 403, 403]),
        (
          "page: a receipt of a draft", .get, "/submissions/\(id)/receipt",
          [303, 303, 404, 403, 403, 403]
        ),
        ("api: submissions", .get, "/api/v1/submissions", [401, 200, 200, 403, 403, 403]),
        ("api: the submission", .get, "/api/v1/submissions/\(id)", [401, 200, 404, 403, 403, 403]),
        ("api: me", .get, "/api/v1/me", [401, 200, 200, 200, 200, 200]),
        // The rest of the site: nothing of it for an entrant.
        ("page: worklist", .get, "/worklist?judge=gk01", [303, 403, 403, 200, 200, 200]),
        ("page: register", .get, "/entries", [303, 403, 403, 403, 200, 200]),
        ("page: an entry", .get, "/entries/\(entry)", [303, 403, 403, 403, 200, 200]),
        ("page: progress", .get, "/progress?round=so-khao", [303, 403, 403, 403, 200, 200]),
        ("page: ranking", .get, "/ranking?round=so-khao", [303, 403, 403, 403, 200, 200]),
        ("page: intake", .get, "/intake", [303, 403, 403, 403, 200, 200]),
        ("page: jury", .get, "/jury", [303, 403, 403, 403, 200, 403]),
        ("page: mail", .get, "/mail", [303, 403, 403, 403, 200, 200]),
        (
          "page: sheet", .get, "/sheets/so-khao/\(entry)?judge=gk01",
          [303, 403, 403, 200, 200, 200]
        ),
        (
          "api: worklist", .get, "/api/v1/rounds/so-khao/worklist?judge=gk01",
          [401, 403, 403, 200, 200, 200]
        ),
        ("api: ranking", .get, "/api/v1/rounds/so-khao/ranking", [401, 403, 403, 403, 200, 200]),
        ("api: progress", .get, "/api/v1/rounds/so-khao/progress", [401, 403, 403, 403, 200, 200]),
      ]
      for (name, method, uri, expected) in routes {
        for ((who, signed), status) in zip(people, expected) {
          var headers = signed?.headers ?? [:]
          headers[.acceptLanguage] = "en"
          try await client.execute(uri: uri, method: method, headers: headers) { response in
            #expect(
              response.status.code == status,
              "\(name) as \(who): \(response.status.code) \(String(buffer: response.body).prefix(160))"
            )
          }
        }
      }
      // Changes by another entrant, a judge, the staff: refused; the draft unchanged.
      let changes: [(String, HTTPRequest.Method, String, String)] = [
        ("save", .put, "/api/v1/submissions/\(id)", "{\"title\": \"Khác\"}"),
        ("submit", .post, "/api/v1/submissions/\(id)/submit", "{\"declaration\": true}"),
        ("discard", .delete, "/api/v1/submissions/\(id)", "{}"),
        ("remove a file", .delete, "/api/v1/submissions/\(id)/files/1", "{}"),
      ]
      for (name, method, uri, body) in changes {
        for (who, signed) in people where who != "owner" {
          var headers = signed?.changing ?? [:]
          headers[.contentType] = "application/json"
          let expected = signed == nil ? 401 : who == "another entrant" ? 404 : 403
          try await client.execute(
            uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)
          ) { response in
            #expect(response.status.code == expected, "\(name) as \(who): \(response.status.code)")
          }
        }
      }
      let kept = try await client.execute(
        uri: "/api/v1/submissions/\(id)", method: .get, headers: owner.headers
      ) { String(buffer: $0.body) }
      #expect(kept.contains("\"state\":\"draft\"") && kept.contains("Tra cứu hồ sơ qua điện thoại"))
      #expect(kept.contains("\"files\":[{"))
    }
  }

  @Test("every form of an entrant's pages × who may not send it: nothing written")
  func forms() async throws {
    let fixture = try WebFixture(intake: true)
    try await fixture.test { client in
      let owner = try await client.entrant("chu@example.vn", fixture: fixture)
      let other = try await client.entrant("khac@example.vn", fixture: fixture)
      let judge = try await client.signIn("gk01", fixture: fixture)
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      let id = try await Self.draft(client, owner)
      let before = try await client.execute(
        uri: "/api/v1/submissions/\(id)", method: .get, headers: owner.headers
      ) { String(buffer: $0.body) }
      let forms: [(String, String)] = [
        ("/submissions/\(id)", "title=Kh%C3%A1c&version=2"),
        ("/submissions/\(id)/submit", "declaration=on"),
        ("/submissions/\(id)/discard", ""),
        ("/submissions/\(id)/withdraw", "reason=x"),
        ("/submissions/\(id)/files/1/delete", ""),
      ]
      // Who sends, with which token, and the answer due.
      let senders: [(String, Signed?, String, Int)] = [
        ("anonymous", nil, "", 303), ("another entrant", other, other.csrf, 404),
        ("the owner without the token", owner, "", 403),
        ("the owner with another's token", owner, other.csrf, 403),
        ("a judge", judge, judge.csrf, 403), ("the secretariat", staff, staff.csrf, 403),
      ]
      for (uri, body) in forms {
        for (who, session, token, expected) in senders {
          let status = try await client.postForm(uri, body, as: session, token: token)
          #expect(status == expected, "\(uri) sent by \(who): \(status)")
        }
      }
      let after = try await client.execute(
        uri: "/api/v1/submissions/\(id)", method: .get, headers: owner.headers
      ) { String(buffer: $0.body) }
      #expect(before == after)
    }
  }

  @Test("the journey through the API: submit, receipt, deadline-free resubmission refused")
  func journey() async throws {
    let fixture = try WebFixture(intake: true)
    try await fixture.test { client in
      let owner = try await client.entrant("an@example.vn", fixture: fixture)
      let unverified = try await client.entrant("chua@example.vn", fixture: fixture, verify: false)
      let id = try await Self.draft(client, owner)
      var json = owner.changing
      json[.contentType] = "application/json"
      // Without the declaration: 422 naming it.
      try await client.execute(
        uri: "/api/v1/submissions/\(id)/submit", method: .post, headers: json,
        body: ByteBuffer(string: "{\"declaration\": false}")
      ) { response in
        #expect(response.status == .unprocessableContent)
        #expect(String(buffer: response.body).contains("\"field\":\"declaration\""))
      }
      let code = try await Self.submit(client, id, headers: json)
      #expect(code == "SK-0041")
      try await client.execute(
        uri: "/submissions/\(id)/receipt", method: .get, headers: owner.headers
      ) { response in
        let page = String(buffer: response.body)
        #expect(response.status == .ok && page.contains(code) && page.contains("mo-ta.pdf"))
      }
      try await client.execute(
        uri: "/api/v1/submissions/\(id)/submit", method: .post, headers: json,
        body: ByteBuffer(string: "{\"declaration\": true}")
      ) { response in #expect(response.status == .conflict) }
      // An unverified account uploads nothing.
      var upload = unverified.changing
      upload[.contentType] = "application/json"
      let draft = try await client.execute(
        uri: "/api/v1/submissions", method: .post, headers: upload,
        body: ByteBuffer(string: "{\"title\": \"Nháp\"}")
      ) { response -> Int64 in
        guard case .object(let m)? = JSONValue(parsing: String(buffer: response.body)),
          case .number(let id)? = m["id"]
        else { return 0 }
        return Int64(id) ?? 0
      }
      upload[.contentType] = "application/pdf"
      try await client.execute(
        uri: "/api/v1/submissions/\(draft)/files?name=a.pdf", method: .post, headers: upload,
        body: ByteBuffer(string: "%PDF-1.4\n%%EOF\n")
      ) { response in #expect(response.status == .forbidden) }
      // A file past the contest's limit: 413, nothing kept.
      upload = owner.changing
      upload[.contentType] = "application/octet-stream"
      let second = try await Self.draft(client, owner)
      try await client.execute(
        uri: "/api/v1/submissions/\(second)/files?name=lon.pdf", method: .post, headers: upload,
        body: ByteBuffer(repeating: 0x25, count: (25 << 20) + 1)
      ) { response in #expect(response.status == .contentTooLarge) }
      // The staff see it in the intake queue, new; judges see nothing of the account.
      let staff = try await client.signIn("Thư ký Web", fixture: fixture)
      try await client.execute(uri: "/intake", method: .get, headers: staff.headers) {
        response in
        let page = String(buffer: response.body)
        #expect(page.contains(code) && page.contains("an@example.vn"))
      }
    }
  }

  @Test("a complaint through the API: the owner's, after publication; nobody else's")
  func complaint() async throws {
    let fixture = try WebFixture(intake: true)
    try await fixture.test { client in
      let owner = try await client.entrant("chu@example.vn", fixture: fixture)
      let other = try await client.entrant("khac@example.vn", fixture: fixture)
      let judge = try await client.signIn("gk01", fixture: fixture)
      let id = try await Self.draft(client, owner)
      var json = owner.changing
      json[.contentType] = "application/json"
      let body = ByteBuffer(string: "{\"text\": \"Đề nghị phúc khảo\"}")
      try await client.execute(
        uri: "/api/v1/submissions/\(id)/complaints", method: .post, headers: json, body: body
      ) { response in #expect(response.status == .conflict, "a draft has no result") }
      try await client.execute(
        uri: "/api/v1/submissions/\(id)/submit", method: .post, headers: json,
        body: ByteBuffer(string: "{\"declaration\": true}")
      ) { response in #expect(response.status == .ok) }
      let organiser = try fixture.workflow.person(named: "Ban Tổ Chức Web")
      _ = try fixture.workflow.publish(round: "so-khao", by: organiser)
      try await client.execute(
        uri: "/api/v1/submissions/\(id)/complaints", method: .post, headers: json, body: body
      ) { response in
        #expect(response.status == .created, "\(String(buffer: response.body))")
        #expect(String(buffer: response.body).contains("\"state\":\"filed\""))
      }
      for (who, signed, expected) in [("another entrant", other, 404), ("a judge", judge, 403)] {
        var headers = signed.changing
        headers[.contentType] = "application/json"
        try await client.execute(
          uri: "/api/v1/submissions/\(id)/complaints", method: .post, headers: headers, body: body
        ) { response in #expect(response.status.code == expected, "\(who)") }
      }
      try await client.execute(
        uri: "/api/v1/submissions/\(id)", method: .get, headers: owner.headers
      ) { response in
        #expect(String(buffer: response.body).contains("\"complaints\":[{"))
      }
    }
  }

  @Test("sign-ups from one address are limited; a verified address is not told apart")
  func signUps() async throws {
    let fixture = try WebFixture(intake: true)
    try await fixture.test { client in
      let json: HTTPFields = [.contentType: "application/json"]
      var statuses: [Int] = []
      for n in 0..<6 {
        try await client.execute(
          uri: "/api/v1/entrants", method: .post, headers: json,
          body: ByteBuffer(
            string:
              "{\"email\":\"n\(n)@example.vn\",\"name\":\"Người \(n)\",\"password\":\"mat-khau-du-thi-10\"}"
          )
        ) { statuses.append(Int($0.status.code)) }
      }
      #expect(statuses == [201, 201, 201, 201, 201, 429])
      try await client.execute(
        uri: "/api/v1/entrants", method: .post, headers: json,
        body: ByteBuffer(string: "{\"email\":\"sai\",\"name\":\"\",\"password\":\"ngan\"}")
      ) { response in
        // Checked before it is counted: the field problems, 422.
        #expect(response.status == .unprocessableContent)
      }
    }
  }
}
