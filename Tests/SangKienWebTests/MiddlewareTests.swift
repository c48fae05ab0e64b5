import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import Testing

@testable import SangKienWeb
@testable import SangKienWorkflow

/// Puts a person in the context, as `SessionMiddleware` does for a live session.
struct SignedInAs: RouterMiddleware {
  typealias Context = WebContext
  var identity: WebIdentity?

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    context.identity = identity
    return try await next(request, context)
  }
}

@Suite("each middleware on its own")
struct MiddlewareTests {
  static let token = "t0k3n-of-the-session"

  static func identity(_ role: Role = .secretariat, pending: Bool = false) -> WebIdentity {
    WebIdentity(
      login: "x", person: Person(name: "X", actor: Actor(name: "X", role: role)), csrf: token,
      mustSetPassword: pending)
  }

  /// A router with `middleware` behind the error page and a person signed in (or not); its
  /// routes echo the form's body.
  static func router(
    _ identity: WebIdentity?, _ middleware: any MiddlewareProtocol<Request, Response, WebContext>
  ) -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    router.add(middleware: SignedInAs(identity: identity))
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: middleware)
    for path in ["/change", "/sign-in", "/api/v1/thing"] {
      router.post(RouterPath(path)) { request, _ in
        let body = try await request.body.collect(upTo: 1 << 16)
        return Response(status: .ok, body: .init(byteBuffer: body))
      }
    }
    router.get("/look") { _, _ in Response(status: .ok) }
    router.get("/refuse") { _, _ -> Response in throw WorkflowError.wrongState("đã đóng") }
    router.get("/api/v1/refuse") { _, _ -> Response in
      throw WorkflowError.invalid([Problem(field: "points.a", message: "quá lớn")])
    }
    return router
  }

  static func run(
    _ router: Router<WebContext>,
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
  ) async throws {
    try await Application(router: router).test(.router) { try await body($0) }
  }

  static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

  @Test(
    "CSRF: a change without the session's token is refused 403; with it, the body still reaches the route"
  )
  func csrf() async throws {
    try await Self.run(Self.router(Self.identity(), CSRFMiddleware())) { client in
      try await client.execute(uri: "/look", method: .get) { #expect($0.status == .ok) }
      try await client.execute(
        uri: "/change", method: .post, headers: Self.form, body: ByteBuffer(string: "a=1")
      ) { #expect($0.status == .forbidden) }
      try await client.execute(
        uri: "/change", method: .post, headers: Self.form,
        body: ByteBuffer(string: "a=1&csrf=wrong-token-of-the-sessi")
      ) { #expect($0.status == .forbidden) }
      try await client.execute(
        uri: "/change", method: .post, headers: Self.form,
        body: ByteBuffer(string: "a=1&csrf=\(Self.token)")
      ) { response in
        #expect(response.status == .ok)
        #expect(String(buffer: response.body) == "a=1&csrf=\(Self.token)")
      }
      var header = Self.form
      header[CSRF.header] = Self.token
      try await client.execute(
        uri: "/change", method: .post, headers: header, body: ByteBuffer(string: "a=1")
      ) { #expect($0.status == .ok) }
      // An upload's body is left to the multipart reader, which checks its `csrf` part.
      try await client.execute(
        uri: "/change", method: .post,
        headers: [.contentType: "multipart/form-data; boundary=b"], body: ByteBuffer(string: "")
      ) { #expect($0.status == .ok) }
      // The sign-in form carries its own cookie's token, with a session or without.
      var signIn = Self.form
      signIn[.cookie] = "\(WebCookies.presign)=pre-token"
      try await client.execute(
        uri: "/sign-in", method: .post, headers: signIn, body: ByteBuffer(string: "csrf=pre-token")
      ) { #expect($0.status == .ok) }
      try await client.execute(
        uri: "/sign-in", method: .post, headers: signIn,
        body: ByteBuffer(string: "csrf=\(Self.token)")
      ) { #expect($0.status == .forbidden) }
      // The API's refusal is JSON.
      try await client.execute(
        uri: "/api/v1/thing", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: "{}")
      ) { response in
        #expect(response.status == .forbidden)
        #expect(String(buffer: response.body).hasPrefix("{\"error\":"))
      }
    }
    // Nobody signed in: nothing to protect here; the route asks for a session.
    try await Self.run(Self.router(nil, CSRFMiddleware())) { client in
      try await client.execute(
        uri: "/change", method: .post, headers: Self.form, body: ByteBuffer(string: "a=1")
      ) { #expect($0.status == .ok) }
    }
  }

  @Test(
    "signed in: nobody is sent to sign in, a password owed to the password page, another role 403",
    arguments: [
      (nil, false, false, HTTPResponse.Status.seeOther, "/sign-in?next=%2Flook"),
      (Role.judge, true, false, .seeOther, "/password"),
      (Role.judge, true, true, .ok, nil),
      (Role.judge, false, false, .ok, nil),
    ] as [(Role?, Bool, Bool, HTTPResponse.Status, String?)])
  func signedIn(
    role: Role?, pending: Bool, allowPending: Bool, status: HTTPResponse.Status, location: String?
  )
    async throws
  {
    let middleware = RequireSignedInMiddleware(allowPasswordPending: allowPending)
    let router = Self.router(role.map { Self.identity($0, pending: pending) }, middleware)
    try await Self.run(router) { client in
      try await client.execute(uri: "/look", method: .get) { response in
        #expect(response.status == status)
        #expect(response.headers[.location] == location)
      }
    }
  }

  @Test("a route group of one role refuses another with the reason given")
  func role() async throws {
    let middleware = RequireSignedInMiddleware(
      role: { $0.isStaff }, refusal: { "chỉ Tổ thư ký" })
    try await Self.run(Self.router(Self.identity(.judge), middleware)) { client in
      try await client.execute(uri: "/look", method: .get) { response in
        #expect(response.status == .forbidden)
        #expect(String(buffer: response.body).contains("chỉ Tổ thư ký"))
      }
    }
    try await Self.run(Self.router(Self.identity(.secretariat), middleware)) { client in
      try await client.execute(uri: "/look", method: .get) { #expect($0.status == .ok) }
    }
  }

  @Test("a workflow refusal is its page with its status, and under /api/ its JSON")
  func errors() async throws {
    try await Self.run(Self.router(nil, SecurityHeadersMiddleware())) { client in
      try await client.execute(uri: "/refuse", method: .get) { response in
        #expect(response.status == .conflict)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(String(buffer: response.body).contains("đã đóng"))
      }
      try await client.execute(uri: "/api/v1/refuse", method: .get) { response in
        #expect(response.status == .unprocessableContent)
        guard case .object(let members)? = JSONValue(parsing: String(buffer: response.body)),
          case .array(let errors)? = members["errors"]
        else {
          Issue.record("not the API's error body")
          return
        }
        #expect(errors == [.object(["field": .string("points.a"), "message": .string("quá lớn")])])
      }
    }
  }

  @Test("every answer carries the security headers")
  func headers() async throws {
    try await Self.run(Self.router(nil, SecurityHeadersMiddleware())) { client in
      try await client.execute(uri: "/look", method: .get) { response in
        #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
        #expect(response.headers[.cacheControl] == "no-store")
      }
    }
  }

  @Test("?lang=en answers in English and is remembered; the API follows Accept-Language")
  func language() async throws {
    let router = Router(context: WebContext.self)
    router.add(middleware: LanguageMiddleware())
    router.get("/look") { _, _ in Language.current.rawValue }
    router.get("/api/v1/look") { _, _ in Language.current.rawValue }
    try await Self.run(router) { client in
      try await client.execute(uri: "/look?lang=en", method: .get) { response in
        #expect(String(buffer: response.body) == "en")
        #expect(response.headers[.setCookie]?.hasPrefix("\(WebCookies.language)=en") == true)
      }
      try await client.execute(
        uri: "/look", method: .get, headers: [.cookie: "\(WebCookies.language)=en"]
      ) { #expect(String(buffer: $0.body) == "en") }
      try await client.execute(uri: "/look", method: .get) {
        #expect(String(buffer: $0.body) == "vi")
      }
      try await client.execute(
        uri: "/api/v1/look", method: .get, headers: [.acceptLanguage: "en-GB"]
      ) { #expect(String(buffer: $0.body) == "en") }
    }
  }
}
