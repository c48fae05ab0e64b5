import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienStorage
import SangKienWorkflow

/// `sangkien-bench intake`: DESIGN's deadline rush. `entrants` entrants, each with a dossier of
/// `megabytes` MB, begin a draft, upload it and submit within `minutes` minutes (their starts
/// spread evenly), while `judges` judges save drafts at a typing pace (one save every half
/// second each) — first alone for `baseline` seconds, then through the rush. Prints the
/// entrants' upload and submit p50/p99, the judges' save p50/p99 without and with the rush,
/// the longest wait a separate writer had for SQLite's write lock (a probe taking it every
/// 10 ms: any transaction holding the lock longer shows), the server's peak resident memory,
/// and what landed: entries registered online against submissions answered, every stored
/// file's SHA-256 against the one sent, `audit verify`.
///
/// Accounts and sessions are made in-process beforehand (signing up is not the rush, and its
/// bcrypt would measure bcrypt): the server reads the sessions from the database.
enum IntakeBench {
  static func run(
    entrants: Int, megabytes: Int, judges: Int, minutes: Double, baseline: Double, keep: String?
  ) {
    let place = BenchPlace(keep: keep, prefix: "sangkien-intake")
    defer { place.clean() }
    let environment = ["SANGKIEN_LANG": "en", "SANGKIEN_ACTOR": "bench"]
    let db = ["--db", "s.sqlite"]
    // The call open now; each dossier may be as large as the run sends.
    let seeds = (place.contest as NSString).deletingLastPathComponent
    let rubrics = ((seeds as NSString).appendingPathComponent("../../Rubrics") as NSString)
      .standardizingPath
    let text =
      ((try? String(contentsOfFile: place.contest, encoding: .utf8)) ?? "")
      .replacingOccurrences(of: "../../Rubrics", with: rubrics)
      .replacingOccurrences(of: "deadline: 2019-11-15", with: "deadline: 2099-12-31")
        + """

        attachments: {max_file_mb: \(max(25, megabytes + 1)), max_entry_mb: \(max(100, megabytes + 1))}
        intake: {online: true, closes: '2099-12-31 17:00', max_drafts: 3}

        """
    let contest = place.write("contest.yaml", text)
    _ = place.sangkien(["init", "--contest", contest] + db, environment: environment, name: "init")
    _ = place.sangkien(
      ["entry", "import", place.write("e.csv", Synthetic.entries(count: 300, seed: 41))] + db,
      environment: environment, name: "entries")
    _ = place.sangkien(
      ["judge", "import", place.write("j.csv", Synthetic.judges(count: judges, seed: 42))] + db,
      environment: environment, name: "judges")
    _ = place.sangkien(
      ["assign", "--per-entry", "3"] + db, environment: environment, name: "assign")
    let path = place.folder + "/s.sqlite"
    guard let workflow = try? Workflow.open(path: path),
      let bench = try? workflow.person(named: "bench")
    else {
      print("cannot open \(path)")
      return
    }
    // Sessions, in-process: judges by a code then a password; entrants signed up, verified.
    let throttle = SignInThrottle()
    let limiter = IntakeLimiter(
      rules: {
        var rules = IntakeLimiter.Rules()
        rules.signUpsPerAddress = .max
        rules.signUpsInAll = .max
        rules.codesPerAddress = .max
        return rules
      }())
    func session(_ login: String, password: String?, code: String?) -> Session? {
      guard
        case .signedIn(let signed)? = try? workflow.signIn(
          login: login, password: password, code: code, address: "bench", throttle: throttle,
          verify: { _, _ in true })
      else { return nil }
      if signed.identity.mustSetPassword {
        try? workflow.setPassword(
          token: signed.token, newPassword: "mat-khau-cho-ban-do", hash: { "bench:" + $0 })
      }
      return Session(login: login, cookie: "sk_session=\(signed.token)", csrf: signed.identity.csrf)
    }
    var judgeSessions: [(Session, [String])] = []
    for index in 0..<judges {
      let id = "gk\(index)"
      guard let code = try? workflow.invite(id, by: bench).code,
        let signed = session(id, password: nil, code: code)
      else { continue }
      let entries =
        (try? workflow.worklist(round: "so-khao", judge: id, by: bench).items.map(\.code)) ?? []
      judgeSessions.append((signed, entries))
    }
    var entrantSessions: [Session] = []
    let made = ContinuousClock.now
    for index in 0..<entrants {
      let email = "nguoi\(index)@example.vn"
      _ = try? workflow.signUp(
        SignUpForm(email: email, name: "Người dự thi \(index)", password: "mat-khau-du-thi-10"),
        address: "bench", limiter: limiter, site: nil, hash: { "bench:" + $0 })
      let mail = try? workflow.mail(by: bench).first {
        $0.recipient == email && $0.kind == "verification"
      }
      let code = mail?.text.split(separator: "\n").first { $0.hasPrefix("Mã xác minh:") }?
        .suffix(6)
      try? workflow.verifyEntrant(
        email: email, code: code.map(String.init) ?? "", address: "bench", limiter: limiter)
      if let signed = session(email, password: "mat-khau-du-thi-10", code: nil) {
        entrantSessions.append(signed)
      }
    }
    print(
      "accounts: \(judgeSessions.count) judges, \(entrantSessions.count) entrants signed in "
        + String(format: "(made in %.1f s, in-process)", seconds(ContinuousClock.now - made)))
    guard let (server, port) = ServeBench.launch(place: place, path: path) else { return }
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    let tally = Tally()
    let probe = LockProbe(path: path)
    probe.start()
    let memory = MemoryWatch(pid: server.processIdentifier)
    memory.start()
    let done = DispatchSemaphore(value: 0)
    let failure = ResultBox()
    let judgesCopy = judgeSessions
    let entrantsCopy = entrantSessions
    let size = megabytes << 20
    Task {
      do {
        let stop = StopFlag()
        try await withThrowingTaskGroup(of: Void.self) { outer in
          for (judge, entries) in judgesCopy {
            outer.addTask {
              try await typing(judge, entries: entries, port: port, tally: tally, stop: stop)
            }
          }
          outer.addTask {
            try await Task.sleep(for: .seconds(baseline))
            await tally.phase("rush")
            probe.phase("rush")
            let spacing = minutes * 60 / Double(max(1, entrantsCopy.count))
            try await withThrowingTaskGroup(of: Void.self) { group in
              for (index, entrant) in entrantsCopy.enumerated() {
                group.addTask {
                  try await Task.sleep(for: .seconds(spacing * Double(index)))
                  try await submit(
                    entrant, index: index, size: size, port: port, tally: tally)
                }
              }
              try await group.waitForAll()
            }
            stop.set()
          }
          try await outer.waitForAll()
        }
      } catch {
        failure.error = "\(error)"
      }
      done.signal()
    }
    done.wait()
    probe.stop()
    memory.stop()
    if let error = failure.error { print("the load failed: \(error)") }
    server.terminate()
    server.waitUntilExit()
    report(tally: tally, probe: probe, memory: memory, workflow: workflow, bench: bench)
    let verify = place.sangkien(
      ["audit", "verify"] + db, environment: environment, name: "audit verify")
    print("audit verify exit \(verify.exitCode)")
  }

  struct Session: Sendable {
    var login: String
    var cookie: String
    var csrf: String
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func millis(since start: ContinuousClock.Instant) -> Double {
    seconds(ContinuousClock.now - start) * 1000
  }

  /// What the clients measured, by phase and route.
  actor Tally {
    var current = "alone"
    var latencies: [String: [Double]] = [:]
    var errors: [String: Int] = [:]
    var firstError: String?
    /// Each answered submission's code and the SHA-256 of the file its entrant sent.
    var landed: [String: String] = [:]

    func phase(_ name: String) { current = name }

    func record(_ route: String, _ millis: Double, ok: Bool, answer: String = "") {
      let key = route == "save" ? "save (\(current))" : route
      latencies[key, default: []].append(millis)
      if !ok {
        errors[key, default: 0] += 1
        if firstError == nil { firstError = "\(route): \(answer.prefix(300))" }
      }
    }

    func submitted(code: String, sha256: String) { landed[code] = sha256 }
  }

  /// A judge typing: a draft save every half second, through their entries, until the rush
  /// is over.
  static func typing(
    _ judge: Session, entries: [String], port: Int, tally: Tally, stop: StopFlag
  ) async throws {
    guard !entries.isEmpty else { return }
    let client = TestClient(host: "127.0.0.1", port: port)
    client.connect()
    defer { Task { try? await client.shutdown() } }
    var headers = HTTPFields()
    headers[.cookie] = judge.cookie
    headers[HTTPField.Name("X-CSRF-Token")!] = judge.csrf
    headers[.contentType] = "application/json"
    var versions: [String: Int] = [:]
    var step = 0
    while !stop.isSet {
      let entry = entries[step % entries.count]
      let body =
        "{\"points\":{\"novelty\":\(step % 20 + 1)},\"comment\":\"nháp \(step)\",\"version\":\(versions[entry] ?? 0),\"submit\":false}"
      let started = ContinuousClock.now
      let answer = try await client.execute(
        .init(
          "/api/v1/rounds/so-khao/sheets/\(entry)", method: .put, headers: headers,
          body: ByteBuffer(string: body)))
      let text = String(buffer: answer.body ?? ByteBuffer())
      await tally.record(
        "save", millis(since: started), ok: answer.status == .ok,
        answer: "\(answer.status.code) \(text)")
      if case .object(let m)? = JSONValue(parsing: text), case .number(let v)? = m["version"] {
        versions[entry] = Int(v) ?? 0
      }
      step += 1
      try await Task.sleep(for: .milliseconds(500))
    }
  }

  /// An entrant: a draft, the dossier (one file of `size` bytes, theirs alone), submitted.
  static func submit(_ entrant: Session, index: Int, size: Int, port: Int, tally: Tally)
    async throws
  {
    let client = TestClient(host: "127.0.0.1", port: port)
    client.connect()
    defer { Task { try? await client.shutdown() } }
    var headers = HTTPFields()
    headers[.cookie] = entrant.cookie
    headers[HTTPField.Name("X-CSRF-Token")!] = entrant.csrf
    headers[.contentType] = "application/json"
    let fields = """
      {"title": "Sáng kiến số \(index) của người dự thi", "category": "solution",
       "entrant_kind": "individual", "authors": [{"name": "Người dự thi \(index)"}],
       "unit": "UBND phường số \(index % 97)", "summary": "Tóm tắt sáng kiến \(index)."}
      """
    var started = ContinuousClock.now
    let created = try await client.execute(
      .init(
        "/api/v1/submissions", method: .post, headers: headers, body: ByteBuffer(string: fields)))
    await tally.record(
      "draft", millis(since: started), ok: created.status == .created,
      answer: String(buffer: created.body ?? ByteBuffer()))
    guard case .object(let m)? = JSONValue(parsing: String(buffer: created.body ?? ByteBuffer())),
      case .number(let id)? = m["id"]
    else { return }
    // A PDF's head, then bytes of this entrant's own (every dossier a different SHA-256).
    var bytes = Array("%PDF-1.4\n% ho so \(index)\n".utf8)
    var generator = SeededGenerator(seed: UInt64(index + 1))
    bytes.reserveCapacity(size)
    while bytes.count < size - 6 { bytes.append(UInt8.random(in: 32...126, using: &generator)) }
    bytes += Array("\n%%EOF".utf8)
    let sha = Fingerprint.sha256(bytes)
    var upload = headers
    upload[.contentType] = "application/pdf"
    started = ContinuousClock.now
    let stored = try await client.execute(
      .init(
        "/api/v1/submissions/\(id)/files?name=ho-so-\(index).pdf", method: .post, headers: upload,
        body: ByteBuffer(bytes: bytes)))
    await tally.record(
      "upload", millis(since: started), ok: stored.status == .created,
      answer: "\(stored.status.code) \(String(buffer: stored.body ?? ByteBuffer()))")
    started = ContinuousClock.now
    let answer = try await client.execute(
      .init(
        "/api/v1/submissions/\(id)/submit", method: .post, headers: headers,
        body: ByteBuffer(string: "{\"declaration\": true}")))
    await tally.record(
      "submit", millis(since: started), ok: answer.status == .ok,
      answer: "\(answer.status.code) \(String(buffer: answer.body ?? ByteBuffer()))")
    if answer.status == .ok,
      case .object(let r)? = JSONValue(parsing: String(buffer: answer.body ?? ByteBuffer())),
      case .string(let code)? = r["code"]
    {
      await tally.submitted(code: code, sha256: sha)
    }
  }

  /// Another writer on the same file, taking the write lock every 10 ms: how long it waits
  /// is how long someone else held it.
  final class LockProbe: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var waits: [String: [Double]] = [:]
    private var current = "alone"
    private var running = true
    private var thread: Thread?

    init(path: String) { self.path = path }

    func phase(_ name: String) { lock.withLock { current = name } }

    func start() {
      let thread = Thread { [self] in
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else {
          return
        }
        while lock.withLock({ running }) {
          let started = ContinuousClock.now
          try? queue.inTransaction(.immediate) { _ in .commit }
          let waited = IntakeBench.millis(since: started)
          lock.withLock { waits[current, default: []].append(waited) }
          Thread.sleep(forTimeInterval: 0.01)
        }
      }
      self.thread = thread
      thread.start()
    }

    func stop() {
      lock.withLock { running = false }
      Thread.sleep(forTimeInterval: 0.05)
    }

    func summary() -> [String: [Double]] { lock.withLock { waits } }
  }

  /// The server's resident memory, sampled every 200 ms: its peak.
  final class MemoryWatch: @unchecked Sendable {
    let pid: pid_t
    private let lock = NSLock()
    private var peak = 0
    private var running = true

    init(pid: pid_t) { self.pid = pid }

    func start() {
      Thread { [self] in
        while lock.withLock({ running }) {
          let now = ServeBench.rss(pid)
          lock.withLock { peak = max(peak, now) }
          Thread.sleep(forTimeInterval: 0.2)
        }
      }.start()
    }

    func stop() { lock.withLock { running = false } }
    var peakKB: Int { lock.withLock { peak } }
  }

  static func report(
    tally: Tally, probe: LockProbe, memory: MemoryWatch, workflow: Workflow, bench: Person
  ) {
    let semaphore = DispatchSemaphore(value: 0)
    let box = ReportBox()
    Task {
      box.latencies = await tally.latencies
      box.errors = await tally.errors
      box.firstError = await tally.firstError
      box.landed = await tally.landed
      semaphore.signal()
    }
    semaphore.wait()
    for route in box.latencies.keys.sorted() {
      let values = box.latencies[route] ?? []
      print(
        String(
          format: "  %-14@ %6d   p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   errors %d",
          route as NSString, values.count, ServeBench.percentile(values, 0.5),
          ServeBench.percentile(values, 0.99), values.max() ?? 0, box.errors[route] ?? 0))
    }
    if let first = box.firstError { print("  the first error: \(first)") }
    for (phase, waits) in probe.summary().sorted(by: { $0.key < $1.key }) {
      print(
        String(
          format: "  write lock (%@): %d probes, p99 wait %.1f ms, longest %.1f ms",
          phase as NSString, waits.count, ServeBench.percentile(waits, 0.99), waits.max() ?? 0))
    }
    print(String(format: "  server peak resident memory %.1f MB", Double(memory.peakKB) / 1024))
    // What landed: every answered submission an online entry, its file the bytes sent.
    let queue = (try? workflow.intakeQueue(by: bench))?.items ?? []
    var matching = 0
    for item in queue {
      let files = (try? workflow.attachments(of: item.entry.code, by: bench)) ?? []
      if let sent = box.landed[item.entry.code], files.map(\.sha256) == [sent] { matching += 1 }
    }
    print(
      "submissions answered \(box.landed.count), online entries \(queue.count), "
        + "files matching what was sent \(matching), lost \(box.landed.count - matching)")
  }

  final class ReportBox: @unchecked Sendable {
    var latencies: [String: [Double]] = [:]
    var errors: [String: Int] = [:]
    var firstError: String?
    var landed: [String: String] = [:]
  }
}
