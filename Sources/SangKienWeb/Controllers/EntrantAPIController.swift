import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SangKienModel
import SangKienWorkflow

/// The entrants' JSON API (`/api/v1/entrants`, `/api/v1/submissions`): the same workflow
/// calls as their pages. An upload's body is the file, streamed to disk.
struct EntrantAPIController: Sendable {
  let api: APIController
  var app: WebApp { api.app }

  func addRoutes(to group: some RouterMethods<WebContext>) {
    group.post("/entrants", use: signUp)
    group.post("/entrants/verify", use: verify)
    group.get("/submissions", use: list)
    group.post("/submissions", use: create)
    group.get("/submissions/:id", use: one)
    group.put("/submissions/:id", use: save)
    group.delete("/submissions/:id", use: discard)
    group.post("/submissions/:id/files", use: upload)
    group.delete("/submissions/:id/files/:file", use: removeFile)
    group.post("/submissions/:id/submit", use: submit)
    group.post("/submissions/:id/withdraw", use: withdraw)
    group.post("/submissions/:id/complaints", use: complain)
  }

  // MARK: JSON

  static func json(_ file: SubmissionFile) -> JSONValue {
    .object([
      "id": .number(String(file.id)), "name": .string(file.name),
      "media_type": .string(file.mediaType), "size": .number(String(file.size)),
      "sha256": .string(file.sha256), "for_judges": .bool(file.forJudges),
      "blind": .bool(file.blind),
    ])
  }

  static func json(_ c: Complaint) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .number(String(c.id)), "state": .string(c.state.rawValue), "text": .string(c.text),
      "received_on": .string(c.receivedOn.iso), "due_on": .string(c.dueOn.iso),
      "round": .string(c.round), "publication": .number(String(c.publication)),
    ]
    if let reason = c.reason { members["reason"] = .string(reason) }
    return .object(members)
  }

  static func json(
    _ s: Submission, results: [EntrantResult] = [], complaints: [Complaint] = []
  ) -> JSONValue {
    let f = s.fields
    let fields: [String: JSONValue] = [
      "title": .string(f.title), "category": .string(f.category),
      "entrant_kind": .string(f.entrantKind), "unit": .string(f.unit), "field": .string(f.field),
      "summary": .string(f.summary), "contact": .string(f.contact),
      "authors": .array(
        f.authors.map { author in
          var m: [String: JSONValue] = ["name": .string(author.name)]
          if let unit = author.unit { m["unit"] = .string(unit) }
          return .object(m)
        }),
    ]
    var members: [String: JSONValue] = [
      "id": .number(String(s.id)), "state": .string(s.state.rawValue),
      "version": .number(String(s.version)), "fields": .object(fields),
      "files": .array(s.files.map(json)), "created_at": .string(s.createdAt),
      "updated_at": .string(s.updatedAt),
    ]
    if let code = s.code { members["code"] = .string(code) }
    if let at = s.submittedAt { members["submitted_at"] = .string(at) }
    if let status = s.status { members["status"] = .string(status.rawValue) }
    if let reason = s.statusReason { members["status_reason"] = .string(reason) }
    if let request = s.supplement {
      members["supplement"] = .object([
        "reason": .string(request.reason), "until": .string(request.until.iso),
      ])
    }
    if !complaints.isEmpty { members["complaints"] = .array(complaints.map(json)) }
    if !results.isEmpty {
      members["results"] = .array(
        results.map { r in
          var m: [String: JSONValue] = [
            "round": .string(r.round), "publication": .number(String(r.publication)),
          ]
          if let score = r.score { m["score"] = .string(score) }
          if let rank = r.rank { m["rank"] = .number(String(rank)) }
          if let prize = r.prize { m["prize"] = .string(prize) }
          return .object(m)
        })
    }
    return .object(members)
  }

  func id(_ context: WebContext) throws -> Int64 {
    guard let id = Int64(try context.parameters.require("id")) else {
      throw WorkflowError.notFound(WebText.noSuchSubmission)
    }
    return id
  }

  // MARK: Accounts (anyone)

  func signUp(_ request: Request, _ context: WebContext) async throws -> Response {
    let fields = try await api.body(request, context)
    try APIController.requireText(fields, ["email", "name", "phone", "password"])
    let s = APIController.string
    let email = try await app.signUp(
      SignUpForm(
        email: s(fields["email"]) ?? "", name: s(fields["name"]) ?? "",
        phone: s(fields["phone"]) ?? "", password: s(fields["password"]) ?? ""),
      address: context.address)
    // The same answer whether or not the address had an account.
    return WebApp.json(
      .object(["email": .string(email), "message": .string(WebText.codeSent(email))]),
      status: .created)
  }

  func verify(_ request: Request, _ context: WebContext) async throws -> Response {
    let fields = try await api.body(request, context)
    try APIController.requireText(fields, ["email", "code"])
    let email = APIController.string(fields["email"]) ?? ""
    let code = APIController.string(fields["code"]) ?? ""
    let (address, limiter) = (context.address, app.intakeLimiter)
    try await app.call {
      try $0.verifyEntrant(email: email, code: code, address: address, limiter: limiter)
    }
    return WebApp.json(.object(["email": .string(email.lowercased()), "verified": .bool(true)]))
  }

  // MARK: Submissions (an entrant's own)

  func list(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.signedIn(context).person
    let submissions = try await app.call { try $0.submissions(by: person) }
    return WebApp.json(.array(submissions.map { Self.json($0) }))
  }

  func one(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.signedIn(context).person
    let id = try id(context)
    let (submission, results, complaints) = try await app.call {
      (
        try $0.submission(id, by: person), try $0.results(of: id, by: person),
        try $0.complaints(ofSubmission: id, by: person)
      )
    }
    return WebApp.json(Self.json(submission, results: results, complaints: complaints))
  }

  func create(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let fields = try SubmissionForm.fields(try await api.body(request, context))
    let draft = try await app.call { try $0.createSubmission(fields, by: person) }
    return WebApp.json(Self.json(draft), status: .created)
  }

  func save(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    let body = try await api.body(request, context)
    let fields = try SubmissionForm.fields(body)
    var given: Int?
    if case .number(let text)? = body["version"] { given = Int(text) }
    let version = given
    let saved = try await app.call {
      try $0.saveSubmission(id, fields: fields, version: version, by: person)
    }
    return WebApp.json(Self.json(saved))
  }

  func discard(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    try await app.call { try $0.discardSubmission(id, by: person) }
    return Response(status: .noContent)
  }

  /// `POST /submissions/{id}/files?name=…&blind=true|false`: the body is the file.
  func upload(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    let query = request.uri.queryParameters
    let name = query["name"].map(String.init) ?? ""
    let forJudges = query["blind"] == "true"
    // Who may not upload hears that before a byte is read.
    _ = try await app.call { try $0.submission(id, by: person) }
    let limits = try await app.call { try $0.call().contest.attachmentLimits }
    let staged: StreamedUpload
    do {
      staged = try await StreamedUpload.raw(request, name: name, limit: limits.maxFileBytes)
    } catch let problem as StreamedUpload.Problem {
      throw APIController.refusal(
        problem.status, problem.message,
        errors: [Problem(field: "file", message: problem.message)])
    }
    defer { staged.remove() }
    let file = try await app.call {
      try $0.addSubmissionFile(id, path: staged.path, forJudges: forJudges, by: person)
    }
    return WebApp.json(Self.json(file), status: .created)
  }

  func removeFile(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    guard let file = Int64(try context.parameters.require("file")) else {
      throw WorkflowError.notFound(WebText.noSuchSubmission)
    }
    try await app.call { try $0.removeSubmissionFile(id, file: file, by: person) }
    return Response(status: .noContent)
  }

  func submit(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    let body = try await api.body(request, context)
    var ticked = false
    if case .bool(let value)? = body["declaration"] { ticked = value }
    let declaration = ticked
    let site = app.config.baseURL
    let receipt = try await app.call {
      try $0.submit(id, declaration: declaration, site: site, by: person)
    }
    return WebApp.json(
      .object([
        "code": .string(receipt.code),
        "received_at": .string(Timestamp.format(receipt.receivedAt)),
        "receipt": .string(Mount.path("/submissions/\(id)/receipt")),
        "submission": Self.json(receipt.submission),
      ]))
  }

  /// `POST /submissions/{id}/complaints {text}`: a complaint about the entry's result.
  func complain(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    let body = try await api.body(request, context)
    try APIController.requireText(body, ["text"])
    let text = APIController.string(body["text"]) ?? ""
    let site = app.config.baseURL
    let complaint = try await app.call {
      try $0.complain(submission: id, text: text, site: site, by: person)
    }
    return WebApp.json(Self.json(complaint), status: .created)
  }

  func withdraw(_ request: Request, _ context: WebContext) async throws -> Response {
    let person = try api.changing(request, context).person
    let id = try id(context)
    let body = try await api.body(request, context)
    try APIController.requireText(body, ["reason"])
    let reason = APIController.string(body["reason"]) ?? ""
    let site = app.config.baseURL
    let done = try await app.call {
      try $0.withdrawSubmission(id, reason: reason, site: site, by: person)
    }
    return WebApp.json(Self.json(done))
  }
}
