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
  let transport: any MailTransport
  let every: Double
  let backoffScale: Double
  let lease: Double

  func run() async throws {
    let logger = Logger(label: "sangkien.mail")
    await cancelWhenGracefulShutdown {
      var remindedAt = Date.distantPast
      while !Task.isCancelled {
        // The day's reminders, looked for every ten minutes (a round's progress is read).
        if Date().timeIntervalSince(remindedAt) > 600 {
          remindedAt = Date()
          let site = app.config.baseURL
          do {
            let run = try await app.call { try $0.queueReminders(site: site) }
            if run.queued > 0 { logger.info("mail: \(run.queued) reminders queued") }
            if let refusal = run.refusal { logger.warning("mail: no reminders: \(refusal)") }
          } catch {
            logger.error("mail: reminders: \(error)")
          }
        }
        do {
          let (transport, scale, lease) = (self.transport, self.backoffScale, self.lease)
          let run = try await app.call {
            try $0.deliverMail(transport: transport, limit: 200, backoffScale: scale, lease: lease)
          }
          if run.delivered + run.retrying + run.failed > 0 {
            logger.info(
              "mail: \(run.delivered) delivered, \(run.retrying) to retry, \(run.failed) failed")
          }
        } catch {
          logger.error("mail: \(error)")
        }
        do {
          try await Task.sleep(nanoseconds: UInt64(max(0.05, every) * 1_000_000_000))
        } catch {
          return
        }
      }
    }
  }
}
