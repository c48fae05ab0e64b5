import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// One line per request on standard error: method, path (never the query, which may carry a
/// code), status and milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    var status = 500
    defer {
      let elapsed = ContinuousClock.now - start
      let millis =
        Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
      let tenths = Int((millis * 10).rounded())
      let line =
        "\(request.method.rawValue) \(request.uri.path) \(status) \(tenths / 10).\(tenths % 10) ms\n"
      FileHandle.standardError.write(Data(line.utf8))
    }
    do {
      let response = try await next(request, context)
      status = response.status.code
      return response
    } catch let error as HTTPResponseError {
      status = error.status.code
      throw error
    }
  }
}
