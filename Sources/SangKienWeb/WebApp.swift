import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// The web application behind `sangkien serve`: the judges' pages and the JSON API, every
/// change through `SangKienWorkflow`. Sign-in, sessions, CSRF and the lock live here.
public struct WebApp: Sendable {
  let workflow: Workflow
  let config: WebConfig
  /// Uploads checked and waiting for their confirmation.
  let uploads = UploadStore()
  /// The staff's heavy reads (a round's progress, a ranking), kept until the audit log moves.
  let reads = MarkedCache()
  /// Failed sign-ins by login and address, counted in memory.
  let throttle: SignInThrottle
  /// Sign-ups and verification codes by address, counted in memory.
  let intakeLimiter = IntakeLimiter()
  /// A bcrypt hash at the passwords' cost, of nothing anyone knows: checked against when the
  /// login does not exist, so that answer takes as long as a wrong password's.
  let dummyHash: String

  /// The application on `workflow`'s database.
  public init(workflow: Workflow, config: WebConfig) {
    self.init(
      workflow: workflow, config: config,
      dummyHash: Bcrypt.hash(Workflow.randomToken(), cost: config.bcryptCost))
  }

  /// The application with the hash of nothing made once for a folder of contests (a quarter
  /// of a second each at the service's cost).
  init(workflow: Workflow, config: WebConfig, dummyHash: String) {
    self.workflow = workflow
    self.config = config
    throttle = SignInThrottle(rules: config.throttle)
    self.dummyHash = dummyHash
    reads.tolerance = config.staleReads
    // Publications written beside the database (`published/N/`) before their files were
    // kept inside it are taken in, each file checked against its recorded SHA-256.
    workflow.adoptPublishedFolder()
  }

  // MARK: Answers

  static func asset(_ bytes: [UInt8], type: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = type
    headers[.cacheControl] = "public, max-age=3600"
    return Response(
      status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// Bytes to save as `name` (any name: an ASCII fallback and the UTF-8 one of RFC 6266).
  static func download(_ bytes: [UInt8], name: String, type: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = type
    let ascii = String(
      name.unicodeScalars.map {
        $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_"
      })
    let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
    headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    return Response(
      status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// A page (its links under the contest's prefix in a folder of contests: `Mount`).
  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(
      status: status, headers: headers,
      body: .init(byteBuffer: ByteBuffer(string: Mount.rebase(text))))
  }

  static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    return Response(
      status: status, headers: headers,
      body: .init(byteBuffer: ByteBuffer(string: value.canonicalText)))
  }

  /// `text` when it is a path of this site to return to (`/sheets/so-khao/SK-0001`): it
  /// starts with one `/`, holds no backslash, control character or scheme, is no longer than
  /// 300 bytes, and is not a sign-in page; else nil. In a folder of contests the contest's
  /// prefix is taken off first.
  static func localPath(_ text: String?) -> String? {
    guard let text = text.map(Mount.local), text.hasPrefix("/"), !text.hasPrefix("//"),
      text.utf8.count <= 300,
      !text.contains("\\"), !text.contains(":"),
      !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
      !text.hasPrefix("/sign-in"), !text.hasPrefix("/api/")
    else { return nil }
    return text
  }

  static func redirect(_ path: String) -> Response {
    // Only paths of this application: never a redirect elsewhere.
    let safe = path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("\\") ? path : "/"
    var headers = HTTPFields()
    headers[.location] = Mount.path(safe)
    return Response(status: .seeOther, headers: headers)
  }

  /// The HTTP status of a workflow refusal.
  static func status(_ error: WorkflowError) -> HTTPResponse.Status {
    switch error {
    case .notPermitted: .forbidden
    case .invalid: .unprocessableContent
    case .notFound: .notFound
    case .wrongState: .conflict
    case .tooMany: .tooManyRequests
    case .failed: .internalServerError
    }
  }

  /// The session cookie: HttpOnly, SameSite=Lax, Path=/ (Secure with `--secure-cookies`);
  /// its name is the contest's in a folder of contests (`WebCookies.session`).
  func sessionCookie(_ value: String, maxAge: Int? = nil, context: WebContext) -> Cookie {
    Cookie(
      name: WebCookies.session, value: value, maxAge: maxAge, path: "/",
      secure: secure(context), httpOnly: true, sameSite: .lax)
  }

  /// Whether a cookie set in answer to `context`'s request is `Secure`: always with
  /// `--secure-cookies`, and when a trusted proxy says the client came over HTTPS.
  func secure(_ context: WebContext) -> Bool { config.secureCookies || context.viaHTTPS }

  /// Reads an `application/x-www-form-urlencoded` body.
  static func form(_ request: Request, context: WebContext) async throws -> [String: String] {
    let buffer = try await request.body.collect(upTo: context.maxUploadSize)
    return fields(String(buffer: buffer))
  }

  /// The query of a GET form as a browser sends it (`+` for a space, which Hummingbird's
  /// `queryParameters` leaves as it is).
  static func query(_ request: Request) -> [String: String] {
    fields(request.uri.query ?? "")
  }

  /// `application/x-www-form-urlencoded` text: the first value of each name.
  static func fields(_ text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
      }
      guard let key = parts.first.map(decode), !key.isEmpty else { continue }
      if fields[key] == nil { fields[key] = parts.count > 1 ? decode(parts[1]) : "" }
    }
    return fields
  }

  /// Signs in, the same for the page and the API.
  func signIn(login: String, password: String?, code: String?, address: String) async throws
    -> SignInOutcome
  {
    let workflow = self.workflow
    let rules = config.rules
    let (throttle, dummy) = (self.throttle, dummyHash)
    return try await blocking {
      try workflow.signIn(
        login: login, password: password, code: code, address: address, rules: rules,
        throttle: throttle, dummyHash: dummy, verify: { Bcrypt.verify($0, hash: $1) })
    }
  }

  /// Sets the password of the session `token`.
  func setPassword(token: String, password: String, current: String?) async throws {
    let workflow = self.workflow
    let rules = config.rules
    let cost = config.bcryptCost
    try await blocking {
      try workflow.setPassword(
        token: token, newPassword: password, current: current, rules: rules,
        hash: { Bcrypt.hash($0, cost: cost) }, verify: { Bcrypt.verify($0, hash: $1) })
    }
  }

  /// Opens an entrant's account (the password hashed with bcrypt, off the event loop).
  func signUp(_ form: SignUpForm, address: String) async throws -> String {
    let (workflow, limiter, rules, cost, site) = (
      self.workflow, intakeLimiter, config.rules, config.bcryptCost, config.baseURL
    )
    return try await blocking {
      try workflow.signUp(
        form, address: address, limiter: limiter, site: site, rules: rules,
        hash: { Bcrypt.hash($0, cost: cost) })
    }
  }

  /// Runs a workflow call off the event loop.
  func call<T: Sendable>(_ body: @escaping @Sendable (Workflow) throws -> T) async throws -> T {
    let workflow = self.workflow
    return try await blocking { try body(workflow) }
  }
}

extension WorkflowError {
  /// The refusal in one line for a page's notice: the problems' messages, or the reason.
  var sentence: String {
    problems.isEmpty ? description : problems.map(\.message).joined(separator: "; ")
  }
}

/// Values worked out from the whole contest (a round's progress, its ranking), kept until the
/// audit log gains a record: every change to entries, judges, conflicts, assignments, sheets
/// and rounds writes one in its transaction, from the web or the command line, so a value
/// made at one length of the log is right until the log grows. Drafts are not audited: what
/// depends on them is read fresh. The permission to read is checked before every use.
final class MarkedCache: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: (mark: Int64, at: Date, value: any Sendable)] = [:]
  /// The keys being worked out now.
  private var making: Set<String> = []
  static let most = 64
  /// How old a value made at an earlier mark may still be given (`WebConfig.staleReads`).
  var tolerance: TimeInterval = 0

  /// The value for `key` made at `mark` (or, within `tolerance`, at an earlier one), else
  /// `make()`'s, kept. While one caller works a key out, the others asking for it are given
  /// the value it replaces, when there is one, rather than working it out too: five members
  /// of staff refreshing the same page cost one computation per change, not five.
  func value<T: Sendable>(_ key: String, mark: Int64, make: () throws -> T) rethrows -> T {
    let ready: T? = lock.withLock {
      if let entry = values[key], let value = entry.value as? T,
        entry.mark == mark || Date().timeIntervalSince(entry.at) < tolerance
          || (tolerance > 0 && making.contains(key))
      {
        return value
      }
      making.insert(key)
      return nil
    }
    if let ready { return ready }
    defer { _ = lock.withLock { making.remove(key) } }
    let value = try make()
    lock.withLock {
      if values.count >= Self.most { values.removeAll() }
      if let old = values[key], old.mark > mark { return }
      values[key] = (mark, Date(), value)
    }
    return value
  }
}
