import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienStorage
import SangKienWeb
import SangKienWorkflow
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// A contest with the demo entries and judges, the preliminary round assigned, and the web
/// application on it (bcrypt at its lowest cost, for speed).
struct WebFixture {
  let folder: String
  let workflow: Workflow
  let secretariat: Person
  let app: WebApp
  let clock = TestClock()

  /// `lockFirstRound`: the preliminary round locks submitted sheets.
  /// `resolution`: the preliminary round's further marking (`{extra_judges: 1, method: …}`).
  /// `intake`: the call takes entries online now (its deadline moved to 2099).
  init(lockFirstRound: Bool = false, resolution: String? = nil, intake: Bool = false) throws {
    folder = NSTemporaryDirectory() + "sangkien-web-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/sangkien.sqlite"
    var contestFile = packageRoot + "/Seeds/hanoi-2019/contest.yaml"
    if lockFirstRound || resolution != nil || intake {
      var added = lockFirstRound ? "    lock_submitted: true\n" : ""
      if let resolution { added += "    resolution: \(resolution)\n" }
      var text = try String(contentsOfFile: contestFile, encoding: .utf8)
        .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
        .replacingOccurrences(
          of: "advance: {top: 20, min_score: 50}\n",
          with: "advance: {top: 20, min_score: 50}\n" + added)
      if intake {
        text =
          text.replacingOccurrences(of: "deadline: 2019-11-15", with: "deadline: 2099-12-31")
          + "\nintake:\n  online: true\n  closes: 2099-12-31 17:00\n  max_drafts: 3\n"
          + "complaints: {days: 10, answer_days: 30}\n"
      }
      contestFile = folder + "/contest.yaml"
      try text.write(toFile: contestFile, atomically: true, encoding: .utf8)
    }
    _ = try Workflow.createContest(at: path, from: contestFile, by: "Thư ký Web", now: Date())
    let clock = self.clock
    workflow = try Workflow.open(path: path, clock: { clock.now })
    secretariat = try workflow.person(named: "Thư ký Web")
    _ = try workflow.addStaff(name: "Ban Tổ Chức Web", role: .organiser, by: secretariat)
    _ = try workflow.importEntries(.path(packageRoot + "/Seeds/demo/entries.csv"), by: secretariat)
    _ = try workflow.importJudges(.path(packageRoot + "/Seeds/demo/judges.csv"), by: secretariat)
    _ = try workflow.assign(round: "so-khao", by: secretariat)
    var config = WebConfig()
    config.bcryptCost = 4
    // Every read current: the tests look at a page right after a change.
    config.staleReads = 0
    app = WebApp(workflow: workflow, config: config)
  }

  /// The entries `judge` scores in the preliminary round.
  func entries(of judge: String) throws -> [String] {
    try workflow.worklist(round: "so-khao", judge: judge, by: secretariat).items.map(\.code)
  }

  /// Runs `body` against the application's router (no socket).
  func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws
  {
    let application = Application(router: app.router())
    try await application.test(.router) { client in try await body(client) }
  }
}

/// A clock the tests move forward.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var offset: TimeInterval = 0
  var now: Date { lock.withLock { Date().addingTimeInterval(offset) } }
  func advance(_ seconds: TimeInterval) { lock.withLock { offset += seconds } }
}

/// A signed-in session: the cookie to send and the CSRF token.
struct Signed: Sendable {
  var cookie: String
  var csrf: String

  var headers: HTTPFields {
    var fields = HTTPFields()
    fields[.cookie] = cookie
    return fields
  }

  var changing: HTTPFields {
    var fields = headers
    fields[HTTPField.Name("X-CSRF-Token")!] = csrf
    fields[.contentType] = "application/json"
    return fields
  }
}

extension TestClientProtocol {
  /// Posts a page's form `body` as `session` (nobody when nil), with `token` as its CSRF
  /// field unless empty; the answer's status.
  func postForm(_ uri: String, _ body: String, as session: Signed?, token: String) async throws
    -> UInt
  {
    var headers = session?.headers ?? HTTPFields()
    headers[.contentType] = "application/x-www-form-urlencoded"
    let text = (token.isEmpty ? "" : "csrf=\(token)&") + body
    return try await execute(
      uri: uri, method: .post, headers: headers, body: ByteBuffer(string: text)
    ) { UInt($0.status.code) }
  }

  /// Signs `login` in with a fresh code and sets a password.
  /// Signs an entrant up through the API, verifies the address with the mailed code, and
  /// signs them in.
  func entrant(_ email: String, fixture: WebFixture, verify: Bool = true) async throws -> Signed {
    let json: HTTPFields = [.contentType: "application/json"]
    try await execute(
      uri: "/api/v1/entrants", method: .post, headers: json,
      body: ByteBuffer(
        string:
          "{\"email\":\"\(email)\",\"name\":\"Người Dự Thi\",\"password\":\"mat-khau-du-thi-10\"}")
    ) { response in #expect(response.status == .created, "\(String(buffer: response.body))") }
    if verify {
      let mail = try #require(
        try fixture.workflow.mail(by: fixture.secretariat).first {
          $0.recipient == email && $0.kind == "verification"
        })
      let line = try #require(
        mail.text.split(separator: "\n").first { $0.hasPrefix("Mã xác minh:") })
      try await execute(
        uri: "/api/v1/entrants/verify", method: .post, headers: json,
        body: ByteBuffer(string: "{\"email\":\"\(email)\",\"code\":\"\(line.suffix(6))\"}")
      ) { response in #expect(response.status == .ok, "\(String(buffer: response.body))") }
    }
    return try await execute(
      uri: "/api/v1/sign-in", method: .post, headers: json,
      body: ByteBuffer(string: "{\"login\":\"\(email)\",\"password\":\"mat-khau-du-thi-10\"}")
    ) { response -> Signed in
      #expect(response.status == .ok, "\(String(buffer: response.body))")
      let setCookie = response.headers[.setCookie] ?? ""
      guard case .object(let members)? = JSONValue(parsing: String(buffer: response.body)),
        case .string(let csrf)? = members["csrf"]
      else { return Signed(cookie: "", csrf: "") }
      return Signed(cookie: String(setCookie.split(separator: ";")[0]), csrf: csrf)
    }
  }

  func signIn(_ login: String, fixture: WebFixture) async throws -> Signed {
    let code = try fixture.workflow.invite(login, by: fixture.secretariat).code
    let (cookie, csrf) = try await execute(
      uri: "/api/v1/sign-in", method: .post, headers: [.contentType: "application/json"],
      body: ByteBuffer(string: "{\"login\":\"\(login)\",\"code\":\"\(code)\"}")
    ) { response -> (String, String) in
      #expect(response.status == .ok, "\(String(buffer: response.body))")
      let setCookie = response.headers[.setCookie] ?? ""
      let cookie = String(setCookie.split(separator: ";")[0])
      guard case .object(let members)? = JSONValue(parsing: String(buffer: response.body)),
        case .string(let csrf)? = members["csrf"]
      else { return (cookie, "") }
      return (cookie, csrf)
    }
    let signed = Signed(cookie: cookie, csrf: csrf)
    try await execute(
      uri: "/api/v1/password", method: .post, headers: signed.changing,
      body: ByteBuffer(string: "{\"new_password\":\"mat-khau-du-dai\"}")
    ) { response in #expect(response.status == .ok, "\(String(buffer: response.body))") }
    return signed
  }
}
