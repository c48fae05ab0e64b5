import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow

/// `sangkien-bench serve`: `judges` judges signed in to `sangkien serve` (release, loopback),
/// each saving drafts and submitting their sheets at the same time until `requests` requests
/// were answered: requests per second, p50/p95/p99 per route, errors, sheets landed against
/// sheets submitted, `audit verify` afterwards, the server's resident memory after 10,000
/// and after all the requests; and the same saves called in-process (no HTTP), the floor.
enum ServeBench {
  /// One judge's connection and session.
  struct Judge: Sendable {
    var id: String
    var client: TestClient
    var cookie: String
    var csrf: String
    var entries: [String]
    /// The contest's prefix in a folder (`/c/{contest-id}`), "" alone.
    var base = ""
  }

  /// What the clients measured: per route, the latencies in milliseconds.
  actor Tally {
    var latencies: [String: [Double]] = [:]
    var errors: [String: Int] = [:]
    var submitted: Set<String> = []
    var count = 0
    var marks: [Int: Int] = [:]
    let server: pid_t

    init(server: pid_t) { self.server = server }

    var firstError: String?

    func record(
      _ route: String, _ millis: Double, ok: Bool, submitted pair: String?, answer: String = ""
    ) {
      latencies[route, default: []].append(millis)
      if !ok {
        errors[route, default: 0] += 1
        if firstError == nil { firstError = answer }
      }
      if let pair { submitted.insert(pair) }
      count += 1
      if count == 10_000 || count % 50_000 == 0 { marks[count] = ServeBench.rss(server) }
    }
  }

  static func rss(_ pid: pid_t) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
      return 0
    }
    for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  static func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
  }

  static let leaves = [
    "novelty", "feasibility", "time", "cost", "steps", "replicability", "presentation",
  ]

  /// `count` judges signed in out of a jury of `jury`; `staff` members of staff refreshing
  /// the round's progress (its live part) and the ranking once a second meanwhile.
  static func run(
    judges count: Int, jury: Int, entries: Int, staff: Int, requests: Int, keep: String?
  ) {
    let place = BenchPlace(keep: keep, prefix: "sangkien-serve")
    defer { place.clean() }
    let environment = ["SANGKIEN_LANG": "en", "SANGKIEN_ACTOR": "bench"]
    func sangkien(_ arguments: [String], name: String) {
      _ = place.sangkien(arguments, environment: environment, name: name)
    }
    let db = ["--db", "s.sqlite"]
    sangkien(["init", "--contest", place.contest] + db, name: "init")
    sangkien(
      [
        "entry", "import", place.write("e.csv", Synthetic.entries(count: entries, seed: 31)),
        "--allow-duplicates",
      ]
        + db, name: "entries")
    sangkien(["entry", "validate", "--all-received"] + db, name: "validate")
    sangkien(
      [
        "judge", "import",
        place.write("j.csv", Synthetic.judges(count: max(jury, count), seed: 32)),
      ]
        + db, name: "judges")
    for index in 0..<staff {
      sangkien(
        [
          "staff", "add", "Tổ thư ký \(index + 1)", "--role",
          index % 2 == 0 ? "secretariat" : "organiser",
        ]
          + db, name: "staff")
    }
    sangkien(["assign", "--per-entry", "3"] + db, name: "assign")
    let path = place.folder + "/s.sqlite"
    guard let workflow = try? Workflow.open(path: path),
      let bench = try? workflow.person(named: "bench")
    else {
      print("cannot open \(path)")
      return
    }
    var codes: [String: String] = [:]
    var worklists: [String: [String]] = [:]
    for index in 0..<staff {
      let name = "Tổ thư ký \(index + 1)"
      codes[name] = try? workflow.invite(name, by: bench).code
    }
    for index in 0..<count {
      let id = "gk\(index)"
      codes[id] = try? workflow.invite(id, by: bench).code
      worklists[id] =
        (try? workflow.worklist(round: "so-khao", judge: id, by: bench).items.map(\.code)) ?? []
    }
    guard let (server, port) = launch(place: place, path: path) else { return }
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    let tally = Tally(server: server.processIdentifier)
    let done = DispatchSemaphore(value: 0)
    let result = ResultBox()
    let perJudge = requests / count
    let codesCopy = codes
    let worklistsCopy = worklists
    Task {
      do {
        // Sign in (the code) and set a password: bcrypt at its real cost.
        var signedIn: [Judge] = []
        var staffIn: [Judge] = []
        let logins = (0..<staff).map { "Tổ thư ký \($0 + 1)" } + (0..<count).map { "gk\($0)" }
        for id in logins {
          let person = try await signIn(
            id, code: codesCopy[id] ?? "", port: port, entries: worklistsCopy[id] ?? [])
          if id.hasPrefix("gk") { signedIn.append(person) } else { staffIn.append(person) }
        }
        let start = ContinuousClock.now
        let stop = StopFlag()
        let staffCopy = staffIn
        let judgesCopy = signedIn
        try await withThrowingTaskGroup(of: Void.self) { outer in
          for member in staffCopy {
            outer.addTask { try await poll(member, tally: tally, stop: stop) }
          }
          outer.addTask {
            try await withThrowingTaskGroup(of: Void.self) { group in
              for judge in judgesCopy {
                group.addTask { try await load(judge, requests: perJudge, tally: tally) }
              }
              try await group.waitForAll()
            }
            stop.set()
          }
          try await outer.waitForAll()
        }
        let elapsed = ContinuousClock.now - start
        result.seconds =
          Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        for judge in signedIn + staffIn { try? await judge.client.shutdown() }
      } catch {
        result.error = "\(error)"
      }
      done.signal()
    }
    done.wait()
    if let error = result.error {
      print("the load failed: \(error)")
      return
    }
    let finalRSS = rss(server.processIdentifier)
    server.terminate()
    server.waitUntilExit()
    // What landed, and the log.
    let sheets =
      (try? workflow.sheets(round: "so-khao", judge: nil, entry: nil, by: bench).lines.count) ?? -1
    let verify = place.sangkien(
      ["audit", "verify"] + db, environment: environment, name: "audit verify")
    let semaphore = DispatchSemaphore(value: 0)
    let summary = SummaryBox()
    Task {
      summary.latencies = await tally.latencies
      summary.errors = await tally.errors
      summary.submitted = await tally.submitted.count
      summary.count = await tally.count
      summary.marks = await tally.marks
      summary.firstError = await tally.firstError
      semaphore.signal()
    }
    semaphore.wait()
    let judged = (summary.latencies["save"]?.count ?? 0) + (summary.latencies["submit"]?.count ?? 0)
    print(
      String(
        format:
          "%d judges (jury of %d, %d entries), %d staff: %d judges' requests in %.1f s: %.0f requests/s (%d in all); errors %d",
        count, max(jury, count), entries, staff, judged, result.seconds,
        Double(judged) / result.seconds, summary.count, summary.errors.values.reduce(0, +)))
    for route in summary.latencies.keys.sorted() {
      let values = summary.latencies[route] ?? []
      print(
        String(
          format: "  %-8@ %7d   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   errors %d",
          route as NSString,
          values.count, percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99),
          summary.errors[route] ?? 0))
    }
    if let first = summary.firstError { print("  the first error: \(first)") }
    print(
      "sheets submitted \(summary.submitted), landed \(sheets); audit verify exit \(verify.exitCode)"
    )
    let at10k = summary.marks[10_000] ?? 0
    print(
      String(
        format: "server resident memory: %.1f MB after 10,000 requests, %.1f MB after %d (%.2f×)",
        Double(at10k) / 1024, Double(finalRSS) / 1024, summary.count,
        at10k > 0 ? Double(finalRSS) / Double(at10k) : 0))
    floor(workflow: workflow, bench: bench, worklists: worklists)
  }

  /// `id` signed in with their code on a new connection to `port` (under `base`, a folder's
  /// contest), their password set: bcrypt at its real cost. Exits when it is refused.
  static func signIn(
    _ id: String, code: String, port: Int, base: String = "", entries: [String]
  ) async throws -> Judge {
    let client = TestClient(host: "127.0.0.1", port: port)
    client.connect()
    let answer = try await client.execute(
      .init(
        base + "/api/v1/sign-in", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: "{\"login\":\"\(id)\",\"code\":\"\(code)\"}")))
    let cookie = String((answer.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
    var csrf = ""
    if case .object(let m)? = JSONValue(parsing: String(buffer: answer.body ?? ByteBuffer())),
      case .string(let token)? = m["csrf"]
    {
      csrf = token
    }
    var headers = HTTPFields()
    headers[.cookie] = cookie
    headers[HTTPField.Name("X-CSRF-Token")!] = csrf
    headers[.contentType] = "application/json"
    // Not the login (a password holding it is refused); checked, so that a refusal stops the
    // bench instead of making every request an error.
    let set = try await client.execute(
      .init(
        base + "/api/v1/password", method: .post, headers: headers,
        body: ByteBuffer(string: "{\"new_password\":\"mat-khau-du-dai-cho-ban\"}")))
    guard set.status == .ok else {
      let answer = set.body.map { String(buffer: $0) } ?? ""
      print("the password of \(id) was refused: \(set.status) \(answer)")
      exit(1)
    }
    return Judge(
      id: id, client: client, cookie: cookie, csrf: csrf, entries: entries, base: base)
  }

  /// `sangkien serve` on `path` (release, a free port of loopback), its log to a file in the
  /// place's folder (one line per request); the process and its port, or nil (said why).
  static func launch(
    place: BenchPlace, path: String, environment: [String: String] = [:],
    arguments: [String]? = nil
  ) -> (Process, Int)? {
    let log = place.folder + "/serve.log"
    FileManager.default.createFile(atPath: log, contents: nil)
    let server = Process()
    server.executableURL = URL(fileURLWithPath: place.binary)
    server.arguments = arguments ?? ["serve", "--port", "0", "--db", path]
    server.currentDirectoryURL = URL(fileURLWithPath: place.folder)
    server.standardError = FileHandle(forWritingAtPath: log)
    server.standardOutput = FileHandle.nullDevice
    if !environment.isEmpty {
      server.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    do { try server.run() } catch {
      print("cannot start the server: \(error)")
      return nil
    }
    for _ in 0..<200 {
      Thread.sleep(forTimeInterval: 0.05)
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      if let range = text.range(of: "http://127.0.0.1:"),
        let port = Int(text[range.upperBound...].prefix { $0.isNumber }), port > 0
      {
        return (server, port)
      }
    }
    print("the server did not start")
    server.terminate()
    return nil
  }

  /// One judge: through their entries, two draft saves then a submit each, then drafts on
  /// submitted sheets (changes, as a judge revising), until `requests` were answered.
  static func load(_ judge: Judge, requests: Int, tally: Tally) async throws {
    var headers = HTTPFields()
    headers[.cookie] = judge.cookie
    headers[HTTPField.Name("X-CSRF-Token")!] = judge.csrf
    headers[.contentType] = "application/json"
    var versions: [String: Int] = [:]
    var sent = 0
    var round = 0
    while sent < requests && !judge.entries.isEmpty {
      for (index, entry) in judge.entries.enumerated() where sent < requests {
        let submit = round == 0 && (sent % 3 == 2)
        var pieces: [String] = []
        for (offset, leaf) in leaves.enumerated() where submit || offset < 3 {
          let value: Int = (index + offset + round) % 8 + 2
          pieces.append("\"" + leaf + "\":" + String(value))
        }
        let points: String = pieces.joined(separator: ",")
        let body =
          "{\"points\":{\(points)},\"comment\":\"Lần \(round)\",\"version\":\(versions[entry] ?? 0),\"submit\":\(submit)}"
        let started = ContinuousClock.now
        let answer = try await judge.client.execute(
          .init(
            judge.base + "/api/v1/rounds/so-khao/sheets/\(entry)", method: .put, headers: headers,
            body: ByteBuffer(string: body)))
        let elapsed = ContinuousClock.now - started
        let millis =
          Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        if case .object(let m)? = JSONValue(parsing: String(buffer: answer.body ?? ByteBuffer())),
          case .number(let v)? = m["version"]
        {
          versions[entry] = Int(v) ?? versions[entry] ?? 0
        }
        await tally.record(
          submit ? "submit" : "save", millis, ok: answer.status == .ok,
          submitted: submit && answer.status == .ok ? "\(judge.id) \(entry)" : nil,
          answer: answer.status == .ok
            ? ""
            : "\(answer.status.code) \(String(buffer: answer.body ?? ByteBuffer()).prefix(300))")
        sent += 1
      }
      round += 1
    }
  }

  /// A member of staff: the progress page's live part and the ranking, once a second, until
  /// the judges are done.
  static func poll(_ member: Judge, tally: Tally, stop: StopFlag) async throws {
    var headers = HTTPFields()
    headers[.cookie] = member.cookie
    let pages = [
      ("progress", "/progress?round=so-khao&part=live"), ("ranking", "/ranking?round=so-khao"),
    ]
    while !stop.isSet {
      let started = ContinuousClock.now
      for (route, uri) in pages {
        let sent = ContinuousClock.now
        let answer = try await member.client.execute(.init(uri, method: .get, headers: headers))
        let elapsed = ContinuousClock.now - sent
        let millis =
          Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        await tally.record(
          route, millis, ok: answer.status == .ok, submitted: nil,
          answer: answer.status == .ok ? "" : "\(answer.status.code) \(uri)")
      }
      let spent = ContinuousClock.now - started
      if spent < .seconds(1) { try await Task.sleep(for: .seconds(1) - spent) }
    }
  }

  /// The same saves in-process: the floor HTTP is compared with.
  static func floor(workflow: Workflow, bench: Person, worklists: [String: [String]]) {
    var operations = 0
    let start = ContinuousClock.now
    let judges = worklists.keys.sorted().prefix(10)
    for judge in judges {
      guard let person = try? workflow.person(named: judge) else { continue }
      for entry in worklists[judge] ?? [] {
        guard
          let view = try? workflow.sheetView(
            round: "so-khao", judge: judge, entry: entry, by: person)
        else { continue }
        var version = view.version
        for step in 0..<10 {
          if let saved = try? workflow.saveSheet(
            round: "so-khao", judge: judge, entry: entry, points: ["novelty": Decimal(step + 1)],
            comment: "floor \(step)", version: version, submit: false, by: person)
          {
            version = saved.version
            operations += 1
          }
        }
      }
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
      String(
        format: "in-process floor: %d draft saves in %.2f s: %.0f saves/s (one thread)", operations,
        seconds, Double(operations) / seconds))
  }
}

/// Set once the judges are done: the staff stop refreshing.
final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}

/// Results handed from the load's task to the main thread.
final class ResultBox: @unchecked Sendable {
  var seconds = 0.0
  var error: String?
}

/// The tally, copied out of its actor.
final class SummaryBox: @unchecked Sendable {
  var latencies: [String: [Double]] = [:]
  var errors: [String: Int] = [:]
  var submitted = 0
  var count = 0
  var marks: [Int: Int] = [:]
  var firstError: String?
}
