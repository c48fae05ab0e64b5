import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The outbox for the staff (`/mail`): every message with its state and the relay's last
/// answer, never its bodies; a failed one sent again by the secretariat (audited). Whether a
/// relay is configured is said: without one, messages wait.
struct MailController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/mail") { request, context in try await outbox(request, context) }
    router.post("/mail/:id/retry", use: retry)
  }

  func outbox(
    _ request: Request, _ context: WebContext, notice: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let failedOnly = request.uri.queryParameters["state"] == "failed"
      let messages = try await app.call {
        try $0.mail(state: failedOnly ? .failed : nil, by: person)
      }
      let page = MailPage(
        messages, relay: app.config.mailTransport != nil, failedOnly: failedOnly,
        csrf: identity.csrf, notice: notice)
      return try pages.render(page, as: .mail, context: context, status: status)
    }
  }

  func retry(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { identity, _ in
      let person = identity.person
      guard let id = Int64(try context.parameters.require("id")) else {
        return try pages.message("#?", status: .notFound, context: context)
      }
      try await app.call { try $0.retryMail(id: id, by: person) }
      return try await outbox(request, context, notice: WebText.mailRetried(id))
    }
  }
}
