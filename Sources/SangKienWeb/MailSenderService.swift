import Foundation
import Logging
import SangKienModel
import SangKienWorkflow
import ServiceLifecycle

/// The outbox's sender inside `sangkien serve`: a service of the server's service group that
/// delivers the messages due every `every` seconds (on the blocking threads, never holding
/// the write lock while it talks to the relay) and stops with the server: a graceful
/// shutdown ends its wait, and a pass under way finishes its message first.
struct MailSenderService: Service {
  let app: WebApp
  let sender: MailSender

  func run() async throws {
    await cancelWhenGracefulShutdown {
      var remindedAt = Date.distantPast
      while !Task.isCancelled {
        // The day's reminders, looked for every ten minutes (a round's progress is read).
        let remind = Date().timeIntervalSince(remindedAt) > 600
        if remind { remindedAt = Date() }
        await sender.pass(app, reminders: remind)
        guard await sender.pause() else { return }
      }
    }
  }
}

/// How the server's sender delivers a contest's outbox: the relay, how often, the backoff
/// and the lease. One pass for one contest (`MailSenderService`; a folder's contests in
/// turn, `FolderServices`).
struct MailSender: Sendable {
  let transport: any MailTransport
  let every: Double
  let backoffScale: Double
  let lease: Double
  let logger = Logger(label: "sangkien.mail")

  /// The sender of `config`'s relay, if it has one.
  init?(_ config: WebConfig) {
    guard let transport = config.mailTransport else { return nil }
    self.transport = transport
    every = config.mailEvery
    backoffScale = config.mailBackoffScale
    lease = config.mailLease
  }

  /// Queues the day's reminders when `reminders`, then delivers what is due, of `app`'s
  /// contest; what goes wrong is logged, never thrown (the next pass tries again).
  func pass(_ app: WebApp, reminders: Bool) async {
    let contest = ContestScope.id.map { "\($0): " } ?? ""
    if reminders {
      let site = app.config.baseURL
      do {
        let run = try await app.call { try $0.queueReminders(site: site) }
        if run.queued > 0 { logger.info("mail: \(contest)\(run.queued) reminders queued") }
        if let refusal = run.refusal { logger.warning("mail: \(contest)no reminders: \(refusal)") }
      } catch {
        logger.error("mail: \(contest)reminders: \(error)")
      }
    }
    do {
      let (transport, scale, lease) = (self.transport, self.backoffScale, self.lease)
      let run = try await app.call {
        try $0.deliverMail(transport: transport, limit: 200, backoffScale: scale, lease: lease)
      }
      if run.delivered + run.retrying + run.failed > 0 {
        logger.info(
          "mail: \(contest)\(run.delivered) delivered, \(run.retrying) to retry, \(run.failed) failed"
        )
      }
    } catch {
      logger.error("mail: \(contest)\(error)")
    }
  }

  /// Waits `every` seconds; false when the wait was cancelled (the server stops).
  func pause() async -> Bool {
    do {
      try await Task.sleep(nanoseconds: UInt64(max(0.05, every) * 1_000_000_000))
      return true
    } catch {
      return false
    }
  }
}
