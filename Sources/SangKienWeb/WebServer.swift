import Dispatch
import Foundation
import SangKienModel
import SangKienWorkflow

/// Runs the web application from a thread that may block: the executable's `serve`.
public enum WebServer {
  /// Serves `workflow`'s database on `host`:`port` until SIGTERM or SIGINT, with the session
  /// lengths of the contest file; `ready` is told the port once it listens.
  public static func serve(
    _ workflow: Workflow, host: String, port: Int, baseURL: String? = nil,
    secureCookies: Bool = false, ready: @escaping @Sendable (Int) -> Void = { _ in }
  ) throws {
    var config = WebConfig()
    let limits = try workflow.sessionLimits()
    config.rules.idle = TimeInterval(limits.idleMinutes * 60)
    config.rules.longest = TimeInterval(limits.maxHours * 3600)
    config.host = host
    config.port = port
    config.baseURL = baseURL
    config.secureCookies = secureCookies
    let app = WebApp(workflow: workflow, config: config)
    let done = DispatchSemaphore(value: 0)
    let failure = FailureBox()
    Task {
      do {
        try await app.run { port in ready(port) }
      } catch {
        failure.set(error)
      }
      done.signal()
    }
    done.wait()
    if let error = failure.get() { throw error }
  }
}

/// The error a server task ended with, handed to the waiting thread.
final class FailureBox: @unchecked Sendable {
  private let lock = NSLock()
  private var error: (any Error)?
  func set(_ error: any Error) { lock.withLock { self.error = error } }
  func get() -> (any Error)? { lock.withLock { error } }
}
