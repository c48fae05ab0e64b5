import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SangKienModel
import SangKienWorkflow

/// The server-rendered pages: signing in, the password, a judge's worklist and sheets.
/// A judge's worklist, their sheets (drafts saved as they type, submitted), the dossier's
/// blind files and declaring a conflict of interest.
struct JudgeController: Sendable {
  let pages: PageRenderer
  var app: WebApp { pages.app }

  /// A judge's worklist, sheets and files: signed in.
  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/worklist", use: worklist)
    router.get("/sheets/:round/:code", use: sheet)
    router.post("/sheets/:round/:code", use: saveSheet)
    router.get("/files/:code/:id", use: file)
    router.post("/sheets/:round/:code/conflict", use: conflict)
    router.get("/remarks/:id", use: remark)
    router.post("/remarks/:id", use: saveRemark)
    router.post("/remarks/:id/conflict", use: remarkConflict)
  }

  func worklist(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let round = request.uri.queryParameters["round"].map(String.init)
    let asked = request.uri.queryParameters["judge"].map(String.init)
    guard let judge = identity.person.actor?.judgeId ?? asked else {
      return try pages.message(WebText.whoseWorklist, status: .notFound, context: context)
    }
    let person = identity.person
    let (list, states) = try await app.call {
      try $0.worklistProgress(round: round, judge: judge, by: person)
    }
    let declared = request.uri.queryParameters["declared"].map(String.init)
    // A judge's own re-marking list (the staff look at complaints on their own pages).
    var remarks: [RemarkItem] = []
    if identity.person.actor?.role == .judge {
      remarks = try await app.call { try $0.remarkList(judge: judge, by: person) }
    }
    return try pages.render(
      WorklistPage(list, states: states, asked: asked, declared: declared, remarks: remarks),
      as: .worklist, context: context)
  }

  /// The complaint a re-marking page is about, and whose sheet: a judge's own; a member of
  /// the secretariat names the judge (`?judge=`), to enter a paper sheet.
  func remarkTarget(_ request: Request, _ context: WebContext, _ identity: WebIdentity)
    async throws -> (Int64, String)
  {
    // Who may not re-mark at all is told so (and audited) before anything else.
    let person = identity.person
    try await app.call { try $0.permit(.complaintRemark, person) }
    guard let id = Int64(try context.parameters.require("id")),
      let judge = identity.person.actor?.judgeId
        ?? request.uri.queryParameters["judge"].map(String.init)
    else { throw WorkflowError.notFound(WebText.noSuchRemark) }
    return (id, judge)
  }

  func remark(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let (id, judge) = try await remarkTarget(request, context, identity)
    let person = identity.person
    let view = try await app.call { try $0.remarkView(complaint: id, judge: judge, by: person) }
    return try pages.render(
      SheetPage(remark: view, identity: identity), as: .sheet, title: view.sheet.item.code,
      context: context)
  }

  func saveRemark(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let (id, judge) = try await remarkTarget(request, context, identity)
    let text = String(buffer: try await request.body.collect(upTo: context.maxUploadSize))
    let fields = WebApp.fields(text)
    let person = identity.person
    let (points, bad) = SheetPoints.read(form: fields)
    let sheet = try WebApp.decode(SheetForm.self, text)
    do {
      if !bad.isEmpty { throw WorkflowError.invalid(bad) }
      let view = try await app.call {
        try $0.saveRemark(
          complaint: id, judge: judge, points: points, comment: sheet.comment ?? "",
          version: sheet.startedFrom, submit: sheet.submits, by: person)
      }
      return try pages.render(
        SheetPage(
          remark: view, identity: identity,
          notice: sheet.submits ? WebText.sheetSubmitted : WebText.draftSaved),
        as: .sheet, title: view.sheet.item.code, context: context)
    } catch let error as WorkflowError {
      guard
        let view = try? await app.call({
          try $0.remarkView(complaint: id, judge: judge, by: person)
        })
      else {
        return try pages.message(error.description, status: WebApp.status(error), context: context)
      }
      return try pages.render(
        SheetPage(remark: view, identity: identity, typed: fields, error: error), as: .sheet,
        title: view.sheet.item.code, context: context, status: WebApp.status(error))
    }
  }

  func remarkConflict(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    guard let judge = identity.person.actor?.judgeId,
      let id = Int64(try context.parameters.require("id"))
    else { throw AccessRefusal.otherRole(WebText.onlyJudges) }
    let form = try await WebApp.form(ConflictForm.self, request, context: context)
    let person = identity.person
    let site = app.config.baseURL
    try await app.call {
      try $0.declareRemarkConflict(
        complaint: id, judge: judge, reason: form.reason ?? "", site: site, by: person)
    }
    return WebApp.redirect("/worklist?declared=\(id)")
  }

  func sheet(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let round = try context.parameters.require("round")
    let code = try context.parameters.require("code")
    guard
      let judge = identity.person.actor?.judgeId
        ?? request.uri.queryParameters["judge"].map(String.init)
    else {
      return try pages.message(
        WorkflowError.notFound("judge").description, status: .notFound, context: context)
    }
    let person = identity.person
    let view = try await app.call {
      try $0.sheetView(round: round, judge: judge, entry: code, by: person)
    }
    return try sheetPage(view, identity: identity, context: context)
  }

  func sheetPage(
    _ view: SheetView, identity: WebIdentity, context: WebContext, typed: [String: String]? = nil,
    error: WorkflowError? = nil, notice: String? = nil, submitted next: Worklist.Item?? = nil,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let page = SheetPage(
      view, identity: identity, typed: typed, error: error, notice: notice, submitted: next)
    return try pages.render(
      page, as: .sheet, title: view.item.code, context: context, status: status)
  }

  /// A form a judge posts from an entry's page: who, what they sent, and which sheet.
  struct JudgeForm {
    var identity: WebIdentity
    /// The body as sent, and its fields (the first value of each name).
    var text: String
    var fields: [String: String]
    var round: String
    var code: String
    var judge: String

    /// The body decoded into `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try WebApp.decode(type, text) }
  }

  /// The form a judge posted; anyone else is refused.
  func judgeForm(_ request: Request, _ context: WebContext) async throws -> JudgeForm {
    let identity = try context.signedIn()
    let text = String(buffer: try await request.body.collect(upTo: context.maxUploadSize))
    guard let judge = identity.person.actor?.judgeId else {
      throw AccessRefusal.otherRole(
        WebText.onlyJudges
      )
    }
    return JudgeForm(
      identity: identity, text: text, fields: WebApp.fields(text),
      round: try context.parameters.require("round"),
      code: try context.parameters.require("code"), judge: judge)
  }

  func saveSheet(_ request: Request, _ context: WebContext) async throws -> Response {
    let form = try await judgeForm(request, context)
    let (identity, fields, round, code, judge) = (
      form.identity, form.fields, form.round, form.code, form.judge
    )
    let person = identity.person
    let (points, bad) = SheetPoints.read(form: fields)
    let sheet = try form.decode(SheetForm.self)
    let (submit, version, comment) = (sheet.submits, sheet.startedFrom, sheet.comment ?? "")
    do {
      if !bad.isEmpty { throw WorkflowError.invalid(bad) }
      let view = try await app.call {
        try $0.saveSheet(
          round: round, judge: judge, entry: code, points: points, comment: comment,
          version: version, submit: submit, by: person)
      }
      // After a submission, the next entry still to score (after this one, in the list's
      // order, then from the top) and the list.
      var next: Worklist.Item?? = nil
      if submit {
        let (list, states) = try await app.call {
          try $0.worklistProgress(round: round, judge: judge, by: person)
        }
        let items = list.items
        let at = items.firstIndex { $0.code == view.item.code } ?? -1
        let order = items[(at + 1)...] + items[..<max(at, 0)]
        next = .some(order.first { states[$0.code] != .submitted })
      }
      return try sheetPage(
        view, identity: identity, context: context,
        notice: submit ? WebText.sheetSubmitted : WebText.draftSaved, submitted: next)
    } catch let error as WorkflowError {
      let view = try? await app.call {
        try $0.sheetView(round: round, judge: judge, entry: code, by: person)
      }
      guard let view else {
        return try pages.message(error.description, status: WebApp.status(error), context: context)
      }
      // What was typed stays in the form, with every problem by its field.
      return try sheetPage(
        view, identity: identity, context: context, typed: fields, error: error,
        status: WebApp.status(error))
    }
  }

  func conflict(_ request: Request, _ context: WebContext) async throws -> Response {
    let form = try await judgeForm(request, context)
    let (identity, round, code, judge) = (form.identity, form.round, form.code, form.judge)
    let person = identity.person
    let site = app.config.baseURL
    let reason = try form.decode(ConflictForm.self).reason ?? ""
    _ = try await app.call {
      try $0.declareOwnConflict(
        round: round, judge: judge, entry: code, reason: reason, site: site, by: person)
    }
    let declared = code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    return WebApp.redirect("/worklist?round=\(round)&declared=\(declared)")
  }

  func file(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let code = try context.parameters.require("code")
    guard let id = Int64(try context.parameters.require("id")) else {
      return try pages.message("#?", status: .notFound, context: context)
    }
    let person = identity.person
    let (file, bytes) = try await app.call { try $0.attachmentFile(code, id: id, by: person) }
    return Self.download(file, bytes)
  }

  static func download(_ file: Attachment, _ bytes: [UInt8]) -> Response {
    WebApp.download(bytes, name: file.name, type: file.mediaType)
  }
}
