import Foundation
import HTTPTypes
import Hummingbird
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// The organisers' pages: the rounds (close, open, advance with a preview of the cut), the
/// prizes with the ties on a boundary for the jury to decide, publishing and the published
/// files, and checking a file someone brings. Every change is a form with the session's CSRF
/// token and goes through the workflow, which decides who may.
struct OrganiserController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/rounds") { request, context in try await rounds(request, context) }
    router.get("/settings", use: settings)
    router.post("/rounds/:round/state", use: setState)
    router.get("/rounds/:round/advance") { request, context in
      try await advance(request, context, confirm: false)
    }
    router.post("/rounds/:round/advance") { request, context in
      try await advance(request, context, confirm: true)
    }
    router.get("/prizes") { request, context in try await prizes(request, context) }
    router.post("/prizes/decide", use: decide)
    router.post("/publish", use: publish)
    router.get("/published/:id/:name", use: published)
    router.post("/check-publication", use: checkPublication)
  }

  // MARK: Contest settings

  /// The contest's settings in force, read-only, key by key as a contest file names them:
  /// what `sangkien contest update FILE` changes (on the record).
  func settings(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let settings = try await app.call { try $0.contestSettings(by: person) }
      return try pages.render(SettingsPage(settings), as: .settings, context: context)
    }
  }

  // MARK: Rounds

  func rounds(
    _ request: Request, _ context: WebContext, notice: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      // The organisers' page: whoever may not close a round is refused here (audited).
      try await app.call { try $0.permit(.roundClose, person) }
      let summary = try await app.call { try $0.contestSummary(by: person) }
      let rounds = summary.contest.rounds
      let (publications, pending, unsettled) = try await app.call { w in
        (
          try w.publications(by: person),
          try rounds.map { try w.pendingChanges(round: $0.id, by: person) },
          try rounds.map { try w.unsettledPrizes(round: $0.id, by: person) }
        )
      }
      let page = RoundsPage(
        summary, pending: pending, unsettled: unsettled, publications: publications,
        csrf: identity.csrf, notice: notice)
      return try pages.render(page, as: .rounds, context: context, status: status)
    }
  }

  func setState(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: RoundStateForm.self) { identity, form in
      let round = try context.parameters.require("round")
      guard let state = RoundState(rawValue: form.state ?? "") else {
        return try pages.message(
          WebText.notAState,
          status: .unprocessableContent, context: context)
      }
      let person = identity.person
      let reason = form.reason
      let discard = form.discard_pending == "on"
      let change: RoundStateChange
      do {
        change = try await app.call {
          try $0.setRoundState(
            round, to: state, reason: reason, discardPending: discard, by: person)
        }
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try await rounds(
          request, context, notice: error.sentence, status: WebApp.status(error))
      }
      return try await rounds(
        request, context, notice: WebText.roundChanged(round, change, to: state))
    }
  }

  func advance(_ request: Request, _ context: WebContext, confirm: Bool) async throws -> Response {
    try await pages.signed(context) { identity in
      let form = try await pages.previewOrForm(
        request, context, confirm: confirm, as: AdvanceForm.self)
      let from = try context.parameters.require("round")
      let to = form.to ?? ""
      let top = form.top.flatMap { Int($0) }
      let minScore = form.min_score.flatMap { $0.isEmpty ? nil : $0 }
      let perCategory = form.per_category == "on"
      let person = identity.person
      let input = AdvanceInput(
        from: from, to: to, top: top, minScore: minScore, perCategory: perCategory,
        dryRun: !confirm)
      let (result, titles) = try await app.call { w in
        let result = try w.advance(input, by: person)
        let titles = Dictionary(
          try w.entries(by: person).map {
            ($0.code, $0.draft.title)
          }
        ) { a, _ in a }
        return (result, titles)
      }
      if confirm {
        return try await rounds(
          request, context,
          notice: WebText.advanced(result.advancing.count, to: to))
      }
      let page = AdvancePage(input, result: result, titles: titles, csrf: identity.csrf)
      return try pages.render(page, as: .advance, context: context)
    }
  }

  // MARK: Prizes

  func prizes(_ request: Request, _ context: WebContext, notice: String? = nil) async throws
    -> Response
  {
    try await pages.signed(context) { identity in
      let person = identity.person
      let (document, contest) = try await app.call {
        (try $0.prizes(round: nil, by: person), try $0.contestSummary(by: person).contest)
      }
      let page = PrizesPage(document, contest: contest, csrf: identity.csrf, notice: notice)
      return try pages.render(page, as: .prizes, context: context)
    }
  }

  func decide(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context) { identity, fields in
      let award = fields.keys.filter { $0.hasPrefix("award.") }.map { String($0.dropFirst(6)) }
        .sorted()
      let person = identity.person
      let group = fields["group"] ?? ""
      let prize = fields["prize"] ?? ""
      let reason = fields["reason"] ?? ""
      do {
        _ = try await app.call {
          try $0.decidePrize(
            round: fields["round"], group: group, prize: prize, award: award, reason: reason,
            by: person)
        }
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        let text = error.sentence
        return try await prizes(
          request, context, notice: WebText.notRecorded + text)
      }
      return try await prizes(
        request, context,
        notice: WebText.prizeDecided(prize, group: group, award: award))
    }
  }

  // MARK: Publishing

  func publish(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: RoundForm.self) { identity, form in
      let person = identity.person
      let (round, accept) = (form.round, form.accept)
      let publication = try await app.call {
        try $0.publish(round: round, acceptingDisagreements: accept, by: person)
      }
      let notice = WebText.published(publication)
      return try await rounds(request, context, notice: notice)
    }
  }

  static let publishedTypes: [String: String] = [
    "html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ]

  func published(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      // The published files are the staff's to hand out (a judge sees no ranking here).
      try await app.call { try $0.permit(.rank, person) }
      let id = try context.parameters.require("id")
      let name = try context.parameters.require("name")
      // Only a publication's number and one of its files' names, read from the database.
      let bytes: [UInt8]
      do {
        guard let number = Int64(id) else { throw WorkflowError.notFound(id) }
        bytes = try await app.call {
          try $0.publishedFile(publication: number, name: name, by: person)
        }
      } catch WorkflowError.notFound {
        return try pages.message(
          WebText.noSuchFile, status: .notFound,
          context: context)
      }
      let ext = (name as NSString).pathExtension.lowercased()
      return WebApp.download(
        bytes, name: name, type: Self.publishedTypes[ext] ?? "application/octet-stream")
    }
  }

  func checkPublication(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      try await app.call { try $0.permit(.auditCheckPublication, person) }
      let parts: [FormPart]
      do {
        parts = try await Multipart.parts(
          request, limit: UploadController.limit, csrf: identity.csrf)
      } catch let error as HTTPError {
        return try pages.message(
          error.body ?? error.status.reasonPhrase, status: error.status, context: context)
      }
      let files = parts.filter { $0.name == "file" && !($0.filename ?? "").isEmpty }.map {
        PublishedFile(name: (($0.filename ?? "") as NSString).lastPathComponent, bytes: $0.bytes)
      }
      let check = try await app.call { try $0.checkPublication(files, by: person) }
      return try pages.render(CheckPage(check), as: .check, context: context)
    }
  }
}
