import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel

/// Refuses, in one place, every state-changing request (POST, PUT, PATCH, DELETE) of a
/// signed-in session that does not carry the session's CSRF token: the `X-CSRF-Token`
/// header (the API, the pages' script) or the form field `csrf`. The sign-in form carries
/// the token of its `sk_pre` cookie (double submit); the API's sign-in none (it takes JSON
/// from this site only). A request without a session passes: the route then asks for one.
///
/// A `multipart/form-data` body (an upload) is not read here, where no route's limit is
/// known: `Multipart.parts(_:limit:csrf:)`, the one reader of such bodies, checks its
/// `csrf` part with `CSRF.matches` before anything else.
struct CSRFMiddleware: RouterMiddleware {
  typealias Context = WebContext

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    guard CSRF.changes(request.method) else { return try await next(request, context) }
    let expected: String
    switch request.uri.path {
    case "/sign-in":
      // Signing in, with a session or without: the form's own token.
      expected = request.cookies[WebCookies.presign]?.value ?? ""
    case "/sign-up", "/verify":
      // An entrant's forms before any account: the form's own token (`sk_form`).
      expected = request.cookies[WebCookies.entrantForm]?.value ?? ""
    case "/api/v1/sign-in", "/api/v1/entrants", "/api/v1/entrants/verify":
      // No token yet: the API takes JSON only, from this site (`APIController.requireSameSite`).
      return try await next(request, context)
    default:
      guard let identity = context.identity else { return try await next(request, context) }
      expected = identity.csrf
    }
    if let header = request.headers[CSRF.header] {
      guard CSRF.matches(header, expected) else { throw AccessRefusal.csrf }
      return try await next(request, context)
    }
    let type = (request.headers[.contentType] ?? "").lowercased()
    if type.hasPrefix("multipart/form-data") { return try await next(request, context) }
    var request = request
    let body = try await request.collectBody(upTo: context.maxUploadSize)
    let token =
      type.hasPrefix("application/x-www-form-urlencoded")
      ? WebApp.fields(String(buffer: body))["csrf"] ?? "" : ""
    guard CSRF.matches(token, expected) else { throw AccessRefusal.csrf }
    return try await next(request, context)
  }
}

/// The CSRF token's comparison, for the middleware and the multipart reader.
enum CSRF {
  /// The header a script or an API client sends the token in.
  static let header = HTTPField.Name("X-CSRF-Token")!

  /// Whether `method` may change something.
  static func changes(_ method: HTTPRequest.Method) -> Bool {
    method != .get && method != .head && method != .options
  }

  /// Constant-time comparison of a token sent with the one expected (never empty).
  static func matches(_ sent: String, _ expected: String) -> Bool {
    let x = Array(sent.utf8)
    let y = Array(expected.utf8)
    guard x.count == y.count, !x.isEmpty else { return false }
    var difference: UInt8 = 0
    for index in x.indices { difference |= x[index] ^ y[index] }
    return difference == 0
  }
}
