import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// The contest as `contest show` describes it.
public struct ContestSummary: Sendable {
  /// The contest.
  public var contest: Contest
  /// Its rubrics.
  public var rubrics: [Rubric]
  /// Entries in each status.
  public var counts: [EntryStatus: Int]
  /// Each round's state.
  public var states: [String: RoundState]
}

/// A contest database created.
public struct ContestCreated: Sendable {
  /// The contest loaded.
  public var loaded: LoadedContest
  /// Where the database that was replaced is kept, if one was.
  public var keptAs: String?
}

/// What a backup or restore did.
public struct CopyResult: Sendable {
  /// Audit records in the copy.
  public var records: Int
  /// The copy's audit head.
  public var head: String
  /// For a restore: where the data before it is kept.
  public var keptAs: String?
}

extension Workflow {
  /// Creates a contest database at `path` from a contest file; `person` becomes the first
  /// member of the secretariat. An existing database is kept beside it when `replace`.
  public static func createContest(
    at path: String, from file: String, by name: String, now: Date, replace: Bool = false
  ) throws(WorkflowError) -> ContestCreated {
    let cleaned = VietnameseText.clean(name)
    guard !cleaned.isEmpty else {
      throw .invalid([Problem(field: "actor", message: WorkflowText.emptyActor)])
    }
    do {
      let loaded = try ContestFile.load(path: file)
      let kept = try ContestDatabase.create(
        path: path, contest: loaded.contest, rubrics: loaded.rubrics,
        context: AuditContext(actor: cleaned, now: now), replace: replace)
      return ContestCreated(loaded: loaded, keptAs: kept)
    } catch {
      throw WorkflowError(error)
    }
  }

  /// Checks a rubric file on its own (no database).
  public static func checkRubric(_ path: String) throws(WorkflowError) -> Rubric {
    do { return try RubricFile.load(path: path) } catch { throw WorkflowError(error) }
  }

  /// The contest: its papers, rounds, rubrics and entry counts.
  public func contestSummary(by person: Person) throws(WorkflowError) -> ContestSummary {
    try authorize(.contestShow, person)
    return try attempt {
      try database.snapshot {
        ContestSummary(
          contest: try database.contest(), rubrics: try database.rubrics(),
          counts: try database.entryCounts(), states: try database.roundStates())
      }
    }
  }

  /// The rubric of a round (the first round by default).
  public func rubric(round id: String?, by person: Person) throws(WorkflowError) -> (
    round: Round, rubric: Rubric
  ) {
    try authorize(.rubricShow, person)
    return try attempt {
      let contest = try database.contest()
      guard let round = id.map({ contest.round($0) }) ?? contest.rounds.first else {
        throw WorkflowError.invalid([
          Problem(
            field: "round",
            message: WorkflowText.noRound(id ?? "", known: contest.rounds.map(\.id)))
        ])
      }
      guard let rubric = try database.rubrics().first(where: { $0.id == round.rubricId }) else {
        throw WorkflowError.failed(WorkflowText.rubricMissing(round.rubricId))
      }
      return (round, rubric)
    }
  }

  /// The audit log, oldest first; `subject` keeps one entry's records, `limit` the newest.
  public func auditLog(subject: String? = nil, limit: Int? = nil, by person: Person)
    throws(WorkflowError) -> [AuditRecord]
  {
    try authorize(.auditLog, person)
    return try attempt { try database.auditLog(subject: subject, limit: limit) }
  }

  /// How long a web session lasts (the contest file's `sessions`, 30 minutes idle and 12
  /// hours at most by default): what a server needs before anyone has signed in.
  public func sessionLimits() throws(WorkflowError) -> SessionLimits {
    try attempt { try database.contest().sessionLimits }
  }

  /// Checks the audit chain, and that the data is what the log replays to.
  public func verifyAudit(by person: Person) throws(WorkflowError) -> AuditVerification {
    try authorize(.auditVerify, person)
    return try attempt { try database.verifyAudit() }
  }

  /// Whether the log still leads, unchanged, to a head kept elsewhere: a 64-digit hash, or a
  /// publication code `#N`.
  public func checkHead(_ given: String, by person: Person) throws(WorkflowError) -> HeadCheck {
    try authorize(.auditVerify, person)
    let text = given.trimmingCharacters(in: .whitespaces)
    let publication = text.hasPrefix("#") ? Int64(text.dropFirst()) : nil
    let isHash = text.count == 64 && text.allSatisfy(\.isHexDigit)
    guard publication != nil || isHash else {
      throw .invalid([Problem(field: "head", message: WorkflowText.notAHead(text))])
    }
    return try attempt {
      try database.checkHead(isHash ? text.lowercased() : nil, publication: publication)
    }
  }

  /// The hash of the last audit record.
  public func auditHead(by person: Person) throws(WorkflowError) -> String {
    try authorize(.auditHead, person)
    return try attempt { try database.auditHead() }
  }

  /// A consistent copy of the database at `path`, checked once written.
  public func backup(to path: String, replace: Bool, by person: Person) throws(WorkflowError)
    -> CopyResult
  {
    try authorize(.backup, person)
    return try attempt {
      // Who took a copy of everything (password and session hashes included) is on the
      // record, in the copy too.
      try database.recordBackup(to: path, context: context(person))
      try database.backup(to: path, replace: replace)
      let check = try ContestDatabase.checkCopy(path: path)
      return CopyResult(records: check.records, head: check.head, keptAs: nil)
    }
  }

  /// Creates the database at `target`, on a machine that has none, from the backup at
  /// `path`: checked first (integrity, audit chain, replay); `actor` must be of the
  /// backup's secretariat. The restore is recorded in the restored log.
  public static func restoreNew(
    from path: String, to target: String, actor: String,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws(WorkflowError) -> CopyResult {
    do {
      let result = try ContestDatabase.restoreNew(
        from: path, to: target,
        context: AuditContext(actor: VietnameseText.clean(actor), now: clock()))
      return CopyResult(records: result.records, head: result.head, keptAs: nil)
    } catch {
      throw WorkflowError(error)
    }
  }

  /// Replaces the database with a checked backup; what was there is kept beside it.
  public func restore(from path: String, by person: Person) throws(WorkflowError) -> CopyResult {
    try authorize(.restore, person)
    return try attempt {
      let context = context(person)
      let stamp = AuditContext.format(context.now).replacingOccurrences(of: ":", with: "")
        .replacingOccurrences(of: ".", with: "")
      let base =
        database.path.hasSuffix(".sqlite") ? String(database.path.dropLast(7)) : database.path
      let keep = base + ".before-restore-\(stamp).sqlite"
      let result = try database.restore(from: path, keepAs: keep, context: context)
      return CopyResult(records: result.records, head: result.head, keptAs: keep)
    }
  }
}
