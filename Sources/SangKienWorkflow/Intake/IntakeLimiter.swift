import Foundation
import Synchronization

/// What anonymous requests may make the server write, counted in the serving process's
/// memory: sign-ups per address (and for everyone, so many addresses cannot fill the
/// database either), and verification codes tried per address. Memory is bounded whatever
/// comes in: past `capacity` addresses the oldest counts are dropped.
public final class IntakeLimiter: Sendable {
  /// The numbers.
  public struct Rules: Sendable, Hashable {
    /// Sign-ups from one address within `window`.
    public var signUpsPerAddress = 5
    /// Sign-ups from every address together within `window`.
    public var signUpsInAll = 300
    /// Codes tried from one address within `window`.
    public var codesPerAddress = 20
    /// The window the counts cover.
    public var window: TimeInterval = 3600
    /// The most addresses counted at once.
    public var capacity = 50_000

    /// The rules of DESIGN.
    public init() {}
  }

  /// What a request is counted as.
  public enum Kind: String, Sendable {
    /// An account opened (or a code sent again).
    case signUp
    /// A verification code tried.
    case code
  }

  /// The rules in force.
  public let rules: Rules
  private let counts = Mutex<[String: [Date]]>([:])

  /// A limiter with `rules`.
  public init(rules: Rules = Rules()) { self.rules = rules }

  /// Counts a request of `kind` from `address` at `now`; nil when it may go on, else when
  /// the oldest counted request leaves the window (try again then).
  public func admit(_ kind: Kind, address: String, now: Date) -> Date? {
    counts.withLock { counts in
      let since = now.addingTimeInterval(-rules.window)
      func recent(_ key: String) -> [Date] { (counts[key] ?? []).filter { $0 > since } }
      let key = kind.rawValue + "|" + address
      let mine = recent(key)
      let limit = kind == .signUp ? rules.signUpsPerAddress : rules.codesPerAddress
      if mine.count >= limit { return mine[0].addingTimeInterval(rules.window) }
      var all: [Date] = []
      if kind == .signUp {
        all = recent("*")
        if all.count >= rules.signUpsInAll { return all[0].addingTimeInterval(rules.window) }
        counts["*"] = all + [now]
      }
      if counts[key] == nil && counts.count >= rules.capacity {
        // Forget the counts that ended longest ago.
        let stale = counts.filter { $0.key != "*" }.sorted {
          ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast)
        }
        for (old, _) in stale.prefix(max(1, rules.capacity / 10)) { counts[old] = nil }
      }
      counts[key] = mine + [now]
      return nil
    }
  }
}
