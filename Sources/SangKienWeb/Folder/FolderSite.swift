import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import SangKienModel
import SangKienWorkflow
import ServiceLifecycle

/// `sangkien serve --contests DIR`: every contest of a folder on one server. A request under
/// `/c/{contest-id}/` is answered by that contest's own application (`ContestSite`) with the
/// prefix taken off, as if it were alone; the rest (`/`, the assets) by the folder's home.
struct FolderSite: Sendable {
  let folder: ContestFolder

  /// The folder's own routes: its home page and the assets.
  func homeRouter() -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    let config = folder.config
    if !config.trustedProxies.isEmpty {
      router.add(middleware: TrustedProxyMiddleware(trusted: config.trustedProxies))
    }
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LanguageMiddleware(secureCookies: config.secureCookies))
    router.add(middleware: ErrorPageMiddleware())
    router.get("/static/app.css") { _, _ in
      WebApp.asset(WebResources.css, type: "text/css; charset=utf-8")
    }
    router.get("/static/app.js") { _, _ in
      WebApp.asset(WebResources.script, type: "text/javascript; charset=utf-8")
    }
    let folder = self.folder
    router.get("/") { request, context in
      try await Self.home(request, context: context, folder: folder)
    }
    return router
  }

  /// The folder's home: the contests taking (or about to take) entries online and, for a
  /// browser signed in to some, those with who one is there.
  static func home(_ request: Request, context: WebContext, folder: ContestFolder) async throws
    -> Response
  {
    try await blocking { folder.rescan() }
    let now = folder.clock()
    let contests = folder.contests
    var mine: [FolderHomePage.Mine] = []
    // The contests whose session cookie the browser sent, at most ten looked up: a request
    // with a cookie for every contest does not open every one.
    let sent = contests.compactMap { contest -> (FolderContest, String)? in
      guard let token = request.cookies["sk_session_" + contest.id]?.value, !token.isEmpty
      else { return nil }
      return (contest, token)
    }.prefix(10)
    for (contest, token) in sent {
      guard let site = try await folder.site(contest.id) else { continue }
      let rules = site.app.config.rules
      let identity = try await site.serve(now: folder.clock) {
        try await site.app.call { try $0.session(token: token, rules: rules) }
      }
      if let identity {
        mine.append(FolderHomePage.Mine(contest, identity: identity))
      }
    }
    let open = contests.filter { [.open, .notYetOpen].contains($0.phase(at: now)) }
    return try PageRenderer.render(
      FolderHomePage(open: open, mine: mine, now: now), as: .contests, context: context)
  }

  /// The application: the dispatcher on an HTTP/1 server with the slow-client timeouts, the
  /// folder's mail sender and the closing of idle contests.
  func buildApplication(onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
    -> some ApplicationProtocol
  {
    let config = folder.config
    let head = TimeAmount.seconds(Int64(config.headTimeout))
    return Application(
      responder: FolderResponder(folder: folder, home: homeRouter().buildResponder()),
      server: .http1(
        configuration: .init(
          additionalChannelHandlers: [RequestHeadTimeout(limit: head)],
          idleTimeout: .seconds(Int64(config.idleTimeout)))),
      configuration: .init(address: .hostname(config.host, port: config.port), serverName: nil),
      services: [FolderService(folder: folder, sender: MailSender(config))],
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) })
  }

  /// Serves until SIGTERM or SIGINT; requests in flight finish first.
  func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await buildApplication(onRunning: onRunning).runService()
  }
}

/// Sends `/c/{contest-id}/…` to the contest's application as `/…`, and the rest to the
/// folder's home. A contest the folder does not hold is the home's 404; `/c/{contest-id}`
/// alone goes to `/c/{contest-id}/`.
struct FolderResponder: HTTPResponder {
  typealias Context = WebContext
  let folder: ContestFolder
  let home: any HTTPResponder<WebContext>

  func respond(to request: Request, context: WebContext) async throws -> Response {
    let path = request.uri.path
    guard path.hasPrefix("/c/") else {
      return try await home.respond(to: request, context: context)
    }
    let rest = path.dropFirst(3)
    let id = String(rest.prefix { $0 != "/" })
    let inner = String(rest.dropFirst(id.count))
    guard Self.isContestID(id), let site = try await folder.site(id) else {
      return try await home.respond(to: request, context: context)
    }
    guard !inner.isEmpty else {
      var headers = HTTPFields()
      headers[.location] = "/c/\(id)/"
      return Response(status: .movedPermanently, headers: headers)
    }
    var head = request.head
    head.path = inner + (request.uri.query.map { "?" + $0 } ?? "")
    let forwarded = Request(head: head, body: request.body)
    return try await site.serve(now: folder.clock) {
      try await site.responder.respond(to: forwarded, context: context)
    }
  }

  /// Whether `text` can be a contest's id (ASCII letters, digits, `-`, `_`; as a contest
  /// file's `id` is checked), before anything is looked up by it.
  static func isContestID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 64
      && text.utf8.allSatisfy {
        ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
          || $0 == 0x2D || $0 == 0x5F
      }
  }
}

/// The folder's background work: every `every` seconds, the outbox of each open contest is
/// delivered (and of a closed one whose file changed since it was last looked at and that
/// has a message due — mail queued from the command line —, read without opening it), the
/// day's reminders looked for (every ten minutes in an open contest, every six hours in a
/// closed one, the first six hours after the server starts: starting opens no contest); and
/// contests idle for the folder's `idle` are closed.
struct FolderService: Service {
  let folder: ContestFolder
  let sender: MailSender?

  func run() async throws {
    let logger = Logger(label: "sangkien.folder")
    await cancelWhenGracefulShutdown {
      var looked: [String: Date] = [:]
      var reminded: [String: Date] = [:]
      let started = Date()
      let every = sender?.every ?? min(60, max(0.05, folder.idle / 4))
      while !Task.isCancelled {
        if let sender {
          let open = Set(folder.openSites.map(\.contest.id))
          for contest in folder.contests {
            let now = Date()
            let last = reminded[contest.id] ?? started
            let remind = now.timeIntervalSince(last) > (open.contains(contest.id) ? 600 : 21_600)
            let changed =
              Workflow.lastChange(of: contest.path) > (looked[contest.id] ?? .distantPast)
            if !open.contains(contest.id) && !remind {
              // Closed: opened only for mail due (read without opening it) or reminders.
              guard changed else { continue }
              looked[contest.id] = now
              guard (try? await blocking({ folder.hasMailDue(contest) })) == true else {
                continue
              }
            }
            guard let site = try? await folder.site(contest.id) else { continue }
            looked[contest.id] = now
            if remind { reminded[contest.id] = now }
            _ = try? await site.serve(now: folder.clock, touching: false) {
              await sender.pass(site.app, reminders: remind)
            }
          }
        }
        let now = folder.clock()
        let closed = (try? await blocking { folder.closeIdle(now: now) }) ?? []
        if !closed.isEmpty {
          // Closing wrote the log into the file: not a change to look at.
          for id in closed { looked[id] = Date().addingTimeInterval(2) }
          logger.info("closed, idle: \(closed.joined(separator: ", "))")
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
