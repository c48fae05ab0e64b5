import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// Finds the session the cookie names and puts the signed-in person in the context (the
/// CSRF token is `CSRFMiddleware`'s; who may use a route, `RequireSignedInMiddleware`'s).
struct SessionMiddleware: RouterMiddleware {
  typealias Context = WebContext
  let workflow: Workflow
  let rules: AccessRules

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    if let token = request.cookies[WebCookies.session]?.value, !token.isEmpty {
      let workflow = self.workflow
      let rules = self.rules
      if let identity = try await blocking({ try workflow.session(token: token, rules: rules) }) {
        context.identity = identity
        context.token = token
      }
    }
    let staff = context.identity?.person.actor?.role.isStaff == true
    return try await Lane.$staff.withValue(staff) { try await next(request, context) }
  }
}
