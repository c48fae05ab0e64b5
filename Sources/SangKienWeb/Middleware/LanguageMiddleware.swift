import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The language of the answer. Pages are Vietnamese unless `?lang=en` (remembered in a
/// cookie); the API's messages follow `Accept-Language: en`.
struct LanguageMiddleware: RouterMiddleware {
  typealias Context = WebContext

  /// Whether cookies are `Secure` whatever the request (`--secure-cookies`).
  var secureCookies = false

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    let asked = request.uri.queryParameters["lang"].map(String.init)
    let remembered = request.cookies[WebCookies.language]?.value
    let api = request.uri.path.hasPrefix("/api/")
    let header = request.headers[.acceptLanguage]?.lowercased() ?? ""
    let chosen = asked ?? (api ? (header.hasPrefix("en") ? "en" : "vi") : remembered)
    let language: Language = chosen == "en" ? .en : .vi
    var response = try await Language.$current.withValue(language) {
      try await next(request, context)
    }
    if let asked, asked == "en" || asked == "vi", !api {
      response.setCookie(
        Cookie(
          name: WebCookies.language, value: asked, maxAge: 365 * 86_400, path: "/",
          secure: secureCookies || context.viaHTTPS, sameSite: .lax))
    }
    return response
  }
}
