import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The client's address and scheme behind a reverse proxy (`serve --trusted-proxy ADDR`):
/// taken from `X-Forwarded-For` and `X-Forwarded-Proto` only when the request comes from a
/// trusted address; from anyone else the headers are ignored, so a forged one changes
/// nothing the audit log, the sign-in throttle or the sign-up limits record.
struct TrustedProxyMiddleware: RouterMiddleware {
  typealias Context = WebContext

  /// The proxies' addresses (as the socket gives them: `127.0.0.1`, `::1`).
  let trusted: Set<String>

  func handle(
    _ request: Request, context: WebContext,
    next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    if let peer = context.remoteAddress?.ipAddress, trusted.contains(peer) {
      context.forwarded = Self.forwarded(
        request.headers[values: HTTPField.Name("X-Forwarded-For")!],
        proto: request.headers[HTTPField.Name("X-Forwarded-Proto")!], trusted: trusted)
    }
    return try await next(request, context)
  }

  /// The client behind the chain `values` names (every `X-Forwarded-For` header, in order):
  /// the rightmost address that is not itself a trusted proxy — what the nearest proxy
  /// appended, never what a client wrote on the left. `proto`: the scheme the client used.
  static func forwarded(_ values: [String], proto: String?, trusted: Set<String>)
    -> WebContext.Forwarded?
  {
    let chain = values.flatMap { $0.split(separator: ",") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && $0.count <= 64 }
    let client = chain.last { !trusted.contains($0) } ?? chain.first
    let https = proto?.split(separator: ",").first.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
    guard client != nil || https != nil else { return nil }
    return WebContext.Forwarded(address: client, https: https ?? false)
  }
}
