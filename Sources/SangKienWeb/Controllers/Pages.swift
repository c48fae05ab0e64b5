import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SangKienModel
import SangKienWorkflow

/// The server-rendered pages: signing in, the password, a judge's worklist and sheets.
struct Pages: Sendable {
  let app: WebApp

  /// Signing in: anyone.
  func addSignInRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/sign-in") { request, context in try await signInPage(request, context) }
    router.post("/sign-in") { request, context in try await signIn(request, context) }
  }

  /// The password and signing out: signed in, a password owed or not.
  func addPasswordRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/password") { request, context in try await passwordPage(request, context) }
    router.post("/password") { request, context in try await setPassword(request, context) }
    router.post("/sign-out") { request, context in try await signOut(request, context) }
  }

  /// A judge's worklist, sheets and files: signed in.
  func add(to router: some RouterMethods<WebContext>) {
    router.get("/worklist") { request, context in try await worklist(request, context) }
    router.get("/sheets/:round/:code") { request, context in try await sheet(request, context) }
    router.post("/sheets/:round/:code") { request, context in try await saveSheet(request, context)
    }
    router.get("/files/:code/:id") { request, context in try await file(request, context) }
    router.post("/sheets/:round/:code/conflict") { request, context in
      try await conflict(request, context)
    }
  }

  // MARK: Helpers

  func page(
    _ template: Page, _ values: [String: Any], title: String? = nil, context: WebContext,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    try Self.page(template, values, title: title, context: context, status: status)
  }

  func message(
    _ text: String, status: HTTPResponse.Status, context: WebContext, heading: String? = nil
  ) throws -> Response {
    try Self.message(text, status: status, context: context, heading: heading)
  }

  /// A typed view (a struct the template reads through its stored properties) inside the
  /// layout.
  func render(
    _ view: Any, as template: Page, title: String? = nil, context: WebContext,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let who = context.identity.map {
      ($0.person.actor?.name ?? $0.login, $0.csrf, $0.person.actor?.role.isStaff == true)
    }
    return WebApp.html(
      try Templates.page(template, view: view, title: title, identity: who), status: status)
  }

  /// `template` with `values` inside the layout, for the person signed in (if any).
  static func page(
    _ template: Page, _ values: [String: Any], title: String? = nil, context: WebContext,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let who = context.identity.map {
      ($0.person.actor?.name ?? $0.login, $0.csrf, $0.person.actor?.role.isStaff == true)
    }
    return WebApp.html(
      try Templates.page(template, values, title: title, identity: who), status: status)
  }

  /// A page that says one thing: a refusal (status 400 and above) or a notice.
  static func message(
    _ text: String, status: HTTPResponse.Status, context: WebContext, heading: String? = nil
  ) throws -> Response {
    try page(
      .message,
      [
        "heading": heading ?? Language.text(vi: "Không thực hiện được", en: "Not done"),
        "message": text, "ok": status.code < 400,

      ], context: context, status: status)
  }

  /// The fields of a page that previews (its query: nothing is written) and confirms (its
  /// form, whose CSRF token `CSRFMiddleware` checked).
  func previewOrForm(_ request: Request, _ context: WebContext, confirm: Bool) async throws
    -> [String: String]
  {
    confirm ? try await WebApp.form(request, context: context) : WebApp.query(request)
  }

  // MARK: Signing in

  func signInPage(
    _ request: Request, _ context: WebContext, error: String? = nil, login: String = "",
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    if context.identity != nil && error == nil { return WebApp.redirect("/") }
    let presign = Workflow.randomToken()
    var response = try page(
      Page.signIn,
      [
        "csrf": presign,

        "error": error as Any,
        "login": login,
      ], context: context, status: status)
    response.setCookie(
      Cookie(
        name: WebCookies.presign, value: presign, maxAge: 3600, path: "/sign-in",
        secure: app.config.secureCookies, httpOnly: true, sameSite: .strict))
    return response
  }

  func signIn(_ request: Request, _ context: WebContext) async throws -> Response {
    // The form's token is its `sk_pre` cookie's (`CSRFMiddleware`).
    let form = try await WebApp.form(SignInForm.self, request, context: context)
    let login = form.login ?? ""
    let outcome = try await app.signIn(
      login: login, password: form.password, code: form.code, address: context.address)
    switch outcome {
    case .signedIn(let signed):
      // Home: the staff's progress page, a judge's worklist.
      var response = WebApp.redirect(signed.identity.mustSetPassword ? "/password" : "/")
      response.setCookie(app.sessionCookie(signed.token))
      return response
    case .wrong:
      return try await signInPage(
        request, context,
        error: Language.text(
          vi: "Tên đăng nhập, mật khẩu hoặc mã không đúng.",
          en: "The login, password or code is wrong."), login: login, status: .unauthorized)
    case .locked(let until):
      var response = try await signInPage(
        request, context,
        error: Language.text(
          vi: "Đăng nhập sai quá nhiều lần: hãy thử lại sau \(Self.time(until)).",
          en: "Too many failed sign-ins: try again after \(Self.time(until))."), login: login,
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
    return try page(
      Page.password,
      [

        "intro": identity.mustSetPassword
          ? Language.text(
            vi: "Bạn đã đăng nhập bằng mã dùng một lần. Hãy đặt mật khẩu để lần sau đăng nhập.",
            en: "You signed in with a one-time code. Set a password for the next time.")
          : Language.text(vi: "Đổi mật khẩu của bạn.", en: "Change your password."),
        "csrf": identity.csrf,
        "askCurrent": !identity.mustSetPassword,

        "error": error as Any,
      ], context: context, status: status)
  }

  func setPassword(_ request: Request, _ context: WebContext) async throws -> Response {
    guard let token = context.token else { throw AccessRefusal.notSignedIn }
    let form = try await WebApp.form(PasswordForm.self, request, context: context)
    let password = form.new_password ?? ""
    guard password == form.confirm else {
      return try await passwordPage(
        request, context,
        error: Language.text(vi: "Hai lần nhập không giống nhau.", en: "The two do not match."),
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
    response.setCookie(app.sessionCookie("", maxAge: 0))
    return response
  }

  // MARK: The worklist and the sheets

  func worklist(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let round = request.uri.queryParameters["round"].map(String.init)
    let asked = request.uri.queryParameters["judge"].map(String.init)
    guard let judge = identity.person.actor?.judgeId ?? asked else {
      return try message(WebText.whoseWorklist, status: .notFound, context: context)
    }
    let person = identity.person
    let (list, states) = try await app.call {
      try $0.worklistProgress(round: round, judge: judge, by: person)
    }
    return try render(
      WorklistPage(list, states: states, asked: asked), as: .worklist, context: context)
  }

  func sheet(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let round = try context.parameters.require("round")
    let code = try context.parameters.require("code")
    guard
      let judge = identity.person.actor?.judgeId
        ?? request.uri.queryParameters["judge"].map(String.init)
    else {
      return try message(
        WorkflowError.notFound("judge").description, status: .notFound, context: context)
    }
    let person = identity.person
    let view = try await app.call {
      try $0.sheetView(round: round, judge: judge, entry: code, by: person)
    }
    return try sheetPage(view, identity: identity, context: context)
  }

  func sheetPage(
    _ view: SheetView, identity: WebIdentity, context: WebContext, typed: [String: String]? = nil,
    error: WorkflowError? = nil, notice: String? = nil, status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let page = SheetPage(view, identity: identity, typed: typed, error: error, notice: notice)
    return try render(page, as: .sheet, title: view.item.code, context: context, status: status)
  }

  /// A form a judge posts from an entry's page: who, what they sent, and which sheet.
  struct JudgeForm {
    var identity: WebIdentity
    /// The body as sent, and its fields (the first value of each name).
    var text: String
    var fields: [String: String]
    var round: String
    var code: String
    var judge: String

    /// The body decoded into `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try WebApp.decode(type, text) }
  }

  /// The form a judge posted; anyone else is refused.
  func judgeForm(_ request: Request, _ context: WebContext) async throws -> JudgeForm {
    let identity = try context.signedIn()
    let text = String(buffer: try await request.body.collect(upTo: context.maxUploadSize))
    guard let judge = identity.person.actor?.judgeId else {
      throw AccessRefusal.otherRole(
        Language.text(vi: "Chỉ giám khảo dùng được biểu mẫu này.", en: "Only judges use this form.")
      )
    }
    return JudgeForm(
      identity: identity, text: text, fields: WebApp.fields(text),
      round: try context.parameters.require("round"),
      code: try context.parameters.require("code"), judge: judge)
  }

  func saveSheet(_ request: Request, _ context: WebContext) async throws -> Response {
    let form = try await judgeForm(request, context)
    let (identity, fields, round, code, judge) = (
      form.identity, form.fields, form.round, form.code, form.judge
    )
    let person = identity.person
    let (points, bad) = SheetPoints.read(form: fields)
    let sheet = try form.decode(SheetForm.self)
    let (submit, version, comment) = (sheet.submits, sheet.startedFrom, sheet.comment ?? "")
    do {
      if !bad.isEmpty { throw WorkflowError.invalid(bad) }
      let view = try await app.call {
        try $0.saveSheet(
          round: round, judge: judge, entry: code, points: points, comment: comment,
          version: version, submit: submit, by: person)
      }
      return try sheetPage(
        view, identity: identity, context: context,
        notice: submit ? WebText.sheetSubmitted : WebText.draftSaved)
    } catch let error as WorkflowError {
      let view = try? await app.call {
        try $0.sheetView(round: round, judge: judge, entry: code, by: person)
      }
      guard let view else {
        return try message(error.description, status: WebApp.status(error), context: context)
      }
      // What was typed stays in the form, with every problem by its field.
      return try sheetPage(
        view, identity: identity, context: context, typed: fields, error: error,
        status: WebApp.status(error))
    }
  }

  func conflict(_ request: Request, _ context: WebContext) async throws -> Response {
    let form = try await judgeForm(request, context)
    let (identity, round, code, judge) = (form.identity, form.round, form.code, form.judge)
    let person = identity.person
    let reason = try form.decode(ConflictForm.self).reason ?? ""
    _ = try await app.call {
      try $0.declareOwnConflict(
        round: round, judge: judge, entry: code, reason: reason, by: person)
    }
    return WebApp.redirect("/worklist?round=\(round)")
  }

  func file(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let code = try context.parameters.require("code")
    guard let id = Int64(try context.parameters.require("id")) else {
      return try message("#?", status: .notFound, context: context)
    }
    let person = identity.person
    let (file, bytes) = try await app.call { try $0.attachmentFile(code, id: id, by: person) }
    return Self.download(file, bytes)
  }

  static func download(_ file: Attachment, _ bytes: [UInt8]) -> Response {
    WebApp.download(bytes, name: file.name, type: file.mediaType)
  }
}
