import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SangKienModel
import SangKienWorkflow

extension WebApp {
  /// The router, for the server and for tests: the middleware every request passes, then
  /// the routes in groups by who may reach them.
  public func router() -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    if !config.trustedProxies.isEmpty {
      router.add(middleware: TrustedProxyMiddleware(trusted: config.trustedProxies))
    }
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LanguageMiddleware(secureCookies: config.secureCookies))
    router.add(middleware: SessionMiddleware(workflow: workflow, rules: config.rules))
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: CSRFMiddleware())

    // Anyone: the assets, the API's description, signing in, the API (which answers 401
    // itself, in JSON).
    router.get("/static/app.css") { _, _ in
      Self.asset(WebResources.css, type: "text/css; charset=utf-8")
    }
    router.get("/static/app.js") { _, _ in
      Self.asset(WebResources.script, type: "text/javascript; charset=utf-8")
    }
    router.get("/api/openapi.json") { _, _ in
      Self.asset(WebResources.openAPI, type: "application/json; charset=utf-8")
    }
    let online = workflow.acceptsOnline()
    router.get("/") { _, context in
      // Anyone: the call when the contest takes entries online, else signing in.
      guard let identity = context.identity else {
        return Self.redirect(online ? "/contest" : "/sign-in")
      }
      // The staff's home is the round's progress; a judge's, their worklist; an entrant's,
      // their submissions.
      switch identity.person.actor?.role {
      case .secretariat?, .organiser?: return Self.redirect("/progress")
      case .entrant?: return Self.redirect("/submissions")
      default: return Self.redirect("/worklist")
      }
    }
    let pages = PageRenderer(app: self)
    let signIn = SignInController(pages: pages)
    signIn.addSignInRoutes(to: router)
    let entrants = EntrantController(pages: pages)
    entrants.addPublicRoutes(to: router)
    let api = APIController(app: self)
    let apiGroup = router.group("/api/v1")
    api.addRoutes(to: apiGroup)
    EntrantAPIController(api: api).addRoutes(to: apiGroup)

    // Signed in, a password owed or not: setting it, signing out.
    signIn.addPasswordRoutes(
      to: router.group().add(middleware: RequireSignedInMiddleware(allowPasswordPending: true)))

    // Signed in: every role's pages; the workflow decides (and audits) who may do what.
    let signedIn = router.group().add(middleware: RequireSignedInMiddleware())
    JudgeController(pages: pages).addRoutes(to: signedIn)
    SecretariatController(pages: pages).addRoutes(to: signedIn)
    MailController(pages: pages).addRoutes(to: signedIn)
    IntakeController(pages: pages).addRoutes(to: signedIn)
    ComplaintController(pages: pages).addRoutes(to: signedIn)
    entrants.addRoutes(to: signedIn)
    OrganiserController(pages: pages).addRoutes(to: signedIn)
    JuryController(pages: pages).addRoutes(to: signedIn)

    // The secretariat's uploads: a judge is refused before any file is read.
    let uploads = UploadController(pages: pages, store: self.uploads)
    uploads.addWorkbookRoutes(to: signedIn)
    uploads.addRoutes(
      to: router.group().add(
        middleware: RequireSignedInMiddleware(
          role: { $0.isStaff }, refusal: { UploadController.staffOnlyText })))
    return router
  }

  /// Serves until SIGTERM or SIGINT; requests in flight finish first.
  public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await buildApplication(onRunning: onRunning).runService()
  }

  /// The application: the router on an HTTP/1 server with the slow-client timeouts.
  public func buildApplication(onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
    -> some ApplicationProtocol
  {
    // Slow clients: a connection that says nothing for `idleTimeout` is closed, and one whose
    // request head has not arrived in full within `headTimeout` (trickled a byte at a time)
    // too; a reverse proxy is not always there to do it.
    let head = TimeAmount.seconds(Int64(config.headTimeout))
    return Application(
      router: router(),
      server: .http1(
        configuration: .init(
          additionalChannelHandlers: [RequestHeadTimeout(limit: head)],
          idleTimeout: .seconds(Int64(config.idleTimeout)))),
      configuration: .init(address: .hostname(config.host, port: config.port), serverName: nil),
      services: MailSender(config).map { [MailSenderService(app: self, sender: $0)] } ?? [],
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) })
  }
}
