import Foundation
import Hummingbird
import HummingbirdBcrypt
import SangKienModel
import SangKienWorkflow
import Synchronization

/// A contest of the folder, opened: its application (its own pool of connections, sessions,
/// caches, upload store and rate limits) and its routes, used by the requests under way.
final class ContestSite: Sendable {
  /// The contest as the folder listed it when the site was opened.
  let contest: FolderContest
  let app: WebApp
  let responder: any HTTPResponder<WebContext>
  /// Requests under way and when the last one ended.
  private let use: Mutex<(inFlight: Int, last: Date)>

  init(contest: FolderContest, app: WebApp, now: Date) {
    self.contest = contest
    self.app = app
    responder = app.router().buildResponder()
    use = Mutex((0, now))
  }

  /// Runs `body` as a request of this contest: its id is the task's (`ContestScope`: the
  /// prefix of its links, its cookie's name, its rounds' names), and the site is not closed
  /// while it runs. The server's own work (`touching` false: the mail sender's passes) does
  /// not keep it open.
  func serve<T: Sendable>(
    now: @Sendable () -> Date, touching: Bool = true, _ body: () async throws -> T
  ) async throws -> T {
    use.withLock { $0.inFlight += 1 }
    defer { use.withLock { $0 = ($0.inFlight - 1, touching ? now() : $0.last) } }
    return try await ContestScope.$id.withValue(contest.id) { try await body() }
  }

  /// Since when nothing has used it; nil while a request is under way or an upload waits
  /// for its confirmation (closing would lose it).
  var idleSince: Date? {
    let (inFlight, last) = use.withLock { ($0.inFlight, $0.last) }
    return inFlight == 0 && app.uploads.isEmpty ? last : nil
  }
}

/// The contests of a folder (`sangkien serve --contests DIR`): every `*.sqlite` that is a
/// contest database, by its id. A contest is opened on its first request and closed after
/// `idle` seconds without one; a file added to the folder (`contest new`) is found by the
/// next request for it or for the folder's home page (the folder is read again at most every
/// five seconds).
final class ContestFolder: Sendable {
  let folder: String
  /// The settings every contest is served with (the mail links' base gains `/c/{id}`).
  let config: WebConfig
  let idle: TimeInterval
  let clock: @Sendable () -> Date
  /// The hash of nothing, made once (`WebApp.dummyHash`).
  let dummyHash: String
  private let state: Mutex<State>
  /// Held while a file of the folder is opened, read or closed. A file this process has open
  /// through SQLite is never opened by anything else here: closing another descriptor of it
  /// would drop the locks SQLite holds on it (POSIX locks belong to the process), and a
  /// command writing the file meanwhile would corrupt it. So the folder is read again, a
  /// contest opened and an idle one closed one at a time, and an open contest is read through
  /// its own connections. Two first requests also open a contest once.
  private let opening = Mutex(())

  struct State {
    var contests: [String: FolderContest]
    var sites: [String: ContestSite] = [:]
    var scanned: Date
    /// Each contest's entries as near-duplicates compare them, by file, with when it was
    /// read (its last change then).
    var documents: [String: (changed: Date, documents: [SimilarityDocument])] = [:]
  }

  /// The folder as it is now; refused when it does not exist or two files hold one contest.
  /// The files left out are returned with why, for the server's first lines.
  init(
    folder: String, config: WebConfig, idle: TimeInterval = 900,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws(WorkflowError) {
    self.folder = folder
    self.config = config
    self.idle = idle
    self.clock = clock
    dummyHash = Bcrypt.hash(Workflow.randomToken(), cost: config.bcryptCost)
    let (contests, skipped) = try Workflow.folderContests(in: folder)
    self.skipped = skipped
    state = Mutex(
      State(
        contests: Dictionary(uniqueKeysWithValues: contests.map { ($0.id, $0) }),
        scanned: Date()))
  }

  /// The files the first reading left out, and why.
  let skipped: [FolderSkip]

  /// The contests, by id.
  var contests: [FolderContest] {
    state.withLock { $0.contests.values.sorted { $0.id < $1.id } }
  }

  /// The contests open now.
  var openSites: [ContestSite] { state.withLock { Array($0.sites.values) } }

  /// Reads the folder again (at most every five seconds unless `force`): a new file is
  /// added, a changed one read again (an open one through its own connections), a removed
  /// one dropped; a file holding a contest the folder already has is left out (the first
  /// stays). Blocks: call it off the event loops.
  func rescan(force: Bool = false) {
    let due = state.withLock { force || Date().timeIntervalSince($0.scanned) >= 5 }
    guard due, let paths = try? Workflow.contestFiles(in: folder) else { return }
    opening.withLock { _ in
      let (known, open) = state.withLock { state in
        state.scanned = Date()
        return (
          Dictionary(uniqueKeysWithValues: state.contests.values.map { ($0.path, $0) }),
          Dictionary(uniqueKeysWithValues: state.sites.values.map { ($0.contest.path, $0) })
        )
      }
      var found: [String: FolderContest] = [:]
      for path in paths {
        let contest: FolderContest?
        if let known = known[path], known.changed >= Workflow.lastChange(of: path) {
          contest = known
        } else if let site = open[path] {
          contest = try? ContestScope.$id.withValue(site.contest.id) {
            try site.app.workflow.folderContest()
          }
        } else {
          contest = try? Workflow.folderContest(at: path)
        }
        if let contest, found[contest.id] == nil { found[contest.id] = contest }
      }
      state.withLock { $0.contests = found }
    }
  }

  /// The contest `id`, if the folder holds it (the folder read again when it does not:
  /// blocks, call it off the event loops).
  func contest(_ id: String) -> FolderContest? {
    if let known = state.withLock({ $0.contests[id] }) { return known }
    rescan()
    return state.withLock { $0.contests[id] }
  }

  /// The contest `id` opened (on first use: its database, its application); nil when the
  /// folder holds no such contest.
  func site(_ id: String) async throws -> ContestSite? {
    if let open = state.withLock({ $0.sites[id] }) { return open }
    return try await blocking {
      guard let contest = self.contest(id) else { return nil }
      return try self.open(contest)
    }
  }

  private func open(_ contest: FolderContest) throws -> ContestSite {
    try opening.withLock { _ in
      if let open = state.withLock({ $0.sites[contest.id] }) { return open }
      // Opened as the contest's own: its rounds' names are remembered under its id.
      let site = try ContestScope.$id.withValue(contest.id) {
        var workflow = try Workflow.open(path: contest.path, clock: clock)
        // Near-duplicates are looked for in the other contests through the folder, which
        // reads an open one through its own connections.
        workflow.editions = { [weak self] own in self?.editionDocuments(except: own) ?? [] }
        var config = try self.config.serving(workflow)
        config.baseURL = self.config.baseURL.map { Self.trimmed($0) + "/c/" + contest.id }
        return ContestSite(
          contest: contest, app: WebApp(workflow: workflow, config: config, dummyHash: dummyHash),
          now: clock())
      }
      state.withLock { $0.sites[contest.id] = site }
      return site
    }
  }

  /// Closes the contests nothing has used for `idle` seconds: their connections are closed
  /// here (SQLite's last one folds the write-ahead log into the file); their ids. Blocks:
  /// call it off the event loops.
  @discardableResult
  func closeIdle(now: Date) -> [String] {
    opening.withLock { _ in
      var idle = state.withLock { state in
        let idle = state.sites.values.filter { site in
          site.idleSince.map { now.timeIntervalSince($0) >= self.idle } ?? false
        }
        for site in idle { state.sites[site.contest.id] = nil }
        return idle
      }
      let ids = idle.map(\.contest.id).sorted()
      idle.removeAll()
      return ids
    }
  }

  /// Whether the closed contest `contest` has mail due: read under the folder's lock (so the
  /// contest is not opened meanwhile); an open one is delivered by its own pass.
  func hasMailDue(_ contest: FolderContest) -> Bool {
    opening.withLock { _ in
      if state.withLock({ $0.sites[contest.id] }) != nil { return true }
      return Workflow.hasMailDue(at: contest.path, now: clock())
    }
  }

  /// The entries of every contest of the folder but `own`, as near-duplicates compare them:
  /// an open contest's through its connections, a closed one's from its file (under the
  /// folder's lock); each kept until its file changes.
  func editionDocuments(except own: String) -> [SimilarityDocument] {
    let (contests, sites) = state.withLock {
      ($0.contests.values.sorted { $0.id < $1.id }, $0.sites)
    }
    var documents: [SimilarityDocument] = []
    for contest in contests where contest.id != own {
      let changed = Workflow.lastChange(of: contest.path)
      if let kept = state.withLock({ $0.documents[contest.path] }), kept.changed >= changed {
        documents += kept.documents
        continue
      }
      let read: [SimilarityDocument]?
      if let site = sites[contest.id] {
        read = try? ContestScope.$id.withValue(contest.id) {
          try site.app.workflow.similarityDocuments()
        }
      } else {
        read = opening.withLock { _ in
          // Opened meanwhile: through its connections after all.
          if let site = state.withLock({ $0.sites[contest.id] }) {
            return try? ContestScope.$id.withValue(contest.id) {
              try site.app.workflow.similarityDocuments()
            }
          }
          return try? Workflow.editionDocuments(at: contest.path, except: own)
        }
      }
      guard let read else { continue }
      state.withLock { $0.documents[contest.path] = (changed, read) }
      documents += read
    }
    return documents
  }

  static func trimmed(_ url: String) -> String {
    url.hasSuffix("/") ? String(url.dropLast()) : url
  }
}
