import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// The uploads pages and the score workbooks' downloads.
struct UploadController: Sendable {
  let pages: PageRenderer
  let store: UploadStore
  var app: WebApp { pages.app }
  /// The largest upload: 20 MB (a register of thousands of entries is a few MB).
  static let limit = 20 << 20

  /// Why a judge is refused the uploads (the route group's middleware says it).
  static var staffOnlyText: String {
    WebText.uploadsStaffOnly
  }

  /// The uploads: the secretariat's only (`RequireSignedInMiddleware` with the staff role).
  func addRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/uploads") { request, context in try await index(request, context) }
    router.post("/uploads/:kind", use: preview)
    router.post("/uploads/:kind/confirm", use: confirm)
    router.post("/uploads/:kind/recheck", use: recheck)
  }

  /// The score workbooks' downloads: signed in (a judge gets only theirs from the workflow).
  func addWorkbookRoutes(to router: some RouterMethods<WebContext>) {
    router.get("/workbooks", use: workbooks)
  }

  func index(_ request: Request, _ context: WebContext, notice: String? = nil) async throws
    -> Response
  {
    let identity = try context.signedIn()
    let person = identity.person
    // The secretariat's page: whoever may not import entries is refused here (audited).
    try await app.call { try $0.permit(.entryImport, person) }
    let summary = try await app.call { try $0.contestSummary(by: person) }
    let judges = try await app.call { try $0.judges(by: person) }
    let page = UploadsPage(summary: summary, judges: judges, csrf: identity.csrf, notice: notice)
    return try pages.render(page, as: .index, context: context)
  }

  /// What an import would do, or the problems that stop it.
  enum Outcome {
    case ready(summary: String, details: [String] = [], warnings: [Problem])
    case refused(WorkflowError)
    /// Other files are being read: come back shortly.
    case busy
  }

  func run(
    _ kind: UploadKind, _ staged: UploadStore.Staged, dryRun: Bool, person: Person
  ) async throws -> Outcome {
    guard store.startParse() else { return .busy }
    defer { store.endParse() }
    let source = FileSource.bytes(staged.bytes, name: staged.name)
    let round = staged.round
    let options = staged.options
    do {
      return try await app.call { w in
        switch kind {
        case .entries:
          let report = try w.importEntries(
            source, allowances: options.allowances, dryRun: dryRun, encoding: options.encoding,
            by: person)
          return .ready(
            summary: WebText.entriesImported(
              report.count, first: report.firstCode, last: report.lastCode, dryRun: dryRun),
            warnings: report.warnings)
        case .judges:
          let result = try w.importJudges(
            source, encoding: options.encoding, dryRun: dryRun, by: person)
          return .ready(
            summary: WebText.judgesImported(result.judges.count, dryRun: dryRun),
            warnings: result.warnings)
        case .assignments:
          let result = try w.importAssignments(source, round: round, dryRun: dryRun, by: person)
          return .ready(
            summary: WebText.assignmentsImported(
              result.added, round: result.round, dryRun: dryRun),
            warnings: [])
        case .scores:
          let result = try w.importSheets(
            source, round: round, replace: options.replace, dryRun: dryRun, by: person)
          return .ready(
            summary: WebText.sheetsImported(
              added: result.added, replaced: result.replaced, unchanged: result.unchanged,
              notScored: result.notScored, dryRun: dryRun),
            details: result.judges.map(\.sentence), warnings: result.warnings)
        }
      }
    } catch let error as WorkflowError {
      return .refused(error)
    }
  }

  func preview(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let kind = try Self.kind(context)
    let person = identity.person
    // Who may not import this kind hears so before the file is read (audited).
    try await app.call { try $0.permit(Self.useCase(kind), person) }
    // The file's own mistakes (too large, none, not a table) are refusals the error page says.
    let staged = try await Self.stage(request, kind: kind, identity: identity)
    return try await check(kind, staged, identity: identity, context: context)
  }

  /// The file of an upload form, checked for what it is (a table, under the limit) and
  /// staged for its check; refused with the status and why.
  static func stage(_ request: Request, kind: UploadKind, identity: WebIdentity) async throws
    -> UploadStore.Staged
  {
    let parts: [FormPart]
    do {
      parts = try await Multipart.parts(request, limit: limit, csrf: identity.csrf)
    } catch let error as HTTPError {
      throw AccessRefusal.said(
        error.status,
        error.status == .contentTooLarge
          ? WebText.fileOver20MB : error.body ?? error.status.reasonPhrase)
    }
    guard let file = parts.first(where: { $0.name == "file" }), let name = file.filename,
      !name.isEmpty
    else { throw AccessRefusal.said(.unprocessableContent, WebText.noFileChosen) }
    let shown = (name as NSString).lastPathComponent
    if let refusal = UploadCheck.refusal(file.bytes, name: shown) {
      throw AccessRefusal.said(.unsupportedMediaType, refusal)
    }
    let round = parts.first { $0.name == "round" }.map { String(decoding: $0.bytes, as: UTF8.self) }
    return UploadStore.Staged(
      login: identity.login, kind: kind, round: round?.isEmpty == false ? round : nil, name: shown,
      bytes: file.bytes, at: Date())
  }

  /// A form naming a staged upload (check again, confirm): its sender of the staff, the
  /// CSRF token, the kind, the sender's right to import it (refused first, audited,
  /// whatever the token), and the upload taken from the store (used once).
  func takeStaged(_ request: Request, _ context: WebContext) async throws
    -> (
      identity: WebIdentity, fields: [String: String], kind: UploadKind,
      staged: UploadStore.Staged
    )
  {
    let identity = try context.signedIn()
    let fields = try await WebApp.form(request, context: context)
    let kind = try Self.kind(context)
    try await app.call { try $0.permit(Self.useCase(kind), identity.person) }
    guard let staged = store.take(fields["token"] ?? "", login: identity.login, kind: kind) else {
      throw AccessRefusal.said(.conflict, Self.expired)
    }
    return (identity, fields, kind, staged)
  }

  /// The staged file checked again with the choices the check's page sent (late entries with
  /// a reason, likely duplicates, a legacy encoding, replacing sheets): no second upload.
  func recheck(_ request: Request, _ context: WebContext) async throws -> Response {
    let taken = try await takeStaged(request, context)
    let (identity, fields, kind) = (taken.identity, taken.fields, taken.kind)
    var staged = taken.staged
    let (options, problem) = UploadOptions.read(fields, kind: kind)
    staged.options = options
    if let problem {
      // The form's own mistake: said at its field, the file kept for the next try.
      return try render(
        kind, staged, outcome: .refused(.invalid([problem])), identity: identity,
        context: context)
    }
    return try await check(kind, staged, identity: identity, context: context)
  }

  /// Checks a staged file (a dry run of the import) and shows the answer.
  func check(
    _ kind: UploadKind, _ staged: UploadStore.Staged, identity: WebIdentity,
    context: WebContext
  ) async throws -> Response {
    let outcome = try await run(kind, staged, dryRun: true, person: identity.person)
    if case .refused(let error) = outcome, case .notPermitted = error {
      return try pages.message(error.description, status: .forbidden, context: context)
    }
    if case .busy = outcome { return try busy(context) }
    return try render(kind, staged, outcome: outcome, identity: identity, context: context)
  }

  /// The check's page: errors (which stop the import) apart from warnings (which do not),
  /// the choices the import offers, and the confirmation once nothing stops it. The file is
  /// staged again under a new token whatever the answer, for a check with other choices.
  func render(
    _ kind: UploadKind, _ staged: UploadStore.Staged, outcome: Outcome, identity: WebIdentity,
    context: WebContext
  ) throws -> Response {
    // Staged only when something can follow: a confirmation, or a check with other choices.
    var ready = false
    if case .ready = outcome { ready = true }
    let token = ready || kind.offersChoices ? store.put(staged) : ""
    let page = PreviewPage(kind, staged, outcome: outcome, csrf: identity.csrf, token: token)
    return try pages.render(
      page, as: .preview, title: kind.title, context: context,
      status: ready ? .ok : .unprocessableContent)
  }

  /// 503: other files are being read; the answer says to come back.
  func busy(_ context: WebContext) throws -> Response {
    var response = try pages.message(
      WebText.uploadsBusy,
      status: .serviceUnavailable, context: context)
    response.headers[.retryAfter] = "30"
    return response
  }

  static var expired: String {
    WebText.stagedGone
  }

  /// The answer to someone who may not import `kind` (the refusal audited), else nil.
  /// The kind of upload the path names; 404 for another.
  static func kind(_ context: WebContext) throws -> UploadKind {
    guard let kind = UploadKind(rawValue: try context.parameters.require("kind")) else {
      throw AccessRefusal.said(
        .notFound, WebText.noSuchUpload)
    }
    return kind
  }

  func confirm(_ request: Request, _ context: WebContext) async throws -> Response {
    let taken = try await takeStaged(request, context)
    let (identity, fields, kind, staged) = taken
    switch try await run(kind, staged, dryRun: false, person: identity.person) {
    case .busy:
      // The file waits under its token: the same confirmation works a moment later.
      _ = store.put(staged, token: fields["token"])
      return try busy(context)
    case .ready(let summary, let details, _):
      return try await index(
        request, context,
        notice: staged.name + ": " + ([summary] + details).joined(separator: " · "))
    case .refused(let error):
      // The contest changed since the check (another desk): nothing written, all said.
      return try pages.render(
        PreviewPage(kind, staged, notWritten: error), as: .preview, title: kind.title,
        context: context, status: WebApp.status(error))
    }
  }

  static func useCase(_ kind: UploadKind) -> UseCase {
    switch kind {
    case .entries: .entryImport
    case .judges: .judgeImport
    case .assignments: .assignImport
    case .scores: .scoreImport
    }
  }

  static var problemHeaders: [String] {
    [
      WebText.whereColumn, WebText.columnColumn,
      WebText.problemColumn,
    ]
  }

  /// `dòng 7` or the workbook's `Danh sách!I12`.
  static func place(_ problem: Problem) -> String {
    if let cell = problem.cell { return cell }
    if let line = problem.line { return WebText.line(line) }
    return ""
  }

  // MARK: Score workbooks

  func workbooks(_ request: Request, _ context: WebContext) async throws -> Response {
    let identity = try context.signedIn()
    let person = identity.person
    let query = WebApp.query(request)
    let round = query["round"].flatMap { $0.isEmpty ? nil : $0 }
    if let judge = query["judge"], !judge.isEmpty {
      let (name, bytes) = try await app.call { w in
        let book = try w.scoreWorkbook(round: round, judge: judge, by: person)
        return (book.fileName, try book.bytes())
      }
      return WebApp.download(
        bytes, name: name,
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }
    let (name, bytes) = try await app.call { w in
      let books = try w.scoreWorkbooks(round: round, by: person)
      let archive = try Archive(data: Data(), accessMode: .create)
      for book in books {
        let data = Data(try book.bytes())
        try archive.addEntry(
          with: book.fileName, type: .file, uncompressedSize: Int64(data.count),
          compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
      }
      return (
        "phieu-cham-\(books.first?.stamp.round ?? "vong").zip", [UInt8](archive.data ?? Data())
      )
    }
    return WebApp.download(bytes, name: name, type: "application/zip")
  }
}
