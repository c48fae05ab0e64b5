import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SangKienModel
import SangKienWorkflow

/// The server-rendered pages: signing in, the password, a judge's worklist and sheets.
/// Signing in with a password or a one-time code, setting the password, signing out.
struct SignInController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  /// Signing in: anyone.
  func addSignInRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/sign-in") { request, context in try await signInPage(request, context) }
    router.post("/sign-in", use: signIn)
  }

  /// The password and signing out: signed in, a password owed or not.
  func addPasswordRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/password") { request, context in try await passwordPage(request, context) }
    router.post("/password", use: setPassword)
    router.post("/sign-out", use: signOut)
  }

  func signInPage(
    _ request: Request, _ context: WebContext, error: String? = nil, login: String = "",
    next: String? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    if context.identity != nil && error == nil { return WebApp.redirect("/") }
    let presign = Workflow.randomToken()
    let back = WebApp.localPath(next ?? request.uri.queryParameters["next"].map(String.init))
    var response = try pages.render(
      SignInPage(csrf: presign, error: error, login: login, next: back), as: .signIn,
      context: context, status: status)
    response.setCookie(
      Cookie(
        name: WebCookies.presign, value: presign, maxAge: 3600, path: Mount.path("/sign-in"),
        secure: app.secure(context), httpOnly: true, sameSite: .strict))
    return response
  }

  func signIn(_ request: Request, _ context: WebContext) async throws -> Response {
    // The form's token is its `sk_pre` cookie's (`CSRFMiddleware`).
    let form = try await WebApp.form(SignInForm.self, request, context: context)
    let login = form.login ?? ""
    let next = WebApp.localPath(form.next)
    let outcome = try await app.signIn(
      login: login, password: form.password, code: form.code, address: context.address)
    switch outcome {
    case .signedIn(let signed):
      // Home: the staff's progress page, a judge's worklist.
      var response = WebApp.redirect(
        signed.identity.mustSetPassword ? "/password" : next ?? "/")
      response.setCookie(app.sessionCookie(signed.token, context: context))
      return response
    case .wrong:
      return try await signInPage(
        request, context,
        error: WebText.wrongSignIn, login: login, next: next, status: .unauthorized)
    case .codeUsed(let at):
      return try await signInPage(
        request, context, error: WebText.codeUsed(at: at), login: login, next: next,
        status: .unauthorized)
    case .codeExpired:
      return try await signInPage(
        request, context, error: WebText.codeExpired, login: login, next: next,
        status: .unauthorized)
    case .locked(let until):
      var response = try await signInPage(
        request, context,
        error: WebText.tooManySignIns(after: Self.time(until)), login: login, next: next,
        status: .tooManyRequests)
      response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSinceNow.rounded(.up))))
      return response
    }
  }

  static func time(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
    return formatter.string(from: date)
  }

  func passwordPage(
    _ request: Request, _ context: WebContext, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let identity = try context.signedIn()
    return try pages.render(
      PasswordPage(identity, error: error), as: .password, context: context, status: status)
  }

  func setPassword(_ request: Request, _ context: WebContext) async throws -> Response {
    guard let token = context.token else { throw AccessRefusal.notSignedIn }
    let form = try await WebApp.form(PasswordForm.self, request, context: context)
    let password = form.new_password ?? ""
    guard password == form.confirm else {
      return try await passwordPage(
        request, context,
        error: WebText.passwordsDiffer,
        status: .unprocessableContent)
    }
    do {
      try await app.setPassword(token: token, password: password, current: form.current)
    } catch let error as WorkflowError {
      return try await passwordPage(
        request, context, error: error.problems.first?.message ?? error.description,
        status: WebApp.status(error))
    }
    return WebApp.redirect("/")
  }

  func signOut(_ request: Request, _ context: WebContext) async throws -> Response {
    guard let token = context.token else { throw AccessRefusal.notSignedIn }
    let address = context.address
    try await app.call { try $0.signOut(token: token, address: address) }
    var response = WebApp.redirect("/sign-in")
    response.setCookie(app.sessionCookie("", maxAge: 0, context: context))
    return response
  }
}
