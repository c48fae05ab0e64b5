import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The one place a refusal becomes an answer (hummingbird-examples' `ErrorPageMiddleware`):
/// a `WorkflowError` is the page saying it, with its status (403, 404, 409, 422); nobody
/// signed in is sent to sign in, a password still owed to the password page; a missing CSRF
/// token is a 403 page. Under `/api/` the same refusals are the API's JSON `{error,
/// errors?}`. Handlers call the workflow and let its refusals go.
struct ErrorPageMiddleware: RouterMiddleware {
  typealias Context = WebContext

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch  where request.uri.path.hasPrefix("/api/") {
      guard let answer = Self.json(error) else { throw error }
      return answer
    } catch let refusal as AccessRefusal {
      switch refusal {
      case .notSignedIn:
        // Back where they were after signing in: the sheet whose session ran out, above all.
        let back = request.method == .get ? request.uri.description : request.uri.path
        return WebApp.redirect(
          WebApp.localPath(back).map {
            "/sign-in?next="
              + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
          } ?? "/sign-in")
      case .passwordPending: return WebApp.redirect("/password")
      case .csrf, .otherRole, .said:
        return try PageRenderer.message(refusal.message, status: refusal.status, context: context)
      }
    } catch let error as WorkflowError {
      return try PageRenderer.message(
        error.description, status: WebApp.status(error), context: context)
    }
  }

  /// The API's answer to a refusal, or nil for an error that is not one.
  static func json(_ error: any Error) -> Response? {
    switch error {
    case let refusal as APIController.Refusal:
      return WebApp.json(refusal.body, status: refusal.status)
    case let refusal as AccessRefusal:
      let message =
        refusal == .csrf
        ? Language.text(
          vi: "thiếu hoặc sai mã CSRF (X-CSRF-Token)",
          en: "missing or wrong CSRF token (X-CSRF-Token)")
        : refusal.message
      return WebApp.json(
        APIController.refusal(refusal.status, message).body, status: refusal.status)
    case let error as HTTPError:
      // Hummingbird's own refusals (a body too large, a parameter missing) in the API's shape.
      return WebApp.json(
        APIController.refusal(error.status, error.body ?? error.status.reasonPhrase).body,
        status: error.status)
    case let error as WorkflowError:
      let message =
        error.problems.isEmpty
        ? error.description
        : Language.text(vi: "dữ liệu không hợp lệ", en: "the input is not valid")
      return WebApp.json(
        APIController.refusal(WebApp.status(error), message, errors: error.problems).body,
        status: WebApp.status(error))
    default:
      return nil
    }
  }
}
