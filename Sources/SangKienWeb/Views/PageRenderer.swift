import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// What every controller's pages share: rendering a page or a typed view inside the layout,
/// a page that says one thing, and the forms of pages that preview then confirm.
struct PageRenderer: Sendable {
  let app: WebApp

  func message(
    _ text: String, status: HTTPResponse.Status, context: WebContext, heading: String? = nil
  ) throws -> Response {
    try Self.message(text, status: status, context: context, heading: heading)
  }

  /// A typed view (a struct whose stored properties the template reads) inside the layout.
  func render(
    _ view: Any, as template: Page, title: String? = nil, context: WebContext,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    try Self.render(view, as: template, title: title, context: context, status: status)
  }

  /// A typed view inside the layout, for the person signed in (if any).
  static func render(
    _ view: Any, as template: Page, title: String? = nil, context: WebContext,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let who = context.identity.map {
      ($0.person.actor?.shownName ?? $0.login, $0.csrf, $0.person.actor?.role ?? .judge)
    }
    return WebApp.html(
      try Templates.page(template, view: view, title: title, identity: who), status: status)
  }

  /// A page that says one thing: a refusal (status 400 and above) or a notice.
  static func message(
    _ text: String, status: HTTPResponse.Status, context: WebContext, heading: String? = nil
  ) throws -> Response {
    try render(
      MessagePage(heading: heading ?? WebText.notDone, message: text, ok: status.code < 400),
      as: .message, context: context, status: status)
  }

  /// Runs `body` for the signed-in person (a workflow refusal becomes its page in
  /// `ErrorPageMiddleware`).
  func signed(
    _ context: WebContext, _ body: (WebIdentity) async throws -> Response
  ) async throws -> Response {
    try await body(try context.signedIn())
  }

  /// The form of a change decoded into `Form` (its CSRF token checked by `CSRFMiddleware`),
  /// for the signed-in person.
  func changing<Form: Decodable>(
    _ request: Request, _ context: WebContext, as form: Form.Type,
    _ body: (WebIdentity, Form) async throws -> Response
  ) async throws -> Response {
    let identity = try context.signedIn()
    return try await body(identity, try await WebApp.form(form, request, context: context))
  }

  /// The fields of a page that previews (its query) and confirms (its form), decoded.
  func previewOrForm<Form: Decodable>(
    _ request: Request, _ context: WebContext, confirm: Bool, as form: Form.Type
  ) async throws -> Form {
    confirm
      ? try await WebApp.form(form, request, context: context)
      : try WebApp.decode(form, request.uri.query ?? "")
  }

  /// The form of a change (its CSRF token checked by `CSRFMiddleware`), for the signed-in
  /// person, as its fields (a form whose names are data: `entry.CODE`, `award.CODE`).
  func changing(
    _ request: Request, _ context: WebContext,
    _ body: (WebIdentity, [String: String]) async throws -> Response
  ) async throws -> Response {
    try await body(try context.signedIn(), try await WebApp.form(request, context: context))
  }
}
