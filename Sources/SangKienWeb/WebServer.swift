import Dispatch
import Foundation
import SangKienMail
import SangKienModel
import SangKienWorkflow

/// Runs the web application from a thread that may block: the executable's `serve`.
public enum WebServer {
  /// Serves `workflow`'s database on `host`:`port` until SIGTERM or SIGINT, with the session
  /// lengths of the contest file; `ready` is told the port once it listens.
  public static func serve(
    _ workflow: Workflow, host: String, port: Int, baseURL: String? = nil,
    secureCookies: Bool = false, trustedProxies: Set<String> = [],
    ready: @escaping @Sendable (Int) -> Void = { _ in }
  ) throws {
    var config = WebConfig()
    let limits = try workflow.sessionLimits()
    config.rules.idle = TimeInterval(limits.idleMinutes * 60)
    config.rules.longest = TimeInterval(limits.maxHours * 3600)
    config.host = host
    config.port = port
    config.baseURL = baseURL
    config.secureCookies = secureCookies
    config.trustedProxies = trustedProxies
    // The relay of SANGKIEN_SMTP_URL, if any: the server's sender delivers the outbox there.
    let environment = ProcessInfo.processInfo.environment
    do {
      if let relay = try SMTPRelay.fromEnvironment(environment) {
        config.mailTransport = CurlSMTPTransport(relay: relay)
      }
    } catch {
      throw WebServerError.mail(error.description)
    }
    if let every = environment["SANGKIEN_MAIL_EVERY"].flatMap(Double.init) {
      config.mailEvery = every
    }
    if let scale = environment["SANGKIEN_MAIL_BACKOFF_SCALE"].flatMap(Double.init) {
      config.mailBackoffScale = scale
    }
    if let lease = environment["SANGKIEN_MAIL_LEASE"].flatMap(Double.init) {
      config.mailLease = max(1, lease)
    }
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

/// Why the server cannot start.
public enum WebServerError: Error, CustomStringConvertible {
  /// The mail relay's settings cannot be used.
  case mail(String)

  /// The message for a person.
  public var description: String {
    switch self {
    case .mail(let message): message
    }
  }
}

/// The error a server task ended with, handed to the waiting thread.
final class FailureBox: @unchecked Sendable {
  private let lock = NSLock()
  private var error: (any Error)?
  func set(_ error: any Error) { lock.withLock { self.error = error } }
  func get() -> (any Error)? { lock.withLock { error } }
}
