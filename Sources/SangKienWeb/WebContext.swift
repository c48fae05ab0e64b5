import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix
import SangKienModel
import SangKienWorkflow

/// What a request carries through the routes: who is signed in (if anyone), the session's
/// id (to sign out or change the password) and the language of the answer.
public struct WebContext: RequestContext, RemoteAddressRequestContext {
  /// Hummingbird's own part of the context.
  public var coreContext: CoreRequestContextStorage
  /// The signed-in person, set by `SessionMiddleware`.
  public var identity: WebIdentity?
  /// The session id from the cookie, when it names a live session.
  public var token: String?
  /// The peer's address.
  public let remoteAddress: SocketAddress?
  /// What a trusted reverse proxy said of the client (`TrustedProxyMiddleware`).
  var forwarded: Forwarded?

  /// The client's address and scheme as a trusted proxy forwards them.
  struct Forwarded: Sendable, Equatable {
    var address: String?
    var https: Bool
  }

  /// A context for a request arriving on `source`'s channel.
  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remoteAddress = source.channel.remoteAddress
  }

  /// Uploads and forms are small here; dossier uploads (issue 17) set their own limit.
  public var maxUploadSize: Int { 1 << 20 }

  /// The client's address as the audit log records it: the peer's, or behind a trusted
  /// proxy the one it forwards.
  var address: String { forwarded?.address ?? remoteAddress?.ipAddress ?? "" }

  /// Whether the client reached the site over HTTPS, as a trusted proxy says.
  var viaHTTPS: Bool { forwarded?.https ?? false }
}

/// The web application's settings.
public struct WebConfig: Sendable {
  /// Where to listen.
  public var host = "127.0.0.1"
  /// The port (0: any free one).
  public var port = 8080
  /// The address people reach the application at, for links (behind a proxy).
  public var baseURL: String?
  /// Cookies only over HTTPS (behind an HTTPS reverse proxy).
  public var secureCookies = false
  /// Reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed (their
  /// addresses as the socket gives them); from anyone else those headers are ignored.
  public var trustedProxies: Set<String> = []
  /// The bcrypt cost of passwords (12 in service; tests use less).
  public var bcryptCost: UInt8 = 12
  /// How old a round's progress or ranking may be shown after the contest changed: while
  /// judges submit, the staff's pages are worked out at most this often (a page refreshing
  /// every 3 s then shows a change within 4.5 s). 0: always current.
  public var staleReads: TimeInterval = 1.5
  /// Session and lock rules.
  public var rules = AccessRules()
  /// How failed sign-ins slow down a login from an address.
  public var throttle = SignInThrottle.Rules()
  /// Seconds a connection may say nothing before it is closed.
  public var idleTimeout = 30
  /// Seconds a request's head (request line and headers) may take to arrive in full.
  public var headTimeout = 10
  /// Where the server's sender hands the outbox's messages (libcurl's SMTP to
  /// `SANGKIEN_SMTP_URL`); nil: no relay, messages stay queued and the pages say so.
  public var mailTransport: (any MailTransport)?
  /// Seconds between the sender's passes.
  public var mailEvery: Double = 15
  /// The sender's backoff scale (1 in service; 0 retries at once, for tests).
  public var mailBackoffScale: Double = 1
  /// Seconds a message taken by the sender stays its (600; a test's short one shows a
  /// killed sender's message taken again).
  public var mailLease: Double = 600

  /// The settings of `sangkien serve` by default.
  public init() {}
}

/// Which threads a request's blocking work runs on. The staff's pages work out a whole round
/// (its progress, its ranking: a few hundred milliseconds at 10,000 entries) while judges
/// save sheets in a few: on threads of their own, the staff never hold up a judge's save
/// behind them (measured with `sangkien-bench serve --staff 5`).
enum Lane {
  /// Set by `SessionMiddleware` for a signed-in member of staff.
  @TaskLocal static var staff = false

  /// The staff's threads, started once for the process (as NIO's own singleton is).
  static let staffPool: NIOThreadPool = {
    let pool = NIOThreadPool(numberOfThreads: 2)
    pool.start()
    return pool
  }()

  /// Lowers the calling thread's scheduling priority (nice 10), once per thread: when both
  /// cores are busy, the kernel gives a judge's save its turn before a staff page's sums;
  /// when they are not, the staff page runs as fast as ever.
  static func yieldToJudges() {
    #if os(Linux)
      if !lowered {
        lowered = true
        // Linux keeps the nice value per thread; 0 names the calling one.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
      }
    #endif
  }

  /// Whether this thread's priority was lowered.
  private static var lowered: Bool {
    get { Thread.current.threadDictionary["sangkien.lowered"] != nil }
    set { Thread.current.threadDictionary["sangkien.lowered"] = newValue ? true : nil }
  }
}

/// Runs blocking work (SQLite, bcrypt) off the server's event loops: a judge's (and a
/// sign-in's) on NIO's pool, the staff's on their own lane.
func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
  // Task-locals stay with the task: the language and the contest are carried to the pool's
  // thread.
  let language = Language.current
  let contest = ContestScope.id
  guard Lane.staff else {
    return try await NIOThreadPool.singleton.runIfActive {
      try ContestScope.$id.withValue(contest) {
        try Language.$current.withValue(language) { try body() }
      }
    }
  }
  return try await Lane.staffPool.runIfActive {
    Lane.yieldToJudges()
    return try ContestScope.$id.withValue(contest) {
      try Language.$current.withValue(language) { try body() }
    }
  }
}

/// The cookies' names.
enum WebCookies {
  /// The session: `sk_session`, and in a folder of contests `sk_session_{contest-id}` (path
  /// `/`, so that the folder's home page can say which contests one is signed in to; no
  /// contest reads another's).
  static var session: String { ContestScope.id.map { "sk_session_" + $0 } ?? "sk_session" }
  /// Before sign-in: the token the sign-in form carries back (double submit).
  static let presign = "sk_pre"
  /// The token of the anonymous forms of entrants (sign-up, verification): double submit.
  static let entrantForm = "sk_form"
  /// The language chosen with `?lang=`.
  static let language = "sk_lang"
}
