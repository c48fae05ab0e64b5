import Foundation
import HTTPTypes
import Hummingbird
import SangKienAssignment
import SangKienModel
import SangKienWorkflow

/// The secretariat's jury page: judges and their sign-in codes, conflicts of interest, the
/// assignment (run from a preview, moved, repaired), sheets voided, restored or reopened, and
/// a backup to download. Every change is a form with the session's CSRF token and goes
/// through the workflow.
struct JuryController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/jury") { request, context in try await jury(request, context) }
    router.post("/jury/judges", use: addJudge)
    router.post("/jury/judges/update", use: updateJudge)
    router.post("/jury/judges/:id/:action", use: judgeAction)
    router.post("/jury/conflicts", use: conflict)
    router.get("/jury/assign") { request, context in
      try await assign(request, context, confirm: false)
    }
    router.post("/jury/assign") { request, context in
      try await assign(request, context, confirm: true)
    }
    router.post("/jury/move", use: move)
    router.post("/jury/sheets", use: sheet)
    // A POST with the CSRF token: a link on another site must not make a copy of everything.
    router.post("/jury/backup", use: backup)
  }

  /// The jury page, with what was just done (or refused) at its top.
  func jury(
    _ request: Request, _ context: WebContext, notice: String? = nil, problem: String? = nil,
    code: (login: String, code: String)? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      try await app.call { try $0.permit(.judgeAdd, person) }
      let (everyone, conflicts, summary) = try await app.call {
        (
          try $0.judges(includeRemoved: true, by: person),
          try $0.conflicts(includeDismissed: true, by: person),
          try $0.contestSummary(by: person)
        )
      }
      let page = JuryPage(
        judges: everyone, conflicts: conflicts, summary: summary, csrf: identity.csrf,
        notice: notice, problem: problem, code: code)
      return try pages.render(page, as: .jury, context: context, status: status)
    }
  }

  /// Runs a change; a refusal other than "not permitted" is said at the top of the page.
  func perform(
    _ request: Request, _ context: WebContext, _ body: () async throws -> String
  ) async throws -> Response {
    do {
      return try await jury(request, context, notice: try await body())
    } catch let error as WorkflowError {
      if case .notPermitted = error {
        return try pages.message(error.description, status: .forbidden, context: context)
      }
      return try await jury(
        request, context, problem: error.sentence, status: WebApp.status(error))
    }
  }

  func addJudge(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: AddJudgeForm.self) { identity, form in
      let person = identity.person
      let input = form.input
      return try await perform(request, context) {
        let judge = try await app.call { try $0.addJudge(input, by: person) }
        return WebText.judgeAdded(judge.id, judge.name)
      }
    }
  }

  /// Changes a judge's fields from the form: only those filled in.
  func updateJudge(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: UpdateJudgeForm.self) { identity, form in
      let person = identity.person
      let (id, changes) = (form.id ?? "", form.changes)
      return try await perform(request, context) {
        _ = try await app.call { try $0.updateJudge(id: id, changes: changes, by: person) }
        return WebText.judgeUpdated(id)
      }
    }
  }

  func judgeAction(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: ReasonForm.self) { identity, form in
      let person = identity.person
      let id = try context.parameters.require("id")
      let action = try context.parameters.require("action")
      if action == "invite" {
        do {
          let mail = form.mail == "on" ? InvitationMail(baseURL: app.config.baseURL) : nil
          let invitation = try await app.call { try $0.invite(id, mail: mail, by: person) }
          return try await jury(
            request, context, notice: invitation.mailedTo.map(WebText.invitationQueued),
            code: (invitation.login, invitation.code))
        } catch let error as WorkflowError {
          return try await jury(
            request, context, problem: error.sentence, status: WebApp.status(error))
        }
      }
      guard let change = Self.judgeChange(action, id: id, reason: form.reason ?? "") else {
        return try pages.message(WebText.noSuchAction, status: .notFound, context: context)
      }
      return try await perform(request, context) {
        try await app.call { try change($0, person) }
      }
    }
  }

  /// A change to a judge the jury page's buttons name (revoke, remove, reinstate): the
  /// workflow call, and the notice it makes.
  static func judgeChange(_ action: String, id: String, reason: String)
    -> (@Sendable (Workflow, Person) throws -> String)?
  {
    switch action {
    case "revoke":
      return { w, person in WebText.revoked(try w.revokeAccess(id, by: person)) }
    case "remove":
      return { w, person in
        _ = try w.removeJudge(id: id, dropScores: false, reason: reason, by: person)
        return WebText.judgeRemoved(id)
      }
    case "reinstate":
      return { w, person in
        let judge = try w.reinstateJudge(id: id, reason: reason, by: person)
        return WebText.judgeReinstated(judge.id, judge.name)
      }
    default: return nil
    }
  }

  func conflict(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: JuryDeskForm.self) { identity, form in
      let person = identity.person
      let (judge, entry, reason) = (form.judge ?? "", form.entry ?? "", form.reason ?? "")
      let dismissing = form.action == "dismiss"
      return try await perform(request, context) {
        if dismissing {
          _ = try await app.call {
            try $0.dismissConflict(judge: judge, entry: entry, reason: reason, by: person)
          }
          return WebText.conflictDismissed(judge, entry)
        }
        let declared = try await app.call {
          try $0.declareConflict(judge: judge, entry: entry, reason: reason, by: person)
        }
        return WebText.conflictRecorded(
          judge, entry, setAside: declared.setAside.count, removed: declared.removedAssignments)
      }
    }
  }

  func assign(_ request: Request, _ context: WebContext, confirm: Bool) async throws -> Response {
    try await pages.signed(context) { identity in
      let form = try await pages.previewOrForm(
        request, context, confirm: confirm, as: RoundForm.self)
      let person = identity.person
      let (round, repair) = (form.chosen, form.action == "repair")
      var chosen = AssignmentOptions()
      chosen.dryRun = !confirm
      let options = chosen
      do {
        let plan = try await app.call {
          repair
            ? try $0.repairAssignments(round: round, options: options, by: person)
            : try $0.assign(round: round, options: options, by: person)
        }
        if confirm {
          return try await jury(
            request, context,
            notice: WebText.assignWritten(
              plan.added.count, round: plan.round.name,
              placements: repair ? plan.added.map { ($0.entry, $0.judge) } : []))
        }
        let page = AssignPage(plan, repair: repair, csrf: identity.csrf)
        return try pages.render(page, as: .assign, context: context)
      } catch let error as WorkflowError {
        if case .notPermitted = error { throw error }
        return try await jury(
          request, context, problem: error.sentence, status: WebApp.status(error))
      }
    }
  }

  func move(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: JuryDeskForm.self) { identity, form in
      let person = identity.person
      let round = form.chosenRound
      let (entry, from, to) = (form.entry ?? "", form.from ?? "", form.to ?? "")
      return try await perform(request, context) {
        _ = try await app.call {
          try $0.moveAssignment(round: round, entry: entry, from: from, to: to, by: person)
        }
        return WebText.moved(entry, from: from, to: to)
      }
    }
  }

  func sheet(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.changing(request, context, as: JuryDeskForm.self) { identity, form in
      let person = identity.person
      return try await perform(request, context) {
        // An unknown action is refused on the jury page, as the workflow's refusals are.
        guard let change = Self.sheetChange(form) else {
          throw WorkflowError.invalid([
            Problem(field: "action", message: WebText.noSuchActionField)
          ])
        }
        return try await app.call { try change($0, person) }
      }
    }
  }

  /// What the jury page's buttons do to a sheet (void, restore, reopen): the workflow call
  /// and the notice it makes.
  static func sheetChange(_ form: JuryDeskForm) -> (@Sendable (Workflow, Person) throws -> String)?
  {
    let round = form.chosenRound
    let (judge, entry, reason) = (form.judge ?? "", form.entry ?? "", form.reason ?? "")
    switch form.action {
    case "void":
      return { w, person in
        _ = try w.voidSheet(round: round, judge: judge, entry: entry, reason: reason, by: person)
        return WebText.sheetVoided(judge, entry)
      }
    case "restore":
      return { w, person in
        _ = try w.restoreSheet(round: round, judge: judge, entry: entry, by: person)
        return WebText.sheetRestored(judge, entry)
      }
    case "reopen":
      return { w, person in
        _ = try w.reopenSheet(round: round, judge: judge, entry: entry, reason: reason, by: person)
        return WebText.sheetReopened(judge, entry)
      }
    default: return nil
    }
  }

  func backup(_ request: Request, _ context: WebContext) async throws -> Response {
    try await pages.signed(context) { identity in
      let person = identity.person
      let path = NSTemporaryDirectory() + "sangkien-backup-\(Workflow.randomToken()).sqlite"
      do {
        _ = try await app.call { try $0.backup(to: path, replace: false, by: person) }
      } catch {
        try? FileManager.default.removeItem(atPath: path)
        throw error
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      let day = ISO8601DateFormatter.string(
        from: Date(), timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .gmt,
        formatOptions: [.withFullDate])
      var response = WebApp.download(
        [], name: "sangkien-\(day).sqlite", type: "application/vnd.sqlite3")
      // Streamed 1 MB at a time (a database with dossiers runs to gigabytes), the copy
      // removed once sent.
      response.body = ResponseBody(contentLength: size) { writer in
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
          try await writer.write(ByteBuffer(bytes: chunk))
        }
        try await writer.finish(nil)
      }
      return response
    }
  }
}
