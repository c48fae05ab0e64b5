import ArgumentParser
import Dispatch
import Foundation
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien access`: who may sign in to the web application.
  struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "access",
      abstract: CLIHelp.t(.signCodesWeb),
      subcommands: [Invite.self, Revoke.self, Unlock.self])

    /// `sangkien access invite PERSON [--valid-days N]`.
    struct Invite: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: CLIHelp.t(.issueTimeSign),
        discussion: CLIHelp.t(.personSignsOnce))
      @Argument(
        help: ArgumentHelp(
          CLIHelp.t(.judgesIdStaff), valueName: "person"))
      var person: String
      @Option(
        name: .customLong("valid-days"),
        help: ArgumentHelp(CLIHelp.t(.howManyDays)))
      var validDays = 7
      @Flag(help: ArgumentHelp(CLIHelp.t(.inviteByMail))) var mail = false
      @Option(help: ArgumentHelp(CLIHelp.t(.inviteMailTo), valueName: "address")) var to: String?
      @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(CLIHelp.t(.inviteBaseURL), valueName: "url"))
      var baseURL: String?
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "access invite")) { cli in
          let site = baseURL ?? cli.site
          let invitation = try cli.workflow.invite(
            person, validDays: validDays,
            mail: mail || to != nil ? InvitationMail(address: to, baseURL: site) : nil,
            by: cli.person)
          Console.current.line(CLIText.invited(invitation))
          if let address = invitation.mailedTo { Console.current.line(CLIText.mailQueued(address)) }
          Console.current.line(invitation.code)
        }
      }
    }

    /// `sangkien access revoke PERSON`.
    struct Revoke: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: CLIHelp.t(.endPersonsSign))
      @Argument(
        help: ArgumentHelp(
          CLIHelp.t(.judgesIdStaff), valueName: "person"))
      var person: String
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "access revoke")) { cli in
          let login = try cli.workflow.revokeAccess(person, by: cli.person)
          Console.current.line(CLIText.revoked(login))
        }
      }
    }

    /// `sangkien access unlock PERSON`.
    struct Unlock: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: CLIHelp.t(.liftSlowDown))
      @Argument(
        help: ArgumentHelp(
          CLIHelp.t(.judgesIdStaff), valueName: "person"))
      var person: String
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "access unlock")) { cli in
          let login = try cli.workflow.unlock(person, by: cli.person)
          Console.current.line(CLIText.unlocked(login))
        }
      }
    }
  }

  /// `sangkien serve`: the web application on this database.
  struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: CLIHelp.t(.serveWebApplication),
      discussion: CLIHelp.t(.commandLineKeeps))
    @Option(help: ArgumentHelp(CLIHelp.t(.addressListenDefault)))
    var host =
      "127.0.0.1"
    @Option(help: ArgumentHelp(CLIHelp.t(.portDefault8080)))
    var port = 8080
    @Option(
      name: .customLong("base-url"),
      help: ArgumentHelp(CLIHelp.t(.addressPeopleReach)))
    var baseURL: String?
    @Flag(
      name: .customLong("secure-cookies"),
      help: ArgumentHelp(
        CLIHelp.t(.sendSessionCookie)))
    var secureCookies = false
    @Option(
      name: .customLong("trusted-proxy"),
      help: ArgumentHelp(CLIHelp.t(.trustedProxy), valueName: "address"))
    var trustedProxies: [String] = []
    @Option(
      name: .customLong("contests"),
      help: ArgumentHelp(CLIHelp.t(.serveContestsFolder), valueName: "folder"))
    var contests: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
      if contests != nil && common.db != nil {
        throw ValidationError(CLIText.contestsOrDatabase)
      }
      for address in trustedProxies where !Self.isAddress(address) {
        throw ValidationError(CLIText.notAnAddress(address))
      }
    }

    /// An IPv4 or IPv6 address as the socket gives a peer's (no name, no port, no mask).
    static func isAddress(_ text: String) -> Bool {
      var v4 = in_addr()
      var v6 = in6_addr()
      return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    func run() throws {
      try common.apply(Invocation(command: "serve")) {
        let target: ServeTarget
        if let contests {
          // Read once here to say what will be served (and refuse a folder holding one
          // contest twice) before listening.
          let (found, skipped) = try Workflow.folderContests(in: contests)
          for contest in found {
            FileHandle.standardError.write(
              Data(CLIText.servingContest(contest).utf8 + [0x0A]))
          }
          for skip in skipped {
            FileHandle.standardError.write(Data(CLIText.notServed(skip).utf8 + [0x0A]))
          }
          target = .folder(contests)
        } else {
          target = .contest(try Workflow.open(path: common.path))
        }
        try Self.serve(
          target,
          ServeRequest(
            host: host, port: port,
            // The links in mail: `--base-url`, else $SANGKIEN_BASE_URL as `mail send` reads it.
            baseURL: baseURL ?? ProcessInfo.processInfo.environment["SANGKIEN_BASE_URL"],
            secureCookies: secureCookies, trustedProxies: Set(trustedProxies)))
      }
    }

    /// Serves the web application on `workflow`'s database until SIGTERM or SIGINT, after
    /// the line naming the address; `ready` is told the port once it listens.
    static func serve(
      _ target: ServeTarget, _ request: ServeRequest,
      ready: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws {
      guard let server = WebServingSlot.server else { throw CLIError.refused(CLIText.noWebServer) }
      do {
        try server(target, request) { port in
          FileHandle.standardError.write(
            Data(CLIText.serving(host: request.host, port: port).utf8 + [0x0A]))
          ready(port)
        }
      } catch let error as WorkflowError {
        throw error
      } catch {
        throw CLIError.refused(String(describing: error))
      }
    }
  }
}
