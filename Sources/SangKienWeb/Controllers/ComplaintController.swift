import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The staff's complaint pages: every complaint, one complaint with its re-markers; the
/// secretariat accepts or rejects it and gives it re-markers, the organisers decide it
/// after seeing the ranking and prizes before and after.
struct ComplaintController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/complaints", use: list)
    router.get("/complaints/:id") { request, context in
      let decided = request.uri.queryParameters["decided"] != nil
      return try await detail(
        request, context, notice: decided ? WebText.complaintDecidedNotice : nil)
    }
    router.post("/complaints/:id/answer", use: answer)
    router.post("/complaints/:id/remark", use: remark)
    router.post("/complaints/:id/decide", use: decide)
  }

  func list(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let person = identity.person
    let (complaints, titles, remarks) = try await app.call { w in
      let complaints = try w.complaints(by: person)
      let codes = Set(complaints.map(\.code))
      let titles = Dictionary(
        try w.entries(by: person).filter { codes.contains($0.code) }.map {
          ($0.code, $0.draft.title)
        }, uniquingKeysWith: { a, _ in a })
      return (complaints, titles, Dictionary(grouping: try w.remarks(by: person), by: \.complaint))
    }
    return try pages.render(
      ComplaintsPage(complaints, titles: titles, remarks: remarks), as: .complaints,
      context: context)
  }

  /// The complaint's page, with what was just done or refused, and a decision's preview.
  func detail(
    _ request: Request, _ context: WebContext, notice: String? = nil, error: WorkflowError? = nil,
    preview: ComplaintDecision? = nil, typed: ComplaintDecideForm? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let identity = try context.signedIn()
    guard let id = Int64(try context.parameters.require("id")) else {
      throw WorkflowError.notFound(WebText.noSuchComplaint)
    }
    let person = identity.person
    let (complaint, remarks, title, names) = try await app.call { w in
      let complaint = try w.complaint(id: id, by: person)
      let remarks = try w.remarks(complaint: id, by: person)
      let title = try w.entry(code: complaint.code, by: person).entry.draft.title
      let names = Dictionary(
        try w.judges(includeRemoved: true, by: person).map { ($0.id, $0.name) },
        uniquingKeysWith: { a, _ in a })
      return (complaint, remarks, title, names)
    }
    let totals = try await app.call { try $0.remarkTotals(complaint: id, by: person) }
    let role = identity.person.actor?.role
    let wanted = try await app.call { try $0.contestSummary(by: person).contest.complaints }
    let page = ComplaintPage(
      complaint, title: title, remarks: remarks, totals: totals, names: names,
      role: role, wanted: wanted?.remarkingJudges ?? 0, csrf: identity.csrf, notice: notice,
      error: error, preview: preview, typed: typed)
    return try pages.render(
      page, as: .complaint, title: WebText.complaintHeading(id), context: context, status: status)
  }

  /// Runs `body`, then shows the complaint with its notice; a refusal of the input or the
  /// state is shown on the page, one of the person is the error page.
  private func acting(
    _ request: Request, _ context: WebContext, _ body: () async throws -> String
  ) async throws -> Response {
    do {
      let notice = try await body()
      return try await detail(request, context, notice: notice)
    } catch let error as WorkflowError {
      if case .notPermitted = error { throw error }
      if case .notFound = error { throw error }
      return try await detail(request, context, error: error, status: WebApp.status(error))
    }
  }

  func answer(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let id = Int64(try context.parameters.require("id")) ?? 0
    let form = try await WebApp.form(ComplaintAnswerForm.self, request, context: context)
    let person = identity.person
    let site = app.config.baseURL
    return try await acting(request, context) {
      let accept = form.action == "accept"
      _ = try await app.call {
        try $0.answerComplaint(
          id: id, accept: accept, reason: form.reason, site: site, by: person)
      }
      return accept ? WebText.complaintAcceptedNotice : WebText.complaintRejectedNotice
    }
  }

  func remark(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let id = Int64(try context.parameters.require("id")) ?? 0
    _ = try await WebApp.form(request, context: context)
    let person = identity.person
    return try await acting(request, context) {
      let plan = try await app.call { try $0.assignRemark(complaint: id, by: person) }
      return WebText.remarkersGiven(plan.added)
    }
  }

  func decide(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let id = Int64(try context.parameters.require("id")) ?? 0
    let form = try await WebApp.form(ComplaintDecideForm.self, request, context: context)
    let person = identity.person
    let site = app.config.baseURL
    do {
      guard let outcome = form.outcome.flatMap(ComplaintOutcome.init(rawValue:)) else {
        throw WorkflowError.invalid([
          Problem(field: "outcome", message: WebText.chooseOutcome)
        ])
      }
      let confirm = form.confirm == "1"
      let decision = try await app.call {
        try $0.decideComplaint(
          id: id, outcome: outcome, reason: form.reason ?? "", confirm: confirm,
          expecting: form.head, site: site, by: person)
      }
      if confirm { return WebApp.redirect("/complaints/\(id)?decided=1") }
      return try await detail(request, context, preview: decision, typed: form)
    } catch let error as WorkflowError {
      if case .notPermitted = error { throw error }
      return try await detail(
        request, context, error: error, typed: form, status: WebApp.status(error))
    }
  }
}
