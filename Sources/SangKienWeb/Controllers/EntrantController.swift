import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The entrants' side (toàn trình): the public call and results, opening and verifying an
/// account, and, signed in as an entrant, their submissions — drafts, files, submitting,
/// the receipt, withdrawing, the results. Every rule is the workflow's.
struct EntrantController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  /// Anyone: the call, the results, signing up, verifying.
  func addPublicRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/contest", use: call)
    router.get("/results", use: results)
    router.get("/sign-up") { request, context in try await signUpPage(request, context) }
    router.post("/sign-up", use: signUp)
    router.get("/verify") { request, context in try await verifyPage(request, context) }
    router.post("/verify", use: verify)
  }

  /// Signed in (the workflow refuses anyone but an entrant, and another entrant's).
  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/submissions") { request, context in try await list(request, context) }
    router.post("/submissions", use: create)
    router.get("/submissions/:id") { request, context in try await show(request, context) }
    router.post("/submissions/:id", use: save)
    router.post("/submissions/:id/files", use: upload)
    router.post("/submissions/:id/files/:file/delete", use: removeFile)
    router.post("/submissions/:id/submit", use: submit)
    router.post("/submissions/:id/discard", use: discard)
    router.post("/submissions/:id/withdraw", use: withdraw)
    router.get("/submissions/:id/receipt", use: receipt)
    router.post("/submissions/:id/complaints", use: complain)
  }

  // MARK: Public

  func call(_ request: Request, _ context: WebContext) async throws -> Response {
    let call = try await app.call { try $0.call() }
    return try pages.render(
      CallPage(call, signedIn: context.identity != nil), as: .call, title: call.contest.name,
      context: context)
  }

  func results(_ request: Request, _ context: WebContext) async throws -> Response {
    let results = try await app.call { try $0.publishedResults() }
    return try pages.render(ResultsPage(results), as: .results, context: context)
  }

  /// A page of an anonymous form, with its double-submit token's cookie.
  private func anonymousForm(
    _ view: (String) -> Any, as page: Page, context: WebContext, status: HTTPResponse.Status
  ) throws -> Response {
    let token = Workflow.randomToken()
    var response = try pages.render(view(token), as: page, context: context, status: status)
    response.setCookie(
      Cookie(
        name: WebCookies.entrantForm, value: token, maxAge: 3600, path: Mount.path("/"),
        secure: app.secure(context), httpOnly: true, sameSite: .strict))
    return response
  }

  func signUpPage(
    _ request: Request, _ context: WebContext, form: SignUpPageForm? = nil,
    problems: [Problem] = [], error: String? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    try anonymousForm(
      { SignUpPage(csrf: $0, form: form, problems: problems, error: error) }, as: .signUp,
      context: context, status: status)
  }

  func signUp(_ request: Request, _ context: WebContext) async throws -> Response {
    let form = try await WebApp.form(SignUpPageForm.self, request, context: context)
    if (form.password ?? "") != (form.confirm ?? "") {
      return try await signUpPage(
        request, context, form: form,
        problems: [Problem(field: "password", message: WebText.passwordsDifferField)],
        status: .unprocessableContent)
    }
    do {
      let email = try await app.signUp(
        SignUpForm(
          email: form.email ?? "", name: form.name ?? "", phone: form.phone ?? "",
          password: form.password ?? ""), address: context.address)
      let query = email.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
      return WebApp.redirect("/verify?sent=1&email=\(query)")
    } catch let error as WorkflowError {
      if case .invalid(let problems, _) = error {
        return try await signUpPage(
          request, context, form: form, problems: problems, status: .unprocessableContent)
      }
      return try await signUpPage(
        request, context, form: form, error: error.sentence, status: WebApp.status(error))
    }
  }

  func verifyPage(
    _ request: Request, _ context: WebContext, email: String? = nil, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let query = WebApp.query(request)
    let shown = email ?? query["email"] ?? ""
    let notice = query["sent"] == "1" && error == nil ? WebText.codeSent(shown) : nil
    return try anonymousForm(
      { VerifyPage(csrf: $0, email: shown, notice: notice, error: error) }, as: .verify,
      context: context, status: status)
  }

  func verify(_ request: Request, _ context: WebContext) async throws -> Response {
    let form = try await WebApp.form(VerifyForm.self, request, context: context)
    let (email, code, address) = (form.email ?? "", form.code ?? "", context.address)
    let limiter = app.intakeLimiter
    do {
      try await app.call {
        try $0.verifyEntrant(email: email, code: code, address: address, limiter: limiter)
      }
    } catch let error as WorkflowError {
      return try await verifyPage(
        request, context, email: email, error: error.sentence, status: WebApp.status(error))
    }
    return try pages.message(
      WebText.verified, status: .ok, context: context, heading: WebText.verifiedHeading)
  }

  // MARK: An entrant's submissions

  func id(_ context: WebContext) throws -> Int64 {
    guard let id = Int64(try context.parameters.require("id")) else {
      throw WorkflowError.notFound(WebText.noSuchSubmission)
    }
    return id
  }

  func list(
    _ request: Request, _ context: WebContext, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let identity = try context.signedIn()
    let person = identity.person
    let (account, submissions, intake) = try await app.call {
      (try $0.account(by: person), try $0.submissions(by: person), try $0.call().intake)
    }
    let notice = WebApp.query(request)["done"].flatMap(WebText.submissionDone)
    return try pages.render(
      SubmissionsPage(
        submissions, account: account, intake: intake, csrf: identity.csrf, notice: notice,
        error: error), as: .submissions, context: context, status: status)
  }

  func create(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { identity, _ in
      let person = identity.person
      do {
        let draft = try await app.call { try $0.createSubmission(SubmissionFields(), by: person) }
        return WebApp.redirect("/submissions/\(draft.id)")
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try await list(request, context, error: error.sentence, status: WebApp.status(error))
      }
    }
  }

  func show(
    _ request: Request, _ context: WebContext, typed: SubmissionFields? = nil,
    problems: [Problem] = [], error: String? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let identity = try context.signedIn()
    let person = identity.person
    let id = try id(context)
    let (submission, account, results, contest, today) = try await app.call {
      (
        try $0.submission(id, by: person), try $0.account(by: person),
        try $0.results(of: id, by: person), try $0.call().contest, $0.today()
      )
    }
    let complaints = try await app.call { try $0.complaints(ofSubmission: id, by: person) }
    let notice = WebApp.query(request)["done"].flatMap(WebText.submissionDone)
    return try pages.render(
      SubmissionPage(
        submission, contest: contest, verified: account.verifiedAt != nil, results: results,
        csrf: identity.csrf, typed: typed, problems: problems, notice: notice, error: error,
        today: today, complaints: complaints), as: .submission,
      title: submission.code ?? WebText.draftNumber(submission.id), context: context,
      status: status)
  }

  /// Runs a change of submission `id`; its refusal is shown on the submission's page (the
  /// fields as typed kept), a refusal of who may on its own page.
  private func changing(
    _ request: Request, _ context: WebContext, typed: SubmissionFields? = nil,
    _ body: (Person, Int64) async throws -> Response
  ) async throws -> Response {
    let identity = try context.signedIn()
    let id = try id(context)
    do {
      return try await body(identity.person, id)
    } catch let error as WorkflowError {
      switch error {
      case .notPermitted, .notFound: throw error
      case .invalid(let problems, _):
        return try await show(
          request, context, typed: typed, problems: problems, status: .unprocessableContent)
      default:
        return try await show(
          request, context, typed: typed, error: error.sentence, status: WebApp.status(error))
      }
    } catch let problem as StreamedUpload.Problem {
      return try await show(
        request, context, problems: [Problem(field: "file", message: problem.message)],
        status: problem.status)
    }
  }

  func save(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try context.signedIn()
    let form = try await WebApp.form(request, context: context)
    let (fields, version) = SubmissionForm.fields(form)
    return try await changing(request, context, typed: fields) { person, id in
      _ = try await app.call {
        try $0.saveSubmission(id, fields: fields, version: version, by: person)
      }
      return WebApp.redirect("/submissions/\(id)?done=saved")
    }
  }

  func upload(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let limits = try await app.call { try $0.call().contest.attachmentLimits }
    return try await changing(request, context) { person, id in
      let staged = try await StreamedUpload.form(
        request, csrf: identity.csrf, limit: limits.maxFileBytes + 64 * 1024)
      defer { staged.remove() }
      let forJudges = staged.fields["for_judges"] == "on"
      _ = try await app.call {
        try $0.addSubmissionFile(id, path: staged.path, forJudges: forJudges, by: person)
      }
      return WebApp.redirect("/submissions/\(id)?done=uploaded")
    }
  }

  func removeFile(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { _, _ in
      try await changing(request, context) { person, id in
        guard let file = Int64(try context.parameters.require("file")) else {
          throw WorkflowError.notFound(WebText.noSuchSubmission)
        }
        try await app.call { try $0.removeSubmissionFile(id, file: file, by: person) }
        return WebApp.redirect("/submissions/\(id)?done=removed")
      }
    }
  }

  func submit(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try context.signedIn()
    let form = try await WebApp.form(DeclarationForm.self, request, context: context)
    let site = app.config.baseURL
    return try await changing(request, context) { person, id in
      _ = try await app.call {
        try $0.submit(id, declaration: form.declaration == "on", site: site, by: person)
      }
      return WebApp.redirect("/submissions/\(id)?done=submitted")
    }
  }

  func discard(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { _, _ in
      try await changing(request, context) { person, id in
        try await app.call { try $0.discardSubmission(id, by: person) }
        return WebApp.redirect("/submissions?done=discarded")
      }
    }
  }

  func withdraw(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try context.signedIn()
    let form = try await WebApp.form(ReasonForm.self, request, context: context)
    let site = app.config.baseURL
    return try await changing(request, context) { person, id in
      _ = try await app.call {
        try $0.withdrawSubmission(id, reason: form.reason ?? "", site: site, by: person)
      }
      return WebApp.redirect("/submissions/\(id)?done=withdrawn")
    }
  }

  /// A complaint about the entry's published result (within the contest's days).
  func complain(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try context.signedIn()
    let form = try await WebApp.form(ComplaintForm.self, request, context: context)
    let site = app.config.baseURL
    return try await changing(request, context) { person, id in
      _ = try await app.call {
        try $0.complain(submission: id, text: form.text ?? "", site: site, by: person)
      }
      return WebApp.redirect("/submissions/\(id)?done=complained")
    }
  }

  func receipt(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try context.signedIn().person
    let id = try id(context)
    let (submission, account, contest) = try await app.call {
      (try $0.submission(id, by: person), try $0.account(by: person), try $0.call().contest)
    }
    guard submission.state == .submitted else {
      return WebApp.redirect("/submissions/\(id)")
    }
    return try pages.render(
      ReceiptPage(submission, contest: contest, account: account), as: .receipt,
      title: submission.code, context: context)
  }
}

/// The secretariat's intake queue (`/intake`): online entries, accepted, rejected or asked
/// for a supplement, each answer mailed to the entrant.
struct IntakeController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/intake") { request, context in try await queue(request, context) }
    router.post("/intake/:code/validate", use: validate)
    router.post("/intake/:code/answer", use: answer)
    router.post("/intake/:code/distinct", use: distinct)
  }

  /// Marks an entry and a look-alike not duplicates (the secretariat's; audited).
  func distinct(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try context.signedIn()
    let form = try await WebApp.form(IntakeDistinctForm.self, request, context: context)
    return try await answering(request, context) { person, code in
      let flag = try await app.call {
        try $0.markDistinct(
          code: code, other: form.other ?? "", reason: form.reason ?? "", by: person)
      }
      return WebText.markedDistinct(
        flag.code, "\(flag.match.document.contest)/\(flag.match.document.code)")
    }
  }

  func queue(
    _ request: Request, _ context: WebContext, notice: String? = nil, error: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let identity = try context.signedIn()
    let person = identity.person
    let queue = try await app.call { try $0.intakeQueue(by: person) }
    return try pages.render(
      IntakePage(queue, csrf: identity.csrf, notice: notice, error: error), as: .intake,
      context: context, status: status)
  }

  private func answering(
    _ request: Request, _ context: WebContext, _ body: (Person, String) async throws -> String
  ) async throws -> Response {
    let identity = try context.signedIn()
    let code = try context.parameters.require("code")
    do {
      let notice = try await body(identity.person, code)
      return try await queue(request, context, notice: notice)
    } catch let error as WorkflowError {
      if case .notPermitted = error { throw error }
      return try await queue(
        request, context, error: error.sentence, status: WebApp.status(error))
    }
  }

  func validate(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { _, _ in
      let site = app.config.baseURL
      return try await answering(request, context) { person, code in
        _ = try await app.call {
          try $0.setStatus(code: code, to: .valid, reason: nil, site: site, by: person)
        }
        return WebText.intakeDone(code, "valid")
      }
    }
  }

  func answer(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try context.signedIn()
    let form = try await WebApp.form(IntakeAnswerForm.self, request, context: context)
    let site = app.config.baseURL
    return try await answering(request, context) { person, code in
      let reason = form.reason ?? ""
      switch form.action {
      case "reject":
        _ = try await app.call {
          try $0.setStatus(code: code, to: .rejected, reason: reason, site: site, by: person)
        }
        return WebText.intakeDone(code, "rejected")
      case "request":
        guard let day = (form.until ?? "").isEmpty ? nil : Day(parsing: form.until ?? "") else {
          throw WorkflowError.invalid([Problem(field: "until", message: WebText.untilNeeded)])
        }
        try await app.call {
          try $0.requestSupplement(code: code, reason: reason, until: day, site: site, by: person)
        }
        return WebText.intakeDone(code, "request")
      default:
        throw WorkflowError.invalid([Problem(field: "action", message: WebText.unknownAction)])
      }
    }
  }
}
