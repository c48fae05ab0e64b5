import Foundation
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// A clock the test moves.
final class MovingClock: @unchecked Sendable {
  private let lock = NSLock()
  private var now = fixedNow
  var date: Date { lock.withLock { now } }
  func advance(_ seconds: TimeInterval) { lock.withLock { now += seconds } }
}

/// What an attack on signing in found, each with the test that failed before.
@Suite("signing in: failures slow one address, codes are spent once, nothing unbounded written")
struct SignInTests {
  /// The demo contest with gk01's password set to "mat-khau-dung" (hashed as "H:" + it).
  static func contest() throws -> (ContestFixture, Workflow, MovingClock) {
    let contest = try ContestFixture()
    let clock = MovingClock()
    let w = Workflow(database: contest.workflow.database, clock: { clock.date })
    let code = try w.invite("gk01", by: contest.secretariat).code
    guard
      case .signedIn(let signed) = try w.signIn(
        login: "gk01", password: nil, code: code, address: "10.0.0.9",
        throttle: SignInThrottle(), verify: { _, _ in false })
    else { throw WorkflowError.failed("no session") }
    try w.setPassword(token: signed.token, newPassword: "mat-khau-dung", hash: { "H:" + $0 })
    clock.advance(1)
    return (contest, w, clock)
  }

  static let verify: @Sendable (String, String) -> Bool = { "H:" + $0 == $1 }

  static func attempt(
    _ w: Workflow, _ throttle: SignInThrottle, _ password: String, from address: String,
    login: String = "gk01"
  ) throws -> SignInOutcome {
    try w.signIn(
      login: login, password: password, code: nil, address: address, throttle: throttle,
      dummyHash: "H:nobody", verify: verify)
  }

  static func isSignedIn(_ outcome: SignInOutcome) -> Bool {
    if case .signedIn = outcome { return true }
    return false
  }

  @Test("five free failures from one address, then doubling waits there only; elsewhere it works")
  func slowDown() throws {
    let (contest, w, clock) = try Self.contest()
    let throttle = SignInThrottle()
    let records = try contest.auditCount()
    for _ in 0..<5 { #expect(try Self.attempt(w, throttle, "sai", from: "10.0.0.1") == .wrong) }
    // The sixth from that address waits 30 s, whatever it sends.
    #expect(
      try Self.attempt(w, throttle, "mat-khau-dung", from: "10.0.0.1")
        == .locked(until: clock.date.addingTimeInterval(30)))
    // The right person, elsewhere, is not locked out.
    #expect(Self.isSignedIn(try Self.attempt(w, throttle, "mat-khau-dung", from: "10.0.0.2")))
    clock.advance(31)
    #expect(try Self.attempt(w, throttle, "sai", from: "10.0.0.1") == .wrong)
    #expect(
      try Self.attempt(w, throttle, "sai", from: "10.0.0.1")
        == .locked(until: clock.date.addingTimeInterval(60)), "twice as long")
    // Recorded: the first failure from the address and the start of the slow-down; not
    // every failure.
    let log = try w.auditLog(by: contest.secretariat).dropFirst(records).map(\.action)
    #expect(log.filter { $0 == "access.sign-in-failed" }.count == 1, "\(log)")
    #expect(log.filter { $0 == "access.locked" }.count == 1, "\(log)")
    #expect(log.filter { $0 == "access.sign-in" }.count == 1)
    // The secretariat lifts it (audited): the next attempt from that address is heard.
    #expect(try w.unlock("gk01", by: contest.secretariat) == "gk01")
    clock.advance(1)
    #expect(Self.isSignedIn(try Self.attempt(w, throttle, "mat-khau-dung", from: "10.0.0.1")))
    #expect(try w.auditLog(by: contest.secretariat).contains { $0.action == "access.unlock" })
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("logins that do not exist: one record per address and window, the same bcrypt work")
  func unknownLogins() throws {
    let (contest, w, clock) = try Self.contest()
    let throttle = SignInThrottle()
    let records = try contest.auditCount()
    let calls = Counter()
    for index in 0..<200 {
      let outcome = try w.signIn(
        login: "khong-co-\(index)", password: "doan-mo", code: nil, address: "10.0.0.3",
        throttle: throttle, dummyHash: "H:nobody",
        verify: { password, hash in
          calls.add()
          return Self.verify(password, hash)
        })
      #expect(outcome == .wrong)
    }
    #expect(calls.value == 200, "every attempt spends the bcrypt work")
    #expect(try contest.auditCount() == records + 1)
    clock.advance(16 * 60)
    _ = try Self.attempt(w, throttle, "x", from: "10.0.0.3", login: "khong-co-nua")
    #expect(try contest.auditCount() == records + 2, "a new window, one more record")
    // Memory is bounded whatever comes in.
    let small = SignInThrottle(
      rules: {
        var r = SignInThrottle.Rules(); r.capacity = 50; return r
      }())
    for index in 0..<500 {
      // Unknown logins and a known one: each attempt a new login × address.
      _ = try Self.attempt(
        w, small, "x", from: "10.1.\(index / 250).\(index % 250)",
        login: index % 2 == 0 ? "gk01" : "khong-co-\(index)")
    }
    #expect(small.counted <= 51)
  }

  @Test("a code signs in again until the password is set; then it is said to be used")
  func codeKeptUntilPassword() throws {
    let (contest, w, clock) = try Self.contest()
    let code = try w.invite("gk02", by: contest.secretariat).code
    func withCode(_ given: String = code) throws -> SignInOutcome {
      try w.signIn(
        login: "gk02", password: nil, code: given, address: "10.0.2.1",
        throttle: SignInThrottle(), verify: { _, _ in false })
    }
    guard case .signedIn(let first) = try withCode() else {
      Issue.record("the code signs in")
      return
    }
    // The judge closed the tab before setting a password: the code still works, and the
    // earlier session waiting for its password ends.
    guard case .signedIn(let second) = try withCode() else {
      Issue.record("the code signs in again before a password is set")
      return
    }
    #expect(try w.session(token: first.token) == nil)
    #expect(try w.session(token: second.token)?.mustSetPassword == true)
    clock.advance(60)
    try w.setPassword(token: second.token, newPassword: "mat-khau-moi-02", hash: { "H:" + $0 })
    #expect(try withCode() == .codeUsed(at: clock.date))
    #expect(try withCode("000000") == .wrong, "a code that never was stays merely wrong")
    // An expired code says so.
    let late = try w.invite("gk03", by: contest.secretariat).code
    clock.advance(8 * 24 * 3600)
    #expect(
      try w.signIn(
        login: "gk03", password: nil, code: late, address: "10.0.2.2",
        throttle: SignInThrottle(), verify: { _, _ in false }) == .codeExpired)
  }

  @Test("parallel: one code leaves one live session; parallel guesses do not pass the free five")
  func races() throws {
    let (contest, w, _) = try Self.contest()
    let code = try w.invite("gk02", by: contest.secretariat).code
    let tokens = Locked<[String]>([])
    let throttle = SignInThrottle()
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      let outcome = try? w.signIn(
        login: "gk02", password: nil, code: code, address: "10.0.1.\(index)", throttle: throttle,
        verify: { _, _ in false })
      if case .signedIn(let signed) = outcome { tokens.mutate { $0.append(signed.token) } }
    }
    #expect(!tokens.value.isEmpty)
    #expect(try tokens.value.filter { try w.session(token: $0) != nil }.count == 1)
    let heard = Counter()
    DispatchQueue.concurrentPerform(iterations: 12) { _ in
      let outcome = try? w.signIn(
        login: "gk01", password: "doan", code: nil, address: "10.0.0.4", throttle: throttle,
        verify: { password, hash in
          usleep(30_000)
          return Self.verify(password, hash)
        })
      if outcome == .wrong { heard.add() }
    }
    #expect(heard.value == 5, "\(heard.value) guesses were checked")
  }

  @Test(
    "a password: not blank, no control character, not the login, at most 72 bytes; the current one to change it"
  )
  func passwords() throws {
    let (contest, w, _) = try Self.contest()
    let throttle = SignInThrottle()
    guard
      case .signedIn(let signed) = try Self.attempt(w, throttle, "mat-khau-dung", from: "10.0.0.5")
    else { throw WorkflowError.failed("no session") }
    func refused(_ password: String, current: String? = "mat-khau-dung") -> String? {
      refusal {
        try w.setPassword(
          token: signed.token, newPassword: password, current: current, hash: { "H:" + $0 },
          verify: Self.verify)
      }?.problems.first?.field
    }
    #expect(refused(String(repeating: " ", count: 10)) == "new_password")
    #expect(refused(String(repeating: "\u{0}", count: 10)) == "new_password")
    #expect(refused("gk01gk01gk01") == "new_password")
    let name = try #require(try w.judges(by: contest.secretariat).first { $0.id == "gk01" }?.name)
    #expect(refused("abc" + name.uppercased()) == "new_password", "the name, any case, any marks")
    #expect(refused(String(repeating: "ằ", count: 25)) == "new_password", "75 bytes")
    #expect(refused("mot-mat-khau-moi", current: nil) == "current_password")
    #expect(refused("mot-mat-khau-moi", current: "sai") == "current_password")
    #expect(refused(String(repeating: "ằ", count: 24)) == nil, "72 bytes")
    _ = contest
  }
}

/// A count several threads add to.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func add() { lock.withLock { count += 1 } }
}

/// A value several threads change.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value
  init(_ value: Value) { stored = value }
  var value: Value { lock.withLock { stored } }
  func mutate(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
