import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

/// Two contests in one folder behind `serve --contests`: `hanoi-a` (at the desk) and
/// `hanoi-b` (online), each with the demo entries and judges and its preliminary round
/// assigned.
struct FolderFixture {
  let folder: String
  let contests: ContestFolder
  let workflows: [String: Workflow]
  /// The two contests' ids: the first at the desk, the second online.
  let ids: [String]

  /// `keepOpen` false: the set-up's own connections are closed (only the server's remain).
  init(
    ids: [String] = ["hanoi-a", "hanoi-b"], idle: TimeInterval = 900,
    roundName: [String: String] = [:], keepOpen: Bool = true
  ) throws {
    self.ids = ids
    folder = NSTemporaryDirectory() + "sangkien-folder-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var workflows: [String: Workflow] = [:]
    for id in ids {
      var text = try String(
        contentsOfFile: packageRoot + "/Seeds/hanoi-2019/contest.yaml", encoding: .utf8
      )
      .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
      .replacingOccurrences(of: "id: hanoi-cchc-2019\n", with: "id: \(id)\n")
      if let name = roundName[id] {
        text = text.replacingOccurrences(of: "name: \"Sơ khảo\"", with: "name: \"\(name)\"")
      }
      if id == ids[1] {
        text =
          text.replacingOccurrences(of: "deadline: 2019-11-15", with: "deadline: 2099-12-31")
          + "\nintake:\n  online: true\n  closes: 2099-12-31 17:00\n"
      }
      let file = folder + "/\(id).yaml"
      try text.write(toFile: file, atomically: true, encoding: .utf8)
      let path = folder + "/\(id).sqlite"
      let staff = id == ids[0] ? "Thư ký A" : "Thư ký B"
      _ = try Workflow.createContest(at: path, from: file, by: staff, now: Date())
      let workflow = try Workflow.open(path: path)
      let secretariat = try workflow.person(named: staff)
      _ = try workflow.importEntries(
        .path(packageRoot + "/Seeds/demo/entries.csv"), by: secretariat)
      _ = try workflow.importJudges(.path(packageRoot + "/Seeds/demo/judges.csv"), by: secretariat)
      _ = try workflow.assign(round: "so-khao", by: secretariat)
      workflows[id] = workflow
    }
    self.workflows = keepOpen ? workflows : [:]
    workflows.removeAll()
    var config = WebConfig()
    config.bcryptCost = 4
    config.staleReads = 0
    contests = try ContestFolder(folder: folder, config: config, idle: idle)
  }

  func secretariat(_ id: String) -> String { id == ids[0] ? "Thư ký A" : "Thư ký B" }

  /// Runs `body` against the folder's dispatcher (no socket).
  func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws
  {
    let site = FolderSite(folder: contests)
    let application = Application(
      responder: FolderResponder(folder: contests, home: site.homeRouter().buildResponder()))
    try await application.test(.router) { client in try await body(client) }
  }

  /// Signs `login` in to contest `id` through its API with a fresh code: the session cookie
  /// (`name=value`) and the CSRF token.
  func signIn(_ login: String, to id: String, client: any TestClientProtocol) async throws
    -> Signed
  {
    let workflow = try #require(workflows[id])
    let code = try workflow.invite(
      login, by: try workflow.person(named: secretariat(id))
    ).code
    let signed = try await client.execute(
      uri: "/c/\(id)/api/v1/sign-in", method: .post,
      headers: [.contentType: "application/json"],
      body: ByteBuffer(string: "{\"login\":\"\(login)\",\"code\":\"\(code)\"}")
    ) { response -> Signed in
      #expect(response.status == .ok, "\(String(buffer: response.body))")
      let setCookie = response.headers[.setCookie] ?? ""
      #expect(setCookie.hasPrefix("sk_session_\(id)="), "\(setCookie)")
      guard case .object(let members)? = JSONValue(parsing: String(buffer: response.body)),
        case .string(let csrf)? = members["csrf"]
      else { return Signed(cookie: "", csrf: "") }
      return Signed(cookie: String(setCookie.split(separator: ";")[0]), csrf: csrf)
    }
    // A code signs in to set a password first.
    try await client.execute(
      uri: "/c/\(id)/api/v1/password", method: .post, headers: signed.changing,
      body: ByteBuffer(string: "{\"new_password\":\"mat-khau-du-dai\"}")
    ) { response in #expect(response.status == .ok, "\(String(buffer: response.body))") }
    return signed
  }
}

@Suite("Every contest of a folder on one server (serve --contests)")
struct FolderTests {
  @Test("the home lists the contests taking entries and, signed in, one's own")
  func home() async throws {
    let fixture = try FolderFixture()
    try await fixture.test { client in
      let anonymous = try await client.execute(uri: "/", method: .get) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(anonymous.0 == .ok)
      // B takes entries online, A at the desk only.
      #expect(anonymous.1.contains("href=\"/c/hanoi-b/contest\""))
      #expect(!anonymous.1.contains("/c/hanoi-a/"))
      // No contest's links in the header: the folder has no call, results or sign-in of its own.
      #expect(!anonymous.1.contains("href=\"/contest\""))
      #expect(!anonymous.1.contains("href=\"/sign-in\""))
      #expect(!anonymous.1.contains("Cuộc thi bạn đang đăng nhập"))
      let signed = try await fixture.signIn("Thư ký A", to: "hanoi-a", client: client)
      let mine = try await client.execute(uri: "/", method: .get, headers: signed.headers) {
        String(buffer: $0.body)
      }
      #expect(mine.contains("Cuộc thi bạn đang đăng nhập"))
      #expect(mine.contains("href=\"/c/hanoi-a/\""))
      #expect(mine.contains("Thư ký A (Tổ thư ký)"))
      // A contest's address without its slash, one the folder lacks, a malformed id.
      try await client.execute(uri: "/c/hanoi-a", method: .get) {
        #expect($0.status == .movedPermanently)
        #expect($0.headers[.location] == "/c/hanoi-a/")
      }
      for uri in ["/c/hanoi-z/", "/c/..%2F/", "/c/hanoi a/sign-in", "/sign-in"] {
        try await client.execute(uri: uri, method: .get) {
          #expect($0.status == .notFound, "\(uri)")
        }
      }
    }
  }

  @Test("a contest's pages, redirects and cookies stay under its prefix")
  func prefix() async throws {
    let fixture = try FolderFixture()
    try await fixture.test { client in
      let signed = try await fixture.signIn("Thư ký A", to: "hanoi-a", client: client)
      for uri in ["/progress?round=so-khao", "/entries", "/entries/SK-0001", "/jury", "/settings"] {
        let page = try await client.execute(
          uri: "/c/hanoi-a" + uri, method: .get, headers: signed.headers
        ) { response -> String in
          #expect(response.status == .ok, "\(uri)")
          return String(buffer: response.body)
        }
        // Every root-relative address of the page's attributes is the contest's.
        var rest = page[...]
        var seen = 0
        while let found = rest.range(of: "=\"/") {
          let address = rest[found.upperBound...].prefix { $0 != "\"" }
          #expect(address.hasPrefix("c/hanoi-a/"), "\(uri): /\(address)")
          seen += 1
          rest = rest[found.upperBound...]
        }
        #expect(seen > 5, "\(uri)")
      }
      // Not signed in: sent to the contest's own sign-in, and back where one was after it.
      try await client.execute(uri: "/c/hanoi-a/progress?round=so-khao", method: .get) {
        #expect($0.status == .seeOther)
        #expect(
          $0.headers[.location]?.hasPrefix("/c/hanoi-a/sign-in?next=") == true,
          "\($0.headers[.location] ?? "")")
      }
      try await client.execute(uri: "/c/hanoi-a/sign-in", method: .get) {
        let cookie = $0.headers[.setCookie] ?? ""
        #expect(cookie.contains("Path=/c/hanoi-a/sign-in"), "\(cookie)")
        #expect(String(buffer: $0.body).contains("action=\"/c/hanoi-a/sign-in\""))
      }
      // The next page as the browser sent it (with the prefix) or as the app wrote it.
      #expect(
        ContestScope.$id.withValue("hanoi-a") { WebApp.localPath("/c/hanoi-a/entries") }
          == "/entries")
      #expect(ContestScope.$id.withValue("hanoi-a") { WebApp.localPath("/entries") } == "/entries")
      // The receipt's path in the API's answer, the links in mail.
      let site = try #require(try await fixture.contests.site("hanoi-b"))
      #expect(site.app.config.baseURL == nil)
    }
  }

  @Test("signed in to one contest, every route of the other answers as to nobody")
  func isolation() async throws {
    let fixture = try FolderFixture()
    let other = try #require(try await fixture.contests.site("hanoi-b"))
    let routes = other.app.router().routes.map { ($0.method, $0.path.description) }
    #expect(routes.count > 60)
    try await fixture.test { client in
      let a = try await fixture.signIn("Thư ký A", to: "hanoi-a", client: client)
      let token = String(a.cookie.split(separator: "=", maxSplits: 1)[1])
      // A's session as it is sent (its own cookie), and A's token under B's cookie's name.
      let borrowed = Signed(cookie: "sk_session_hanoi-b=\(token)", csrf: a.csrf)
      var checked = 0
      for (method, template) in routes {
        let path = Self.filled(template)
        var answers: [String] = []
        for session in [nil, a, borrowed] {
          var headers = session?.headers ?? HTTPFields()
          headers[HTTPField.Name("X-CSRF-Token")!] = a.csrf
          headers[.contentType] = "application/x-www-form-urlencoded"
          let answer = try await client.execute(
            uri: "/c/hanoi-b" + path, method: method, headers: headers,
            body: ByteBuffer(string: "csrf=\(a.csrf)")
          ) { response in
            "\(response.status.code) \(response.headers[.location] ?? "")"
          }
          answers.append(answer)
        }
        #expect(
          answers[1] == answers[0] && answers[2] == answers[0],
          "\(method) \(path): nobody \(answers[0]), A's session \(answers[1]), A's token as B's \(answers[2])"
        )
        checked += 1
      }
      #expect(checked == routes.count)
      // And A's person is nowhere in B's log.
      let b = try #require(fixture.workflows["hanoi-b"])
      let log = try b.auditLog(by: try b.person(named: "Thư ký B"))
      #expect(!log.contains { $0.actor == "Thư ký A" })
    }
  }

  @Test("failed sign-ins slow down one contest, not the other")
  func throttle() async throws {
    let fixture = try FolderFixture()
    try await fixture.test { client in
      func attempt(_ id: String) async throws -> HTTPResponse.Status {
        try await client.execute(
          uri: "/c/\(id)/api/v1/sign-in", method: .post,
          headers: [.contentType: "application/json"],
          body: ByteBuffer(string: "{\"login\":\"gk01\",\"password\":\"sai-mat-khau-roi\"}")
        ) { $0.status }
      }
      var statuses: [HTTPResponse.Status] = []
      for _ in 0..<7 { statuses.append(try await attempt("hanoi-a")) }
      #expect(statuses.last == .tooManyRequests, "\(statuses)")
      #expect(try await attempt("hanoi-b") == .unauthorized)
    }
  }

  @Test("a contest nobody uses is closed (its log folded into the file) and opens again")
  func idle() async throws {
    let fixture = try FolderFixture(idle: 60, keepOpen: false)
    let log = fixture.folder + "/hanoi-a.sqlite-wal"
    try await fixture.test { client in
      try await client.execute(uri: "/c/hanoi-a/sign-in", method: .get) {
        #expect($0.status == .ok)
      }
      #expect(fixture.contests.openSites.map(\.contest.id) == ["hanoi-a"])
      #expect(FileManager.default.fileExists(atPath: log))
      #expect(fixture.contests.closeIdle(now: Date()).isEmpty)
      #expect(fixture.contests.closeIdle(now: Date().addingTimeInterval(61)) == ["hanoi-a"])
      #expect(fixture.contests.openSites.isEmpty)
      // Its last connection closed: SQLite folded the log into the file and removed it.
      #expect(!FileManager.default.fileExists(atPath: log))
      try await client.execute(uri: "/c/hanoi-a/sign-in", method: .get) {
        #expect($0.status == .ok)
      }
      #expect(fixture.contests.openSites.map(\.contest.id) == ["hanoi-a"])
    }
  }

  @Test("a contest added to the folder is served; two files of one contest are refused")
  func rescan() async throws {
    let fixture = try FolderFixture()
    let copy = fixture.folder + "/hanoi-c.sqlite"
    let a = try #require(fixture.workflows["hanoi-a"])
    try a.backup(to: copy, replace: false, by: try a.person(named: "Thư ký A"))
    let twice = Self.problems { () throws(WorkflowError) in
      _ = try ContestFolder(folder: fixture.folder, config: WebConfig())
    }
    #expect(twice.first?.field == "contests")
    #expect(twice.first?.message.contains("hanoi-a.sqlite và hanoi-c.sqlite") == true, "\(twice)")
    try FileManager.default.removeItem(atPath: copy)
    // A new edition, made while the server runs, is found by its first request.
    let text = try String(contentsOfFile: fixture.folder + "/hanoi-a.yaml", encoding: .utf8)
      .replacingOccurrences(of: "id: hanoi-a\n", with: "id: hanoi-d\n")
    try text.write(toFile: fixture.folder + "/d.yaml", atomically: true, encoding: .utf8)
    _ = try Workflow.createContest(
      at: fixture.folder + "/hanoi-d.sqlite", from: fixture.folder + "/d.yaml", by: "Thư ký D",
      now: Date())
    fixture.contests.rescan(force: true)
    #expect(fixture.contests.contests.map(\.id) == ["hanoi-a", "hanoi-b", "hanoi-d"])
    let missing = Self.problems { () throws(WorkflowError) in
      _ = try ContestFolder(folder: fixture.folder + "/none", config: WebConfig())
    }
    #expect(missing.first?.field == "contests")
  }

  @Test("an open contest's file is read again through its own connections")
  func rescanOpen() async throws {
    let fixture = try FolderFixture(ids: ["again-a", "again-b"])
    let site = try #require(try await fixture.contests.site("again-a"))
    let workflow = try #require(fixture.workflows["again-a"])
    let file = fixture.folder + "/again-a.yaml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let renamed = text.replacingOccurrences(of: "năm 2019\"", with: "năm 2019 (sửa)\"")
    #expect(renamed != text)
    try renamed.write(toFile: file, atomically: true, encoding: .utf8)
    _ = try workflow.updateContest(
      from: file, dryRun: false, by: try workflow.person(named: "Thư ký A"))
    try await Task.sleep(for: .milliseconds(20))
    fixture.contests.rescan(force: true)
    let listed = fixture.contests.contests.first { $0.id == "again-a" }
    #expect(listed?.name.hasSuffix("(sửa)") == true, "\(listed?.name ?? "")")
    #expect(fixture.contests.openSites.map(\.contest.id) == [site.contest.id])
  }

  @Test("a closed contest's due mail is seen without opening it")
  func mailDue() async throws {
    let fixture = try FolderFixture(ids: ["mail-a", "mail-b"], keepOpen: false)
    let path = fixture.folder + "/mail-a.sqlite"
    // A command queues an invitation in mail-a; mail-b has nothing to send.
    let workflow = try Workflow.open(path: path)
    _ = try workflow.invite(
      "gk01", mail: InvitationMail(address: "gk01@example.vn", baseURL: "https://x.vn"),
      by: try workflow.person(named: "Thư ký A"))
    let contests = try #require(
      fixture.contests.contests.reduce(into: [String: FolderContest]()) { $0[$1.id] = $1 })
    #expect(fixture.contests.hasMailDue(try #require(contests["mail-a"])))
    #expect(!fixture.contests.hasMailDue(try #require(contests["mail-b"])))
    #expect(fixture.contests.openSites.isEmpty)
    // Not yet due (an hour ahead of the clock it is asked with): not seen as due.
    #expect(!Workflow.hasMailDue(at: path, now: Date().addingTimeInterval(-3600)))
  }

  @Test("rounds of the same id keep each contest's name")
  func roundNames() async throws {
    // Ids of their own: the other tests' folders, in this process too, hold hanoi-a and -b.
    let fixture = try FolderFixture(
      ids: ["names-a", "names-b"], roundName: ["names-b": "Vòng loại"])
    try await fixture.test { client in
      for (id, name) in [("names-a", "Sơ khảo"), ("names-b", "Vòng loại")] {
        let signed = try await fixture.signIn(fixture.secretariat(id), to: id, client: client)
        let page = try await client.execute(
          uri: "/c/\(id)/progress?round=so-khao", method: .get, headers: signed.headers
        ) { String(buffer: $0.body) }
        #expect(page.contains(name), "\(id)")
      }
      #expect(ContestScope.$id.withValue("names-a") { RoundNames.shown("so-khao") } == "Sơ khảo")
      #expect(ContestScope.$id.withValue("names-b") { RoundNames.shown("so-khao") } == "Vòng loại")
    }
  }

  @Test("a page's addresses move under the prefix, and nothing a person typed does")
  func rebase() {
    let page =
      "<a href=\"/entries\">x</a><form action=\"/sign-in\"><input name=\"next\" value=\"/x\">"
      + "<p>=&quot;/evil =\"//cdn</p><img src=\"/static/a.png\">"
    let moved = ContestScope.$id.withValue("k-1") { Mount.rebase(page) }
    #expect(
      moved
        == "<a href=\"/c/k-1/entries\">x</a><form action=\"/c/k-1/sign-in\"><input name=\"next\" value=\"/c/k-1/x\">"
        + "<p>=&quot;/evil =\"//cdn</p><img src=\"/c/k-1/static/a.png\">")
    #expect(Mount.rebase(page) == page)
  }

  /// The problems `body` is refused with (none when it is not refused).
  static func problems(_ body: () throws(WorkflowError) -> Void) -> [Problem] {
    do {
      try body()
      return []
    } catch {
      guard case .invalid(let problems, _) = error else { return [] }
      return problems
    }
  }

  /// A route's path with its parameters given plausible values of the demo contest.
  static func filled(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
      guard part.hasPrefix("{") || part.hasPrefix(":") || part.contains("*") else {
        return String(part)
      }
      let name = part.trimmingCharacters(in: CharacterSet(charactersIn: "{}:*"))
      switch name {
      case "round": return "so-khao"
      case "code", "entry": return "SK-0001"
      case "judge": return "gk01"
      default: return "1"
      }
    }.joined(separator: "/")
  }
}
