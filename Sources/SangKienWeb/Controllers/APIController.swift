import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// The JSON API (`/api/v1`): the same rules as the pages. Errors are `{error, errors?}`.
struct APIController: Sendable {
  let app: WebApp

  func addRoutes(to group: some RouterMethods<WebContext>) {
    group.post("/sign-in", use: signIn)
    group.post("/password", use: password)
    group.post("/sign-out", use: signOut)
    group.get("/me") { _, context in
      let identity = try signedIn(context)
      return WebApp.json(me(identity))
    }
    group.get("/rounds") { _, context in try await rounds(context) }
    group.get("/rounds/:round/worklist", use: worklist)
    group.get("/rounds/:round/sheets/:code", use: sheet)
    group.put("/rounds/:round/sheets/:code", use: saveSheet)
    group.put("/remarks/:id", use: saveRemark)
    group.post("/rounds/:round/conflicts/:code", use: declareConflict)
    group.get("/entries/:code/attachments/:id", use: attachment)
    group.get("/rounds/:round/progress", use: progress)
    group.get("/rounds/:round/ranking", use: ranking)
  }

  /// `POST /rounds/{r}/conflicts/{code}`: a judge declares a conflict with an entry.
  func declareConflict(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try changing(request, context)
    let code = try context.parameters.require("code")
    let round = try context.parameters.require("round")
    let judge = try judge(request, identity)
    let reason = Self.string(try await body(request, context)["reason"]) ?? ""
    let person = identity.person
    let site = app.config.baseURL
    let declared = try await app.call {
      try $0.declareOwnConflict(
        round: round, judge: judge, entry: code, reason: reason, site: site, by: person)
    }
    return WebApp.json(
      .object([
        "judge": .string(judge), "entry": .string(code),
        "assignments_removed": .number(String(declared.removedAssignments)),
      ]))
  }

  /// `GET /rounds/{r}/progress`: the round's progress, as `score progress`.
  func progress(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try signedIn(context).person
    let round = try context.parameters.require("round")
    let progress = try await app.call { try $0.progress(round: round, by: person) }
    return WebApp.json(ProgressDocument(progress).json)
  }

  /// `GET /rounds/{r}/ranking`: the document of `rank --format json`.
  func ranking(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try signedIn(context).person
    let round = try context.parameters.require("round")
    let filter: RankingFilter
    do {
      let query = request.uri.queryParameters
      filter = try Self.rankingFilter { query[Substring($0)].map(String.init) }
    } catch {
      // Whoever may not rank hears that, not what was wrong with the parameters.
      try await app.call { try $0.permit(.rank, person) }
      throw error
    }
    let result = try await app.call { try $0.rank(round: round, filter: filter, by: person) }
    return WebApp.json(result.document.json)
  }

  /// `?method=&category=&group=`, as `rank` takes them; a word it does not know is a 422
  /// naming the parameter.
  static func rankingFilter(_ query: (String) -> String?) throws -> RankingFilter {
    var filter = RankingFilter()
    var problems: [Problem] = []
    if let text = query("method"), !text.isEmpty {
      filter.method = Aggregation(rawValue: text)
      if filter.method == nil {
        problems.append(
          Problem(
            field: "method",
            message: WebText.unknownMethod(text)))
      }
    }
    if let text = query("category"), !text.isEmpty {
      filter.category = EntryCategory(parsing: text)
      if filter.category == nil {
        problems.append(
          Problem(
            field: "category",
            message: WebText.unknownCategory(text)))
      }
    }
    if let text = query("group"), !text.isEmpty { filter.group = text }
    if !problems.isEmpty { throw WorkflowError.invalid(problems) }
    return filter
  }

  /// An API refusal: the status and its JSON.
  struct Refusal: Error {
    var status: HTTPResponse.Status
    var body: JSONValue
  }

  static func refusal(_ status: HTTPResponse.Status, _ message: String, errors: [Problem] = [])
    -> Refusal
  {
    var body: [String: JSONValue] = ["error": .string(message)]
    if !errors.isEmpty {
      body["errors"] = .array(
        errors.map { .object(["field": .string($0.field ?? ""), "message": .string($0.message)]) })
    }
    return Refusal(status: status, body: .object(body))
  }

  func signedIn(_ context: WebContext, passwordPending: Bool = false) throws -> WebIdentity {
    guard let identity = context.identity else {
      throw Self.refusal(
        .unauthorized, WebText.notSignedIn)
    }
    if identity.mustSetPassword && !passwordPending {
      throw Self.refusal(
        .forbidden,
        WebText.passwordFirst)
    }
    return identity
  }

  /// The identity of a state-changing request from this site (its `X-CSRF-Token` checked
  /// by `CSRFMiddleware`).
  func changing(_ request: Request, _ context: WebContext, passwordPending: Bool = false) throws
    -> WebIdentity
  {
    try Self.requireSameSite(request)
    return try signedIn(context, passwordPending: passwordPending)
  }

  /// Refuses a state-changing call another site's page made: a browser says where a request
  /// comes from (`Sec-Fetch-Site`, `Origin`), and a form of another site must not sign
  /// anyone in or change anything. Clients that say nothing (scripts, tests) pass: they
  /// carry no victim's cookie.
  static func requireSameSite(_ request: Request) throws {
    let crossSite = WebText.crossSite
    if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased(),
      site != "same-origin" && site != "none"
    {
      throw refusal(.forbidden, crossSite)
    }
    if let origin = request.headers[.origin] {
      // `null` (a sandboxed or file page) is never this site.
      let authority = (request.head.authority ?? "").lowercased()
      guard let url = URL(string: origin), let host = url.host?.lowercased(),
        host + (url.port.map { ":\($0)" } ?? "") == authority
      else { throw refusal(.forbidden, crossSite) }
    }
  }

  /// The JSON object a state-changing call sends: `application/json` only (a `text/plain`
  /// body is what another site's form can send without asking), from this site.
  func body(_ request: Request, _ context: WebContext) async throws -> [String: JSONValue] {
    try Self.requireSameSite(request)
    let type = (request.headers[.contentType] ?? "").lowercased()
    guard
      type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
        == "application/json"
    else {
      throw Self.refusal(
        .unsupportedMediaType,
        WebText.jsonBodyOnly)
    }
    let buffer = try await request.body.collect(upTo: context.maxUploadSize)
    guard case .object(let members)? = JSONValue(parsing: String(buffer: buffer)) else {
      throw Self.refusal(
        .badRequest,
        WebText.jsonObjectOnly)
    }
    return members
  }

  static func string(_ value: JSONValue?) -> String? {
    if case .string(let text)? = value { return text }
    return nil
  }

  func me(_ identity: WebIdentity) -> JSONValue {
    .object([
      "login": .string(identity.login),
      "name": .string(identity.person.actor?.name ?? identity.login),
      "role": .string(identity.person.actor?.role.rawValue ?? ""),
    ])
  }

  /// Refuses 422 a field of `names` that is neither text nor null: the client's mistake,
  /// said as such (not "wrong password").
  static func requireText(_ fields: [String: JSONValue], _ names: [String]) throws {
    let mistyped = names.filter { key in
      switch fields[key] {
      case nil, .string?, .null?: false
      default: true
      }
    }
    guard mistyped.isEmpty else {
      throw refusal(
        .unprocessableContent, WebText.wrongTypes,
        errors: mistyped.map { Problem(field: $0, message: WebText.mustBeText) })
    }
  }

  func signIn(_ request: Request, _ context: WebContext) async throws -> Response {
    let fields = try await body(request, context)
    try Self.requireText(fields, ["login", "password", "code"])
    let outcome = try await app.signIn(
      login: Self.string(fields["login"]) ?? "", password: Self.string(fields["password"]),
      code: Self.string(fields["code"]), address: context.address)
    switch outcome {
    case .signedIn(let signed):
      guard case .object(var members) = me(signed.identity) else { fatalError("an object") }
      members["csrf"] = .string(signed.identity.csrf)
      members["must_set_password"] = .bool(signed.identity.mustSetPassword)
      var response = WebApp.json(.object(members))
      response.setCookie(app.sessionCookie(signed.token, context: context))
      return response
    case .wrong:
      throw Self.refusal(.unauthorized, WebText.wrongSignInShort)
    case .codeUsed(let at):
      throw Self.refusal(.unauthorized, WebText.codeUsed(at: at))
    case .codeExpired:
      throw Self.refusal(.unauthorized, WebText.codeExpired)
    case .locked(let until):
      let refusal = Self.refusal(.tooManyRequests, WebText.tooManySignInsShort)
      var response = WebApp.json(refusal.body, status: .tooManyRequests)
      response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSinceNow.rounded(.up))))
      return response
    }
  }

  func password(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try changing(request, context, passwordPending: true)
    let fields = try await body(request, context)
    guard let token = context.token else { throw Self.refusal(.unauthorized, "") }
    try await app.setPassword(
      token: token, password: Self.string(fields["new_password"]) ?? "",
      current: Self.string(fields["current_password"]))
    return WebApp.json(.object(["ok": .bool(true)]))
  }

  func signOut(_ request: Request, _ context: WebContext) async throws -> Response {
    _ = try changing(request, context, passwordPending: true)
    guard let token = context.token else { throw Self.refusal(.unauthorized, "") }
    let address = context.address
    try await app.call { try $0.signOut(token: token, address: address) }
    var response = WebApp.json(.object(["ok": .bool(true)]))
    response.setCookie(app.sessionCookie("", maxAge: 0, context: context))
    return response
  }

  static func criterion(_ criterion: Criterion) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(criterion.id), "name": .string(criterion.name),
      "max": .number(DecimalFormat.plain(criterion.max)),
      "bands": .array(
        criterion.bands.map {
          .object([
            "min": .number(DecimalFormat.plain($0.min)),
            "max": .number(DecimalFormat.plain($0.max)),
            "label": .string($0.label),
          ])
        }),
    ]
    if criterion.isLeaf {
      members["step"] = .number(DecimalFormat.plain(criterion.step ?? 1))
    } else {
      members["criteria"] = .array(criterion.children.map(Self.criterion))
    }
    return .object(members)
  }

  func rounds(_ context: WebContext) async throws -> Response {
    let identity = try signedIn(context)
    let person = identity.person
    let rounds = try await app.call { workflow -> [JSONValue] in
      let contest = try workflow.contestSummary(by: person)
      return try contest.contest.rounds.map { round in
        let rubric = try workflow.rubric(round: round.id, by: person).rubric
        return .object([
          "id": .string(round.id), "name": .string(round.name),
          "state": .string(contest.states[round.id]?.rawValue ?? "open"),
          "rubric": .object([
            "id": .string(rubric.id), "name": .string(rubric.name),
            "criteria": .array(rubric.criteria.map(Self.criterion)),
          ]),
        ])
      }
    }
    return WebApp.json(.array(rounds))
  }

  /// The judge a request is about: the signed-in judge, or `?judge=` for the staff.
  func judge(_ request: Request, _ identity: WebIdentity) throws -> String {
    if let own = identity.person.actor?.judgeId { return own }
    guard let asked = request.uri.queryParameters["judge"].map(String.init), !asked.isEmpty else {
      throw Self.refusal(
        .unprocessableContent, WebText.judgeQueryNeeded,
        errors: [
          Problem(
            field: "judge",
            message: WebText.judgeIdNeeded)
        ])
    }
    return asked
  }

  func worklist(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try signedIn(context)
    let round = try context.parameters.require("round")
    let judge = try judge(request, identity)
    let person = identity.person
    let (list, states) = try await app.call {
      try $0.worklistProgress(round: round, judge: judge, by: person)
    }
    return WebApp.json(
      .object([
        "round": .string(list.round.id), "judge": .string(judge),
        "entries": .array(
          list.items.map { item in
            .object([
              "code": .string(item.code), "title": .string(item.title),
              "summary": .string(item.summary),
              "attachments": .array(
                item.files.map {
                  .object([
                    "id": .number(String($0.id)), "name": .string($0.name),
                    "size": .number(String($0.size)), "sha256": .string($0.sha256),
                  ])
                }),
              "state": .string((states[item.code] ?? .todo).rawValue),
              "total": item.total.map { .number($0.description) } ?? .null,
            ])
          }),
      ]))
  }

  static func sheetJSON(_ view: SheetView) -> JSONValue {
    .object([
      "round": .string(view.round.id), "judge": .string(view.judge),
      "entry": .string(view.item.code),
      "state": .string(view.state.rawValue),
      "points": .object(view.points.mapValues { .number($0.description) }),
      "comment": .string(view.comment), "total": .number(view.total.description),
      "version": .number(String(view.version)),
      "editable": .bool(view.editable),
      "submitted_total": view.submittedTotal.map { .number($0.description) } ?? .null,
      "pending": .bool(view.pending),
    ])
  }

  func sheet(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try signedIn(context)
    let round = try context.parameters.require("round")
    let code = try context.parameters.require("code")
    let judge = try judge(request, identity)
    let person = identity.person
    let view = try await app.call {
      try $0.sheetView(round: round, judge: judge, entry: code, by: person)
    }
    return WebApp.json(Self.sheetJSON(view))
  }

  func saveSheet(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try changing(request, context)
    let round = try context.parameters.require("round")
    let code = try context.parameters.require("code")
    let judge = try judge(request, identity)
    let sheet = try SheetBody(json: try await body(request, context))
    let person = identity.person
    do {
      let view = try await app.call {
        try $0.saveSheet(
          round: round, judge: judge, entry: code, points: sheet.points, comment: sheet.comment,
          version: sheet.version, submit: sheet.submit, by: person)
      }
      return WebApp.json(Self.sheetJSON(view))
    } catch WorkflowError.wrongState(let message) {
      // A stale version: both are shown, the one sent and the one stored.
      var body: [String: JSONValue] = ["error": .string(message)]
      if let current = try? await app.call({
        try $0.sheetView(round: round, judge: judge, entry: code, by: person)
      }) {
        body["current"] = Self.sheetJSON(current)
      }
      return WebApp.json(.object(body), status: .conflict)
    }
  }

  /// `PUT /remarks/{complaint}`: a re-marker saves their sheet (a draft as they type, or
  /// submitted), as a round's sheet is saved.
  func saveRemark(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try changing(request, context)
    guard let id = Int64(try context.parameters.require("id")) else {
      throw Self.refusal(.notFound, "#?")
    }
    let asker = identity.person
    try await app.call { try $0.permit(.complaintRemark, asker) }
    let judge = try judge(request, identity)
    let sheet = try SheetBody(json: try await body(request, context))
    let person = identity.person
    do {
      let view = try await app.call {
        try $0.saveRemark(
          complaint: id, judge: judge, points: sheet.points, comment: sheet.comment,
          version: sheet.version, submit: sheet.submit, by: person)
      }
      return WebApp.json(Self.sheetJSON(view.sheet))
    } catch WorkflowError.wrongState(let message) {
      var body: [String: JSONValue] = ["error": .string(message)]
      if let current = try? await app.call({
        try $0.remarkView(complaint: id, judge: judge, by: person)
      }) {
        body["current"] = Self.sheetJSON(current.sheet)
      }
      return WebApp.json(.object(body), status: .conflict)
    }
  }

  func attachment(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try signedIn(context)
    let code = try context.parameters.require("code")
    guard let id = Int64(try context.parameters.require("id")) else {
      throw Self.refusal(.notFound, "#?")
    }
    let person = identity.person
    let (file, bytes) = try await app.call { try $0.attachmentFile(code, id: id, by: person) }
    return JudgeController.download(file, bytes)
  }
}
