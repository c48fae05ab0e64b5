import Foundation

/// Failed sign-ins, counted in the serving process's memory by login and address.
///
/// What an attack found: five failures for a login from any address locked the right
/// person out everywhere for fifteen minutes, every failure for a login that does not
/// exist wrote a permanent audit record (4.5 GB an hour), and parallel attempts read the
/// count before any of them was recorded. So: failures are counted per login *and*
/// address; past the free attempts each further one waits twice as long as the last
/// (30 s, 1 min, 2 min … at most the window), from that address only; a login failing
/// from many addresses is slowed for everyone (one attempt per few seconds), never shut;
/// an attempt is counted as a failure from the moment it is admitted until it proves
/// good, so parallel guesses cannot overtake the count; and nothing is written to the
/// database but rate-limited audit records (the first failure of a login from an address
/// in a window, the start of a slow-down, one record per address and window for logins
/// that do not exist). The counts live as long as the server process; a restart forgets
/// them, which an attacker cannot cause.
public final class SignInThrottle: @unchecked Sendable {
  /// The numbers.
  public struct Rules: Sendable, Hashable {
    /// Failures from one address that cost nothing.
    public var free = 5
    /// The wait after the first failure past `free`; each further one doubles it.
    public var firstWait: TimeInterval = 30
    /// Failures are forgotten after this long.
    public var window: TimeInterval = 15 * 60
    /// A login with this many failures (every address) in the window is slowed for all…
    public var loginSlowAfter = 20
    /// …to one attempt per this many seconds.
    public var loginSpacing: TimeInterval = 5
    /// The most logins × addresses counted at once (memory is bounded whatever comes in).
    public var capacity = 100_000

    /// The rules of DESIGN.
    public init() {}
  }

  /// What an attempt may do.
  public enum Admission: Sendable, Hashable {
    /// Go on: check the password or code, then say how it went with the ticket.
    case go(Ticket)
    /// Not before `until`: nothing is checked.
    case wait(until: Date)
  }

  /// An admitted attempt, counted as a failure until it is said to have succeeded.
  public struct Ticket: Sendable, Hashable {
    let login: String
    let address: String
    let known: Bool
  }

  /// What a failure calls for in the audit log.
  public struct FailureNote: Sendable, Hashable {
    /// The login's first failure from this address in the window (a known login).
    public var first = false
    /// This failure starts the slow-down for the login from this address.
    public var slowed = false
    /// The first failure from this address in the window for a login that does not exist.
    public var firstUnknown = false
    /// How long the next attempt from this address must wait, when it must.
    public var wait: TimeInterval?
  }

  struct Key: Hashable {
    var login: String
    var address: String
  }

  struct Bucket {
    var failures: [Date] = []
    var pending = 0
    var lastSeen = Date.distantPast
  }

  /// The numbers it counts by.
  public let rules: Rules
  private let lock = NSLock()
  private var pairs: [Key: Bucket] = [:]
  private var logins: [String: [Date]] = [:]
  private var unknownAudited: [String: Date] = [:]

  /// A throttle with `rules`.
  public init(rules: Rules = Rules()) { self.rules = rules }

  /// Whether an attempt for `login` (`known`: the login exists) from `address` may be
  /// checked now. `liftedAt` tells when the secretariat last lifted the login's slow-down
  /// (`access unlock`, or a new invitation): failures before it are forgotten. It is asked
  /// only when the attempt would wait.
  public func admit(
    login: String, address: String, known: Bool, now: Date, liftedAt: () -> Date?
  ) -> Admission {
    lock.withLock {
      let key = Key(login: login, address: address)
      var bucket = pairs[key] ?? Bucket()
      bucket.failures.removeAll { now.timeIntervalSince($0) >= rules.window }
      var all = (logins[login] ?? []).filter { now.timeIntervalSince($0) < rules.window }
      if let until = wait(bucket, all, now: now) {
        guard let lifted = liftedAt(),
          bucket.failures.contains(where: { $0 < lifted })
            || all.contains(where: { $0 < lifted })
        else {
          keep(key, bucket)
          return .wait(until: until)
        }
        // Lifted since: what came before no longer counts.
        bucket.failures.removeAll { $0 < lifted }
        all.removeAll { $0 < lifted }
        logins[login] = all
        if let still = wait(bucket, all, now: now) {
          keep(key, bucket)
          return .wait(until: still)
        }
      }
      bucket.pending += 1
      bucket.lastSeen = now
      store(key, bucket, now: now)
      logins[login] = all
      return .go(Ticket(login: login, address: address, known: known))
    }
  }

  /// When the next attempt may come, or nil for now.
  private func wait(_ bucket: Bucket, _ all: [Date], now: Date) -> Date? {
    let counted = bucket.failures.count + bucket.pending
    if counted >= rules.free {
      // Attempts still being checked: a moment, until they are said.
      guard let last = bucket.failures.last, bucket.failures.count >= rules.free else {
        return now.addingTimeInterval(1)
      }
      let until = last.addingTimeInterval(waitAfter(failures: bucket.failures.count))
      if until > now { return until }
      if bucket.pending > 0 { return now.addingTimeInterval(1) }
    }
    if all.count >= rules.loginSlowAfter, let last = all.last {
      let until = last.addingTimeInterval(rules.loginSpacing)
      if until > now { return until }
    }
    return nil
  }

  /// The wait after `failures` failures from one address: 0 up to `free`, then doubling.
  func waitAfter(failures: Int) -> TimeInterval {
    guard failures >= rules.free else { return 0 }
    let doublings = min(failures - rules.free, 20)
    return min(rules.firstWait * pow(2, Double(doublings)), rules.window)
  }

  /// The admitted attempt failed.
  public func failed(_ ticket: Ticket, now: Date) -> FailureNote {
    lock.withLock {
      let key = Key(login: ticket.login, address: ticket.address)
      var bucket = pairs[key] ?? Bucket()
      bucket.pending = max(0, bucket.pending - 1)
      bucket.failures.removeAll { now.timeIntervalSince($0) >= rules.window }
      bucket.failures.append(now)
      bucket.lastSeen = now
      store(key, bucket, now: now)
      logins[ticket.login, default: []].append(now)
      var note = FailureNote()
      let count = bucket.failures.count
      if ticket.known {
        note.first = count == 1
        note.slowed = count == rules.free
      } else {
        let last = unknownAudited[ticket.address]
        if last.map({ now.timeIntervalSince($0) >= rules.window }) ?? true {
          unknownAudited[ticket.address] = now
          note.firstUnknown = true
        }
        if unknownAudited.count > rules.capacity {
          unknownAudited = unknownAudited.filter { now.timeIntervalSince($0.value) < rules.window }
        }
      }
      let wait = waitAfter(failures: count)
      note.wait = wait > 0 ? wait : nil
      return note
    }
  }

  /// The admitted attempt was good: the failures from its address are forgotten.
  public func succeeded(_ ticket: Ticket) {
    lock.withLock {
      pairs[Key(login: ticket.login, address: ticket.address)] = nil
    }
  }

  /// Forgets every failure of `login` (the secretariat lifted its slow-down).
  public func lift(login: String) {
    lock.withLock {
      pairs = pairs.filter { $0.key.login != login }
      logins[login] = nil
    }
  }

  /// How many logins × addresses are counted (for tests and the bench).
  public var counted: Int { lock.withLock { pairs.count } }

  /// Keeps a waiting attempt's bucket only if it counts something: a refused attempt adds
  /// no entry (an attacker's addresses cannot fill the table through refusals).
  private func keep(_ key: Key, _ bucket: Bucket) {
    if bucket.failures.isEmpty && bucket.pending == 0 {
      pairs[key] = nil
    } else {
      pairs[key] = bucket
    }
  }

  /// Keeps `bucket`; past the capacity the expired ones go, then the longest unseen tenth.
  private func store(_ key: Key, _ bucket: Bucket, now: Date) {
    pairs[key] = bucket
    guard pairs.count > rules.capacity else { return }
    pairs = pairs.filter {
      $0.value.pending > 0 || now.timeIntervalSince($0.value.lastSeen) < rules.window
    }
    if pairs.count > rules.capacity {
      let oldest = pairs.filter { $0.value.pending == 0 }.sorted {
        $0.value.lastSeen < $1.value.lastSeen
      }
      .prefix(pairs.count / 10)
      for (old, _) in oldest { pairs[old] = nil }
    }
    logins = logins.filter { $0.value.contains { now.timeIntervalSince($0) < rules.window } }
  }
}
