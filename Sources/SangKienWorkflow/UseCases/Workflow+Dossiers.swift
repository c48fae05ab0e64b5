import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// A dossier file written out by `extract`.
public struct ExtractedFile: Sendable, Hashable {
  /// The attachment.
  public var attachment: Attachment
  /// Where it was written.
  public var path: String
  /// Whether the same bytes were already there (nothing written).
  public var alreadyThere: Bool
}

/// The dossier's rules, one place for `entry attach` and `entry import`.
enum DossierRules {
  /// The file at `path` as it would be attached, or why it may not be: missing, empty, too
  /// big, or of a type the dossier does not take.
  static func prepare(
    path: String, shown: String, blind: Bool, limits: AttachmentLimits
  ) -> Result<IncomingFile, DossierRefusal> {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return .failure(.init(WorkflowText.fileMissing(shown, at: path)))
    }
    if isFolder.boolValue { return .failure(.init(WorkflowText.fileIsFolder(shown))) }
    guard let name = path.attachmentName, name.count <= 255 else {
      return .failure(.init(WorkflowText.badFileName(shown)))
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? nil
    guard let size else { return .failure(.init(WorkflowText.fileUnreadable(shown))) }
    if size == 0 { return .failure(.init(WorkflowText.fileEmpty(shown))) }
    if size > limits.maxFileBytes {
      return .failure(.init(WorkflowText.fileTooBig(shown, size: size, limits: limits)))
    }
    let sniffed: SniffedType
    do {
      sniffed = try MediaSniffer.sniff(path: path, name: name)
    } catch {
      return .failure(.init(WorkflowText.fileUnreadable(shown)))
    }
    guard sniffed.accepted else {
      return .failure(.init(WorkflowText.fileTypeRefused(shown, found: sniffed.label)))
    }
    guard let (sha256, hashed) = try? Fingerprint.sha256(file: path), hashed == size else {
      return .failure(.init(WorkflowText.fileUnreadable(shown)))
    }
    return .success(
      IncomingFile(
        name: name, path: path, mediaType: sniffed.mediaType, size: size, sha256: sha256,
        blind: blind))
  }

  /// Problems with `files` joining the dossier `existing`: the same bytes twice, or the
  /// dossier past its limit.
  static func check(
    _ files: [(file: IncomingFile, shown: String)], existing: [Attachment], code: String,
    limits: AttachmentLimits
  ) -> [(shown: String?, message: String)] {
    var problems: [(String?, String)] = []
    let seen = Dictionary(existing.map { ($0.sha256, $0) }) { a, _ in a }
    var newly: [String: String] = [:]
    for (file, shown) in files {
      if let other = seen[file.sha256] {
        problems.append((shown, WorkflowText.fileTwice(shown, code: code, other: other)))
      } else if let other = newly[file.sha256] {
        problems.append((shown, WorkflowText.fileTwiceGiven(shown, other: other)))
      } else {
        newly[file.sha256] = shown
      }
    }
    let total = existing.reduce(0) { $0 + $1.size } + files.reduce(0) { $0 + $1.file.size }
    if total > limits.maxEntryBytes {
      problems.append((nil, WorkflowText.dossierTooBig(code, total: total, limits: limits)))
    }
    return problems
  }
}

/// Why a file cannot join a dossier.
struct DossierRefusal: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

extension Workflow {
  /// Attaches files to an entry's dossier: each checked (exists, not empty, within the
  /// contest's limits, of an accepted type found from its bytes, not already in the
  /// dossier), then all written in one transaction with an audit record each. Any problem
  /// refuses them all, each named.
  public func attach(
    _ paths: [String], to code: String, blind: Bool = false, by person: Person
  ) throws(WorkflowError) -> [Attachment] {
    try authorize(.entryAttach, person)
    let code = try attempt { try database.canonicalCode(code) }
    let limits = try attempt { try database.contest().attachmentLimits }
    var problems: [Problem] = []
    var files: [(file: IncomingFile, shown: String)] = []
    for path in paths {
      switch DossierRules.prepare(path: path, shown: path, blind: blind, limits: limits) {
      case .success(let file): files.append((file, path))
      case .failure(let refusal):
        problems.append(Problem(Diagnostic(file: path, message: refusal.message)))
      }
    }
    if paths.isEmpty {
      problems.append(Problem(field: "file", message: WorkflowText.noFilesGiven))
    }
    return try transaction(person) {
      let entry = try database.entry(code: code)
      if !entry.status.isOpenForDossier {
        throw WorkflowError.wrongState(WorkflowText.dossierClosed(entry))
      }
      let existing = try database.attachments(codes: [code])[code] ?? []
      for (shown, message) in DossierRules.check(
        files, existing: existing, code: code, limits: limits)
      {
        problems.append(
          shown.map { Problem(Diagnostic(file: $0, message: message)) }
            ?? Problem(field: "file", message: message))
      }
      try WorkflowError.check(problems)
      return try database.attach(files.map(\.file), to: code, context: context(person))
    }
  }

  /// An entry's dossier: every file for the staff; for a judge, the blind files of an entry
  /// they are to score, and a refusal (audited) for any other.
  public func attachments(of code: String, by person: Person) throws(WorkflowError)
    -> [Attachment]
  {
    let actor = try authorize(.entryAttachments, person)
    let code = try entryCode(code, for: person)
    if actor.role == .judge { try judgeMayRead(code, .entryAttachments, person) }
    let files = try attempt { try database.attachments(codes: [code])[code] ?? [] }
    return actor.role == .judge ? files.filter(\.blind).map(\.judgesView) : files
  }

  /// Takes a file out of an entry's dossier, with the reason; its bytes stay in the
  /// database, its audit record names it.
  public func detach(_ id: Int64, from code: String, reason: String, by person: Person)
    throws(WorkflowError) -> Attachment
  {
    try authorize(.entryDetach, person)
    let code = try attempt { try database.canonicalCode(code) }
    let reason = VietnameseText.clean(reason)
    if reason.isEmpty {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonNeeded)])
    }
    try Self.bounded(reason, field: "reason", limit: TextLimits.reason)
    return try transaction(person) {
      guard let (file, detached) = try database.attachment(id: id), file.entry == code,
        detached == nil
      else { throw StorageError.attachmentNotFound(id: id, entry: code) }
      return try database.detach(id: file.id, reason: reason, context: context(person))
    }
  }

  /// Shows a file of an entry's dossier to the judges who score the entry (`blind`: the
  /// secretariat has checked it names no author or unit) or hides it from them again, with
  /// the reason when one is given (required to show a file: it is the judges' blindness).
  public func setBlind(
    _ id: Int64, of code: String, blind: Bool, reason: String, by person: Person
  ) throws(WorkflowError) -> Attachment {
    try authorize(.entryBlind, person)
    let code = try attempt { try database.canonicalCode(code) }
    let reason = VietnameseText.clean(reason)
    if blind && reason.isEmpty {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonNeeded)])
    }
    try Self.bounded(reason, field: "reason", limit: TextLimits.reason)
    return try transaction(person) {
      guard let (file, detached) = try database.attachment(id: id), file.entry == code,
        detached == nil
      else { throw StorageError.attachmentNotFound(id: id, entry: code) }
      if file.blind == blind {
        throw WorkflowError.wrongState(WorkflowText.alreadyBlind(file.name, blind: blind))
      }
      return try database.setBlind(
        id: file.id, blind: blind, reason: reason, context: context(person))
    }
  }

  /// Writes an entry's files into `folder`, each checked against its SHA-256 as written. A
  /// judge gets the blind files of an entry they are to score, and is refused (audited) any
  /// other entry. Nothing in the folder is overwritten: a file there with the same bytes is
  /// left, one with other bytes refuses the extraction before anything is written.
  public func extract(
    _ code: String, to folder: String, blindOnly: Bool = false, by person: Person
  ) throws(WorkflowError) -> [ExtractedFile] {
    let actor = try authorize(.entryExtract, person)
    let code = try entryCode(code, for: person)
    if actor.role == .judge { try judgeMayRead(code, .entryExtract, person) }
    var files = try attempt { try database.attachments(codes: [code])[code] ?? [] }
    if blindOnly || actor.role == .judge { files = files.filter(\.blind) }
    // Names in the folder: a second file of the same name gets ` (2)` before its extension.
    var taken: Set<String> = []
    var planned: [(Attachment, String)] = []
    for file in files {
      var name = file.name
      var counter = 2
      while taken.contains(VietnameseText.fold(name)) {
        let base = (file.name as NSString).deletingPathExtension
        let ext = (file.name as NSString).pathExtension
        name = "\(base) (\(counter))" + (ext.isEmpty ? "" : ".\(ext)")
        counter += 1
      }
      taken.insert(VietnameseText.fold(name))
      planned.append((file, (folder as NSString).appendingPathComponent(name)))
    }
    var results: [ExtractedFile] = []
    var clashes: [Problem] = []
    for (file, path) in planned where FileManager.default.fileExists(atPath: path) {
      let same = (try? Fingerprint.sha256(file: path))?.sha256 == file.sha256
      if !same {
        clashes.append(Problem(Diagnostic(file: path, message: WorkflowText.wouldOverwrite)))
      }
    }
    try WorkflowError.check(clashes)
    try attempt {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    for (file, path) in planned {
      if FileManager.default.fileExists(atPath: path) {
        results.append(ExtractedFile(attachment: file, path: path, alreadyThere: true))
        continue
      }
      let partial = path + ".sangkien-partial"
      let written = try attempt { try database.extract(id: file.id, to: partial) }
      guard written == file.sha256 else {
        try? FileManager.default.removeItem(atPath: partial)
        throw .failed(WorkflowText.extractedWrong(file, found: written))
      }
      try attempt { try FileManager.default.moveItem(atPath: partial, toPath: path) }
      results.append(ExtractedFile(attachment: file, path: path, alreadyThere: false))
    }
    return results
  }

  /// Refuses (and audits) a judge reading the dossier of an entry they are not to score in
  /// any round, or are in conflict with.
  func judgeMayRead(_ code: String, _ useCase: UseCase, _ person: Person) throws(WorkflowError) {
    guard let judge = person.actor?.judgeId else { return }
    let allowed = try attempt { () throws -> Bool in
      for round in try database.contest().rounds {
        var (facts, _) = try PairFacts.read(database, round: round.id, judge: judge, entry: code)
        facts.state = .open
        facts.voided = nil
        if SheetRules.refusal(facts, judge: judge, entry: code) == nil { return true }
      }
      return false
    }
    if allowed { return }
    let reason = WorkflowText.notYourEntry(judge, code)
    try attempt {
      try database.recordRefusal(
        command: useCase.rawValue, reason: reason, context: context(person))
    }
    throw .notPermitted(reason)
  }
}

extension EntryStatus {
  /// Whether files may still join the dossier (not once rejected or withdrawn).
  var isOpenForDossier: Bool { self == .received || self == .valid }
}
