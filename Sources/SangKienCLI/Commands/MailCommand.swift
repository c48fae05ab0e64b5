import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienMail
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien mail list|send|retry`.
  struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "mail", abstract: CLIHelp.t(.mailCommand),
      subcommands: [List.self, Send.self, Retry.self])

    /// `sangkien mail list [--failed]`.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "list", abstract: CLIHelp.t(.mailList))
      @Flag(help: ArgumentHelp(CLIHelp.t(.mailListFailed))) var failed = false
      @OptionGroup var report: ReportOptions

      func run() throws {
        try report.common.run(Invocation(command: "mail list")) { cli in
          let messages = try cli.workflow.mail(state: failed ? .failed : nil, by: cli.person)
          try Output.list(
            MailListDocument(messages), format: report.format, out: report.out,
            layout: .init(flexible: [1: 1, 3: 2, 7: 2], rightAligned: [0, 5]))
        }
      }
    }

    /// `sangkien mail send [--limit N]`.
    struct Send: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "send", abstract: CLIHelp.t(.mailSend))
      @Option(help: ArgumentHelp(CLIHelp.t(.mailSendLimit))) var limit = 500
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "mail send")) { cli in
          try cli.workflow.permitMailSend(cli.person)
          let relay: SMTPRelay
          do {
            guard let configured = try SMTPRelay.fromEnvironment() else {
              throw CLIError.refused(CLIText.noRelay)
            }
            relay = configured
          } catch let problem as SMTPRelay.Problem {
            throw CLIError.refused(problem.description)
          }
          let scale =
            ProcessInfo.processInfo.environment["SANGKIEN_MAIL_BACKOFF_SCALE"].flatMap(Double.init)
            ?? 1
          let reminders = try cli.workflow.queueReminders(site: cli.site)
          if reminders.queued > 0 {
            Console.current.line(CLIText.remindersQueued(reminders.queued))
          }
          if let refusal = reminders.refusal { Console.current.warn(refusal) }
          if !reminders.withoutAddress.isEmpty {
            Console.current.warn(CLIText.remindersWithoutAddress(reminders.withoutAddress))
          }
          let run = try cli.workflow.deliverMail(
            transport: CurlSMTPTransport(relay: relay), limit: max(1, limit), backoffScale: scale)
          Console.current.line(CLIText.mailRun(run))
        }
      }
    }

    /// `sangkien mail retry ID`.
    struct Retry: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "retry", abstract: CLIHelp.t(.mailRetry))
      @Argument(help: ArgumentHelp(CLIHelp.t(.mailRetryId), valueName: "id")) var id: Int64
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "mail retry")) { cli in
          try cli.workflow.retryMail(id: id, by: cli.person)
          Console.current.line(CLIText.mailRetried(id))
        }
      }
    }
  }
}
