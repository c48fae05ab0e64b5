import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// What the secretariat uploads: entries, judges, assignments and score sheets, as CSV or
/// Excel. An upload is checked in full first (a dry run of the same import the command line
/// runs) and every problem shown with its line or cell; nothing is written until the
/// secretariat confirms, and then the whole file lands in one transaction or none of it.
enum UploadKind: String, CaseIterable, Sendable {
  case entries, judges, assignments, scores

  var title: String {
    switch self {
    case .entries: WebText.entriesKind
    case .judges: WebText.judgesKind
    case .assignments: WebText.assignmentsKind
    case .scores: WebText.scoreSheets
    }
  }

  /// Whether the import is for one round.
  var perRound: Bool { self == .assignments || self == .scores }
  /// Whether the check offers to accept entries received late, with a reason.
  var offersLate: Bool { self == .entries }
  /// Whether the check offers to accept likely duplicates.
  var offersDuplicates: Bool { self == .entries }
  /// Whether the check offers to convert from a legacy Vietnamese encoding.
  var offersEncoding: Bool { self == .entries || self == .judges }
  /// Whether the check offers to replace sheets already stored.
  var offersReplace: Bool { self == .scores }
  /// Whether the check offers anything: then the staged file can be checked again with it.
  var offersChoices: Bool { offersLate || offersDuplicates || offersEncoding || offersReplace }
}

/// What the secretariat chose on the check's page: the command line's `--late-ok --reason`,
/// `--allow-duplicates`, `--from-encoding` and `--replace`. Kept with the staged file, so
/// the confirmation writes exactly what was checked.
struct UploadOptions: Sendable, Hashable {
  var late = false
  var reason = ""
  var duplicates = false
  var encoding: LegacyEncoding?
  var replace = false

  /// The choices a form sent, only those `kind` offers; a late acceptance without its
  /// reason is a problem with the form's `reason` field.
  static func read(_ fields: [String: String], kind: UploadKind) -> (UploadOptions, Problem?) {
    var options = UploadOptions()
    func on(_ name: String) -> Bool { !(fields[name] ?? "").isEmpty }
    if kind.offersLate {
      options.late = on("late")
      options.reason = VietnameseText.clean(fields["reason"] ?? "")
    }
    if kind.offersDuplicates { options.duplicates = on("duplicates") }
    if kind.offersEncoding { options.encoding = LegacyEncoding(rawValue: fields["encoding"] ?? "") }
    if kind.offersReplace { options.replace = on("replace") }
    if options.late && options.reason.isEmpty {
      return (
        options,
        Problem(
          field: "reason",
          message: WebText.lateReasonNeeded)
      )
    }
    return (options, nil)
  }

  var allowances: Allowances {
    Allowances(lateReason: late ? reason : nil, duplicates: duplicates)
  }
}

/// Uploads waiting for their confirmation: kept in memory (a restart asks for the file
/// again), for the person who sent them, for 30 minutes at most.
final class UploadStore: @unchecked Sendable {
  struct Staged {
    var login: String
    var kind: UploadKind
    var round: String?
    var name: String
    var bytes: [UInt8]
    var at: Date
    var options = UploadOptions()
  }
  private let lock = NSLock()
  private var staged: [String: Staged] = [:]
  private var parsing = 0
  static let lifetime: TimeInterval = 30 * 60
  static let most = 20
  /// Files read at once: a workbook's parts are unpacked in memory while it is read, so two
  /// at a time bound what uploads can take; a third is asked to come back (503).
  static let parsesAtOnce = 2

  /// A place to read a file, or nil when `parsesAtOnce` are being read.
  func startParse() -> Bool {
    lock.withLock {
      guard parsing < Self.parsesAtOnce else { return false }
      parsing += 1
      return true
    }
  }

  /// The file is read.
  func endParse() { lock.withLock { parsing = max(0, parsing - 1) } }

  func put(_ item: Staged, token given: String? = nil) -> String {
    let token = given ?? Workflow.randomToken()
    lock.withLock {
      staged = staged.filter { Date().timeIntervalSince($0.value.at) < Self.lifetime }
      while staged.count >= Self.most, let oldest = staged.min(by: { $0.value.at < $1.value.at }) {
        staged[oldest.key] = nil
      }
      staged[token] = item
    }
    return token
  }

  /// The upload `token` names, if it is `login`'s and still fresh; it is used once.
  func take(_ token: String, login: String, kind: UploadKind) -> Staged? {
    lock.withLock {
      guard let item = staged[token], item.login == login, item.kind == kind,
        Date().timeIntervalSince(item.at) < Self.lifetime
      else { return nil }
      staged[token] = nil
      return item
    }
  }
}

/// One part of a `multipart/form-data` body.
struct FormPart {
  var name: String
  var filename: String?
  var bytes: [UInt8]
}

enum Multipart {
  /// The parts of a `multipart/form-data` request (parsed by vapor/multipart-kit), read up
  /// to `limit` bytes (past it, 413), refused 403 unless its `csrf` part is `csrf` (the
  /// session's token: `CSRFMiddleware` leaves such bodies to this reader).
  static func parts(_ request: Request, limit: Int, csrf: String) async throws -> [FormPart] {
    let type = request.headers[.contentType] ?? ""
    guard type.lowercased().hasPrefix("multipart/form-data"),
      let range = type.range(of: "boundary=")
    else {
      throw HTTPError(
        .badRequest,
        message: WebText.multipartOnly)
    }
    var boundary = String(type[range.upperBound...].prefix { $0 != ";" })
    if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
      boundary = String(boundary.dropFirst().dropLast())
    }
    let body = try await request.body.collect(upTo: limit)
    final class Collector {
      var parts: [FormPart] = []
      var headers: [String: String] = [:]
      var bytes: [UInt8] = []
    }
    let collector = Collector()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { name, value in collector.headers[name.lowercased()] = value }
    parser.onBody = { buffer in
      collector.bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
    }
    parser.onPartComplete = {
      let disposition = collector.headers["content-disposition"] ?? ""
      collector.parts.append(
        FormPart(
          name: Self.parameter("name", in: disposition) ?? "",
          filename: Self.parameter("filename", in: disposition), bytes: collector.bytes))
      collector.headers = [:]
      collector.bytes = []
    }
    do {
      try parser.execute(body)
    } catch {
      throw HTTPError(
        .badRequest,
        message: WebText.formDamaged)
    }
    let sent = collector.parts.first { $0.name == "csrf" }?.bytes ?? []
    guard CSRF.matches(String(decoding: sent, as: UTF8.self), csrf) else {
      throw AccessRefusal.csrf
    }
    return collector.parts
  }

  /// `name="…"` of a Content-Disposition value.
  static func parameter(_ key: String, in header: String) -> String? {
    for piece in header.split(separator: ";") {
      let part = piece.trimmingCharacters(in: .whitespaces)
      guard part.lowercased().hasPrefix(key + "=") else { continue }
      var value = String(part.dropFirst(key.count + 1))
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
        value = String(value.dropFirst().dropLast())
      }
      return value
    }
    return nil
  }
}

/// Whether an upload is what its form asks for, found from its bytes: an Excel workbook
/// (.xlsx) or text a CSV reader reads (UTF-8, or UTF-16 as Excel's "Unicode Text" saves).
enum UploadCheck {
  static func refusal(_ bytes: [UInt8], name: String) -> String? {
    if bytes.isEmpty {
      return WebText.emptyFile(name)
    }
    // Excel's UTF-16 text: the CSV reader takes it.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    let path = NSTemporaryDirectory() + "sangkien-upload-\(Workflow.randomToken())"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      return WebText.fileNotStaged
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let type = try? MediaSniffer.sniff(path: path, name: name) else {
      return WebText.fileUnreadable
    }
    switch type.mediaType {
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain":
      return nil
    default:
      return WebText.notATable(name, type: type.label)
    }
  }
}

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
    let parts: [FormPart]
    do {
      parts = try await Multipart.parts(request, limit: Self.limit, csrf: identity.csrf)
    } catch let error as HTTPError {
      let text =
        error.status == .contentTooLarge
        ? WebText.fileOver20MB
        : error.body ?? error.status.reasonPhrase
      return try pages.message(text, status: error.status, context: context)
    }
    func field(_ name: String) -> String {
      String(decoding: parts.first { $0.name == name }?.bytes ?? [], as: UTF8.self)
    }
    guard let file = parts.first(where: { $0.name == "file" }), let name = file.filename,
      !name.isEmpty
    else {
      return try pages.message(
        WebText.noFileChosen,
        status: .unprocessableContent, context: context)
    }
    let shown = (name as NSString).lastPathComponent
    if let refusal = UploadCheck.refusal(file.bytes, name: shown) {
      return try pages.message(refusal, status: .unsupportedMediaType, context: context)
    }
    let round = field("round").isEmpty ? nil : field("round")
    let staged = UploadStore.Staged(
      login: identity.login, kind: kind, round: round, name: shown, bytes: file.bytes, at: Date())
    return try await check(kind, staged, identity: identity, context: context)
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
