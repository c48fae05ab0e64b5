import Hummingbird
import SangKienModel
import SangKienWorkflow

/// A route group for signed-in people only (hummingbird-auth's `IsAuthenticatedMiddleware`,
/// with sangkien's rules): nobody signed in is sent to sign in (401 on the API), a person who
/// still owes a password to the password page, and, when `role` is given, a person of
/// another role is refused 403 with `refusal`. What a person may do inside is the
/// workflow's to decide (and audit); this only keeps handlers from checking the session.
struct RequireSignedInMiddleware: RouterMiddleware {
  typealias Context = WebContext
  /// The password page and signing out are reachable before a password is set.
  var allowPasswordPending = false
  /// Who may use the group; nil: anyone signed in.
  var role: (@Sendable (Role) -> Bool)? = nil
  /// Why another role is refused, in the language in force.
  var refusal: @Sendable () -> String = { "" }

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    guard let identity = context.identity else { throw AccessRefusal.notSignedIn }
    if identity.mustSetPassword && !allowPasswordPending { throw AccessRefusal.passwordPending }
    if let role, !(identity.person.actor.map { role($0.role) } ?? false) {
      throw AccessRefusal.otherRole(refusal())
    }
    return try await next(request, context)
  }
}

extension WebContext {
  /// The signed-in person: always there behind `RequireSignedInMiddleware`.
  func signedIn() throws -> WebIdentity {
    guard let identity else { throw AccessRefusal.notSignedIn }
    return identity
  }
}
