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
    let config = try WebConfig.service(
      host: host, port: port, baseURL: baseURL, secureCookies: secureCookies,
      trustedProxies: trustedProxies
    ).serving(workflow)
    let app = WebApp(workflow: workflow, config: config)
    try wait { try await app.run { port in ready(port) } }
  }

  /// Serves every contest database in `folder` under `/c/{contest-id}/` on `host`:`port`
  /// until SIGTERM or SIGINT; `ready` is told the port and the folder's contests once it
  /// listens.
  public static func serve(
    folder: String, host: String, port: Int, baseURL: String? = nil,
    secureCookies: Bool = false, trustedProxies: Set<String> = [],
    ready: @escaping @Sendable (Int, [FolderContest], [FolderSkip]) -> Void = { _, _, _ in }
  ) throws {
    let config = try WebConfig.service(
      host: host, port: port, baseURL: baseURL, secureCookies: secureCookies,
      trustedProxies: trustedProxies)
    let contests = try ContestFolder(folder: folder, config: config)
    let site = FolderSite(folder: contests)
    try wait {
      try await site.run { port in ready(port, contests.contests, contests.skipped) }
    }
  }

  /// Runs `body` on a task and waits for it on this thread.
  private static func wait(_ body: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let failure = FailureBox()
    Task {
      do {
        try await body()
      } catch {
        failure.set(error)
      }
      done.signal()
    }
    done.wait()
    if let error = failure.get() { throw error }
  }
}

extension WebConfig {
  /// The settings of a server: where it listens, the base of its links, its cookies and
  /// proxies, and its mail relay with the sender's pace from the environment
  /// (`SANGKIEN_SMTP_URL`, `SANGKIEN_MAIL_EVERY`, `SANGKIEN_MAIL_BACKOFF_SCALE`,
  /// `SANGKIEN_MAIL_LEASE`).
  static func service(
    host: String, port: Int, baseURL: String?, secureCookies: Bool, trustedProxies: Set<String>
  ) throws -> WebConfig {
    var config = WebConfig()
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
    return config
  }

  /// These settings for `workflow`'s contest: its session lengths.
  func serving(_ workflow: Workflow) throws -> WebConfig {
    var config = self
    let limits = try workflow.sessionLimits()
    config.rules.idle = TimeInterval(limits.idleMinutes * 60)
    config.rules.longest = TimeInterval(limits.maxHours * 3600)
    return config
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
