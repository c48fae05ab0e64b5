import Foundation
import HTTPTypes
import Hummingbird
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// The secretariat's and organisers' pages: the round's progress (live), the reminder list,
/// the register and an entry's page, the ranking. Every read goes through the workflow's
/// permission table: a judge who guesses one of these addresses is refused, and audited.
struct SecretariatController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/progress", use: progress)
    router.get("/progress/reminders", use: reminders)
    router.get("/entries", use: register)
    router.get("/entries/:code", use: entry)
    router.post("/entries/status", use: setStatus)
    router.post("/entries/:code/update", use: update)
    router.post("/entries/:code/distinct", use: distinct)
    router.post("/entries/:code/files", use: attach)
    router.post("/entries/:code/files/:id/detach", use: detach)
    router.get("/progress/extra") { request, context in
      try await extra(request, context, confirm: false)
    }
    router.post("/progress/extra") { request, context in
      try await extra(request, context, confirm: true)
    }
    router.post("/entries/:code/files/:id/blind", use: blind)
    router.get("/ranking", use: ranking)
    router.get("/statistics", use: statistics)
  }

  static func query(_ request: Request, _ name: String) -> String? {
    guard let value = WebApp.query(request)[name], !value.isEmpty else { return nil }
    return value
  }

  static func now(_ date: Date) -> String { RecordWords.moment(date, seconds: true) }

  // MARK: The round's progress

  func progress(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let asked = Self.query(request, "round")
      let livePart = Self.query(request, "part") == "live"
      let reads = app.reads
      // The live part, asked for every few seconds by every open page: worked out once per
      // change to the contest (the permission checked each time), its drafts read fresh.
      let desk = try await app.call { w in
        try w.permit(.scoreProgress, person)
        let mark = try w.changeMark()
        return try w.freshDrafts(
          try reads.value("progress|\(asked ?? "")", mark: mark) {
            try w.deskProgress(round: asked, by: person)
          })
      }
      let live = try Templates.render(LiveProgress(desk, now: Self.now(Date())), as: .progressLive)
      if livePart { return WebApp.html(live) }
      let (status, rounds) = try await app.call {
        (
          try $0.roundStatus(round: asked, by: person),
          try $0.contestSummary(by: person).contest.rounds
        )
      }
      let page = ProgressPage(desk, status: status, rounds: rounds, live: live)
      return try pages.render(page, as: .progress, context: context)
    }
  }

  func reminders(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let asked = Self.query(request, "round")
      let (desk, contest) = try await app.call {
        (try $0.deskProgress(round: asked, by: person), try $0.contestSummary(by: person).contest)
      }
      let page = RemindersPage(desk, contest: contest.name, now: Self.now(Date()))
      return try pages.render(page, as: .reminders, context: context)
    }
  }

  // MARK: The register

  func register(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      var query = EntryQuery(text: Self.query(request, "q") ?? "")
      query.status = Self.query(request, "status").flatMap(EntryStatus.init(rawValue:))
      query.category = Self.query(request, "category").flatMap(EntryCategory.init(parsing:))
      query.field = Self.query(request, "field")
      query.unit = Self.query(request, "unit")
      let (found, online) = try await app.call { [query] in
        (try $0.searchEntries(query, by: person), try $0.onlineCodes(by: person))
      }
      let page = RegisterPage(found, query: query, csrf: identity.csrf, online: online)
      return try pages.render(page, as: .register, context: context)
    }
  }

  func entry(_ request: Request, _ context: WebContext) async throws -> Response {
    let done = WebApp.query(request)["done"] == "status"
    return try await entryPage(
      request, context,
      notice: done
        ? WebText.statusRecorded : nil)
  }

  func entryPage(
    _ request: Request, _ context: WebContext, notice: String? = nil, problem: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let code = try context.parameters.require("code")
      let (detail, flags) = try await app.call {
        let detail = try $0.entry(code: code, by: person)
        return (
          detail,
          try $0.nearDuplicates(codes: [detail.entry.code], includeDistinct: true, by: person)
        )
      }
      let page = EntryPage(
        detail, identity: identity, notice: notice, problem: problem, similar: flags)
      return try pages.render(
        page, as: .entry, title: detail.entry.code, context: context, status: status)
    }
  }

  /// Marks the entry and a look-alike not duplicates (the secretariat's; audited); a refusal
  /// is said on the page.
  func distinct(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { identity, fields in
      let code = try context.parameters.require("code")
      let person = identity.person
      do {
        let flag = try await app.call {
          try $0.markDistinct(
            code: code, other: fields["other"] ?? "", reason: fields["reason"] ?? "", by: person)
        }
        return try await entryPage(
          request, context,
          notice: WebText.markedDistinct(
            flag.code, "\(flag.match.document.contest)/\(flag.match.document.code)"))
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try await entryPage(
          request, context, problem: EntryPage.refusal(error), status: WebApp.status(error))
      }
    }
  }

  /// Changes an entry's fields from its page: every check of `entry update`; a problem is
  /// said with its field and nothing changes.
  func update(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { identity, fields in
      let code = try context.parameters.require("code")
      var changes: [EntryColumn: String] = [:]
      for (column, _) in EntryPage.editable {
        if let value = fields[column.rawValue] { changes[column] = value }
      }
      let person = identity.person
      let asked = changes
      do {
        let change = try await app.call {
          try $0.updateEntry(code: code, changes: asked, by: person)
        }
        return try await entryPage(request, context, notice: WebText.entryUpdated(change))
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try await entryPage(
          request, context, problem: EntryPage.refusal(error), status: WebApp.status(error))
      }
    }
  }

  /// Validates, rejects or withdraws the entries the form names (`code` repeated as
  /// `entry.CODE=on` from the register, or one `code`), all or none, with the reason.
  func setStatus(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { identity, fields in
      var codes = fields.keys.filter { $0.hasPrefix("entry.") }.map { String($0.dropFirst(6)) }
        .sorted()
      if let one = fields["code"], !one.isEmpty { codes = [one] }
      guard let status = EntryStatus(rawValue: fields["status"] ?? ""), status != .received
      else {
        return try pages.message(
          WebText.noSuchStatus,
          status: .unprocessableContent, context: context)
      }
      guard !codes.isEmpty else {
        return try pages.message(
          WebText.noEntryChosen,
          status: .unprocessableContent, context: context)
      }
      let person = identity.person
      let reason = fields["reason"].flatMap { $0.isEmpty ? nil : $0 }
      let chosen = codes
      let changed = try await app.call {
        try $0.setStatus(codes: chosen, to: status, reason: reason, by: person)
      }
      let text = WebText.statusChanged(changed.map(\.code), to: status)
      if fields["code"] != nil, let code = changed.first?.code {
        return WebApp.redirect("/entries/\(code)?done=status")
      }
      return try pages.message(
        text, status: .ok, context: context, heading: WebText.done)
    }
  }

  /// Adds one uploaded file to an entry's dossier, checked as `entry attach` checks it.
  func attach(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let code = try context.parameters.require("code")
      try await app.call { try $0.permit(.entryAttach, person) }
      do {
        let upload = try await DossierUpload.read(request, csrf: identity.csrf)
        defer { upload.remove() }
        let added = try await app.call {
          try $0.attach([upload.path], to: code, blind: upload.blind, by: person)
        }
        return try await entryPage(request, context, notice: WebText.added(added.map(\.name)))
      } catch let error as HTTPError {
        return try pages.message(
          error.body ?? error.status.reasonPhrase, status: error.status, context: context)
      } catch let problem as DossierUpload.Problem {
        return try await entryPage(
          request, context, problem: problem.message, status: problem.status)
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try await entryPage(
          request, context, problem: error.sentence, status: WebApp.status(error))
      }
    }
  }

  /// A change to one file of an entry's dossier from its page: `change` makes it and says
  /// what was done; a refusal is shown on the entry's page.
  func fileChange(
    _ request: Request, _ context: WebContext,
    _ change:
      @escaping @Sendable (Workflow, Int64, String, ReasonForm, Person) throws
      -> String
  ) async throws -> Response {
    try await pages.changing(request, context, as: ReasonForm.self) { identity, fields in
      let code = try context.parameters.require("code")
      guard let id = Int64(try context.parameters.require("id")) else {
        return try pages.message(
          WebText.noSuchFile, status: .notFound,
          context: context)
      }
      let person = identity.person
      let notice: String
      do {
        notice = try await app.call { try change($0, id, code, fields, person) }
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        let text = error.sentence
        return try await entryPage(request, context, problem: text, status: WebApp.status(error))
      }
      return try await entryPage(request, context, notice: notice)
    }
  }

  func detach(_ request: Request, _ context: WebContext) async throws -> Response {
    try await fileChange(request, context) { w, id, code, fields, person in
      _ = try w.detach(id, from: code, reason: fields.reason ?? "", by: person)
      return WebText.fileDetached
    }
  }

  func blind(_ request: Request, _ context: WebContext) async throws -> Response {
    try await fileChange(request, context) { w, id, code, fields, person in
      let file = try w.setBlind(
        id, of: code, blind: fields.blind == "1", reason: fields.reason ?? "", by: person)
      return WebText.blindChanged(file.name, shown: file.blind)
    }
  }

  // MARK: The further marking

  /// `assign extra` from the progress page: a preview (nothing written), then the
  /// confirmation writes it.
  func extra(_ request: Request, _ context: WebContext, confirm: Bool) async throws -> Response {
    try await pages.signed(context) { identity in
      let asked = try await pages.previewOrForm(
        request, context, confirm: confirm, as: RoundForm.self
      ).chosen
      let person = identity.person
      let result: ExtraAssignment
      let titles: [String: String]
      do {
        (result, titles) = try await app.call { w in
          let result = try w.assignExtra(round: asked, dryRun: !confirm, by: person)
          let titles = Dictionary(
            try w.entries(by: person).filter { result.flagged.contains($0.code) }.map {
              ($0.code, $0.draft.title)
            }
          ) { a, _ in a }
          return (result, titles)
        }
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try pages.message(error.sentence, status: WebApp.status(error), context: context)
      }
      let page = ExtraPage(result, titles: titles, confirmed: confirm, csrf: identity.csrf)
      return try pages.render(page, as: .extra, context: context)
    }
  }

  // MARK: The statistics

  /// How many resamples the page's prize stability uses (the command line's default is 1,000;
  /// a page answers in well under a second with this, kept per change to the contest).
  static let pageReplicates = 200

  func statistics(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let asked = Self.query(request, "round")
      let reads = app.reads
      let (stats, ranking, rubric, contest) = try await app.call { w in
        try w.permit(.stats, person)
        let mark = try w.changeMark()
        let stats = try reads.value("statistics|\(asked ?? "")", mark: mark) {
          try w.statistics(round: asked, replicates: Self.pageReplicates, by: person)
        }
        let ranking = try reads.value(Self.rankingKey(asked, RankingFilter()), mark: mark) {
          try w.rank(round: asked, by: person).ranking
        }
        return (
          stats, ranking, try w.rubric(round: asked, by: person).rubric,
          try w.contestSummary(by: person).contest
        )
      }
      let page = StatisticsPage(
        stats, ranking: ranking, rubric: rubric, contest: contest, replicates: Self.pageReplicates)
      return try pages.render(page, as: .statistics, context: context)
    }
  }

  // MARK: The ranking

  /// The cache key of a ranking: the statistics page and the ranking page share it.
  static func rankingKey(_ round: String?, _ filter: RankingFilter) -> String {
    "ranking|\(round ?? "")|\(filter.method?.rawValue ?? "")|\(filter.category?.rawValue ?? "")|\(filter.group ?? "")"
  }

  /// Rows on one page of the ranking.

  func ranking(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let asked = Self.query(request, "round")
      var filter = RankingFilter()
      filter.method = Self.query(request, "method").flatMap(Aggregation.init(rawValue:))
      filter.category = Self.query(request, "category").flatMap(EntryCategory.init(parsing:))
      filter.group = Self.query(request, "group")
      let reads = app.reads
      let key = Self.rankingKey(asked, filter)
      // Refreshed by organisers every few seconds: ranked once per change to the contest.
      let (ranking, contest) = try await app.call { [filter] w in
        try w.permit(.rank, person)
        let ranking = try reads.value(key, mark: try w.changeMark()) {
          try w.rank(round: asked, filter: filter, by: person).ranking
        }
        return (ranking, try w.contestSummary(by: person).contest)
      }
      let page = RankingPage(
        ranking, contest: contest, filter: filter,
        page: Self.query(request, "page").flatMap { Int($0) })
      return try pages.render(page, as: .ranking, context: context)
    }
  }
}
