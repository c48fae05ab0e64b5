import Foundation
import GRDB
import SangKienModel

/// An entrant's account as stored, the verification code's hash included.
public struct StoredEntrant: Sendable, Hashable {
  /// The account.
  public var account: EntrantAccount
  /// The SHA-256 of the code sent to verify the address, until it is used.
  public var verifyHash: String?
  /// When that code stops working (ISO).
  public var verifyExpires: String?
  /// Wrong codes given since it was sent.
  public var verifyFailures: Int
}

extension ContestDatabase {
  // MARK: Accounts

  private static let entrantColumns =
    "id, email, name, phone, verified_at, verify_hash, verify_expires, verify_failures"

  private static func storedEntrant(_ row: Row) -> StoredEntrant {
    StoredEntrant(
      account: EntrantAccount(
        id: row[0], email: row[1], name: row[2], phone: row[3], verifiedAt: row[4]),
      verifyHash: row[5], verifyExpires: row[6], verifyFailures: row[7])
  }

  /// The account of `email` (as stored: lower case, NFC), if there is one.
  public func entrant(email: String) throws(StorageError) -> StoredEntrant? {
    try read { db in
      try Row.fetchOne(
        try db.cachedStatement(
          sql: "SELECT \(Self.entrantColumns) FROM entrant WHERE email = ?"), arguments: [email]
      ).map(Self.storedEntrant)
    }
  }

  /// The account `id`.
  public func entrant(id: Int64) throws(StorageError) -> StoredEntrant? {
    try read { db in
      try Row.fetchOne(
        try db.cachedStatement(sql: "SELECT \(Self.entrantColumns) FROM entrant WHERE id = ?"),
        arguments: [id]
      ).map(Self.storedEntrant)
    }
  }

  /// Whether `login` is already someone's: a member of staff's name or a judge's id.
  public func loginTaken(_ login: String) throws(StorageError) -> Bool {
    try read { db in
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM staff WHERE name = ?)
            OR EXISTS (SELECT 1 FROM judge WHERE id = ?)
          """, arguments: [login, login]) ?? false
    }
  }

  /// Opens an account with its password (its bcrypt hash) and the code that verifies the
  /// address (its hash), the code's mail queued in the same transaction. Audited (e-mail,
  /// name, telephone; never the password or the code). A second account for the same
  /// address fails on the table's UNIQUE constraint.
  public func openAccount(
    email: String, name: String, phone: String, passwordHash: String, verifyHash: String,
    verifyExpires: String, mail: MailDraft, context: AuditContext
  ) throws -> Int64 {
    try write(context) { db, audit in
      try db.execute(
        sql: """
          INSERT INTO entrant (email, name, phone, verify_hash, verify_expires, created_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [email, name, phone, verifyHash, verifyExpires, context.timestamp])
      let id = db.lastInsertedRowID
      try Self.setCredential(db, login: email, hash: passwordHash, at: context.timestamp)
      var after: [String: JSONValue] = [
        "id": .number(String(id)), "email": .string(email), "name": .string(name),
      ]
      if !phone.isEmpty { after["phone"] = .string(phone) }
      try audit.record(
        action: .entrantSignUp, subject: "entrant:\(email)", before: nil, after: .object(after))
      try Self.queue([mail], db: db, audit: audit, at: context.timestamp)
      return id
    }
  }

  /// An account not yet verified, signed up for again: the name, telephone and password
  /// are the new ones (whoever proves the address owns it), a new code replaces the old,
  /// and any session ends. Audited as a sign-up.
  public func renewAccount(
    id: Int64, name: String, phone: String, passwordHash: String, verifyHash: String,
    verifyExpires: String, mail: MailDraft, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      guard
        let email = try String.fetchOne(
          db, sql: "SELECT email FROM entrant WHERE id = ? AND verified_at IS NULL",
          arguments: [id])
      else { throw StorageError.database(message: "account \(id) is verified") }
      try db.execute(
        sql: """
          UPDATE entrant SET name = ?, phone = ?, verify_hash = ?, verify_expires = ?,
            verify_failures = 0
          WHERE id = ?
          """, arguments: [name, phone, verifyHash, verifyExpires, id])
      try db.execute(sql: "DELETE FROM web_session WHERE login = ?", arguments: [email])
      try Self.setCredential(db, login: email, hash: passwordHash, at: context.timestamp)
      var after: [String: JSONValue] = [
        "id": .number(String(id)), "email": .string(email), "name": .string(name),
      ]
      if !phone.isEmpty { after["phone"] = .string(phone) }
      try audit.record(
        action: .entrantSignUp, subject: "entrant:\(email)", before: nil, after: .object(after),
        note: "mã xác minh mới")
      try Self.queue([mail], db: db, audit: audit, at: context.timestamp)
    }
  }

  private static func setCredential(_ db: Database, login: String, hash: String, at: String)
    throws
  {
    try db.execute(
      sql: """
        INSERT INTO credential (login, code_hash, code_expires, password_hash, updated_at)
        VALUES (?, NULL, NULL, ?, ?)
        ON CONFLICT (login) DO UPDATE SET password_hash = excluded.password_hash,
          code_hash = NULL, code_expires = NULL, updated_at = excluded.updated_at
        """, arguments: [login, hash, at])
  }

  /// Counts a wrong verification code; returns how many there have been.
  public func countVerifyFailure(id: Int64, context: AuditContext) throws -> Int {
    try write(context) { db, _ in
      try db.execute(
        sql: "UPDATE entrant SET verify_failures = verify_failures + 1 WHERE id = ?",
        arguments: [id])
      return try Int.fetchOne(
        db, sql: "SELECT verify_failures FROM entrant WHERE id = ?", arguments: [id]) ?? 0
    }
  }

  /// Marks the address verified (the code spent). Audited.
  public func markVerified(id: Int64, context: AuditContext) throws {
    try write(context) { db, audit in
      try db.execute(
        sql: """
          UPDATE entrant SET verified_at = ?, verify_hash = NULL, verify_expires = NULL,
            verify_failures = 0
          WHERE id = ? AND verified_at IS NULL
          """, arguments: [context.timestamp, id])
      let email =
        try String.fetchOne(
          db, sql: "SELECT email FROM entrant WHERE id = ?", arguments: [id]) ?? ""
      try audit.record(
        action: .entrantVerify, subject: "entrant:\(email)", before: nil,
        after: .object(["id": .number(String(id)), "email": .string(email)]))
    }
  }

  /// The entrant behind an entry submitted online.
  public func entrant(ofEntry code: String) throws(StorageError) -> EntrantAccount? {
    try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT a.id, a.email, a.name, a.phone, a.verified_at, a.verify_hash, a.verify_expires,
            a.verify_failures
          FROM entrant a JOIN submission s ON s.entrant_id = a.id
          JOIN entry e ON e.id = s.entry_id WHERE e.code = ?
          """, arguments: [code]
      ).map { Self.storedEntrant($0).account }
    }
  }

  // MARK: Submissions

  private static let submissionColumns = """
    s.id, s.state, s.fields, s.version, s.created_at, s.updated_at, s.submitted_at, e.code,
    e.status, e.status_reason, e.supplement_reason, e.supplement_until, e.supplement_asked_at,
    s.entrant_id, s.entry_id
    """

  private static func submission(_ row: Row, files: [SubmissionFile]) -> Submission {
    let text: String = row[2]
    let fields =
      (try? JSONDecoder().decode(SubmissionFields.self, from: Data(text.utf8)))
      ?? SubmissionFields()
    var submission = Submission(
      id: row[0], state: SubmissionState(rawValue: row[1]) ?? .draft, fields: fields,
      files: files, version: row[3], createdAt: row[4], updatedAt: row[5])
    submission.submittedAt = row[6]
    submission.code = row[7]
    submission.status = (row[8] as String?).flatMap(EntryStatus.init(rawValue:))
    submission.statusReason = row[9]
    if let reason: String = row[10], let until = (row[11] as String?).flatMap(Day.init(parsing:)) {
      submission.supplement = SupplementRequest(
        reason: reason, until: until, askedAt: row[12] ?? "")
    }
    return submission
  }

  /// A submission from its row: a submitted one shows its entry's fields as they now are
  /// (a supplement may have changed them), not the draft's.
  private static func submission(_ row: Row, db: Database) throws -> Submission {
    let entryId: Int64? = row[14]
    var submission = Self.submission(
      row, files: try Self.files(db, submission: row[0], entry: entryId))
    if let code = submission.code {
      let entry = try EntryRows.one(db, code: code)
      let d = entry.draft
      submission.fields = SubmissionFields(
        title: d.title, category: d.category.rawValue, entrantKind: d.entrantKind.rawValue,
        authors: d.authors, unit: d.unit, field: d.field, summary: d.summary, contact: d.contact)
    }
    return submission
  }

  private static func files(_ db: Database, submission: Int64, entry: Int64?) throws
    -> [SubmissionFile]
  {
    // A draft's files by their submission; a submitted one's by its entry (files the
    // secretariat attached too, none detached).
    let sql =
      entry == nil
      ? """
      SELECT id, name, media_type, size, sha256, for_judges, blind FROM attachment
      WHERE submission_id = ? AND entry_id IS NULL ORDER BY id
      """
      : """
      SELECT id, name, media_type, size, sha256, for_judges, blind FROM attachment
      WHERE entry_id = ? AND detached_at IS NULL ORDER BY id
      """
    return try Row.fetchAll(db, sql: sql, arguments: [entry ?? submission]).map {
      SubmissionFile(
        id: $0[0], name: $0[1], mediaType: $0[2], size: $0[3], sha256: $0[4], forJudges: $0[5],
        blind: $0[6])
    }
  }

  /// An entrant's submissions, newest first, each with its files and its entry's status.
  public func submissions(entrantId: Int64) throws(StorageError) -> [Submission] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.submissionColumns) FROM submission s LEFT JOIN entry e ON e.id = s.entry_id
          WHERE s.entrant_id = ? ORDER BY s.id DESC
          """, arguments: [entrantId]
      ).map { row in try Self.submission(row, db: db) }
    }
  }

  /// The submission `id` and whose it is.
  public func submission(id: Int64) throws(StorageError) -> (
    submission: Submission, entrantId: Int64
  )? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT \(Self.submissionColumns) FROM submission s
            LEFT JOIN entry e ON e.id = s.entry_id WHERE s.id = ?
            """, arguments: [id])
      else { return nil }
      return (try Self.submission(row, db: db), row[13])
    }
  }

  /// The submission that became the entry `code`.
  public func submission(ofEntry code: String) throws(StorageError) -> Int64? {
    try read { db in
      try Int64.fetchOne(
        db,
        sql: "SELECT s.id FROM submission s JOIN entry e ON e.id = s.entry_id WHERE e.code = ?",
        arguments: [code])
    }
  }

  /// How many drafts the account has open.
  public func draftCount(entrantId: Int64) throws(StorageError) -> Int {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM submission WHERE entrant_id = ? AND state = 'draft'",
        arguments: [entrantId]) ?? 0
    }
  }

  /// Begins a draft with `fields` (JSON). Not audited: a draft is the entrant's own working
  /// copy, as a judge's draft sheet is.
  public func createSubmission(entrantId: Int64, fields: String, context: AuditContext) throws
    -> Int64
  {
    try write(context) { db, _ in
      try db.execute(
        sql: """
          INSERT INTO submission (entrant_id, fields, created_at, updated_at)
          VALUES (?, ?, ?, ?)
          """, arguments: [entrantId, fields, context.timestamp, context.timestamp])
      return db.lastInsertedRowID
    }
  }

  /// Saves a draft's fields if it is still at `version`; returns the new version, or nil
  /// when another save came first (a stale tab).
  public func saveSubmission(id: Int64, fields: String, version: Int, context: AuditContext)
    throws -> Int?
  {
    try write(context) { db, _ in
      try db.execute(
        sql: """
          UPDATE submission SET fields = ?, version = version + 1, updated_at = ?
          WHERE id = ? AND version = ? AND state = 'draft'
          """, arguments: [fields, context.timestamp, id, version])
      return db.changesCount == 1 ? version + 1 : nil
    }
  }

  /// Throws a draft away with its files (bytes included). Not audited: it was never an entry.
  public func discardSubmission(id: Int64, context: AuditContext) throws {
    try write(context) { db, _ in
      try db.execute(
        sql: "DELETE FROM attachment WHERE submission_id = ? AND entry_id IS NULL",
        arguments: [id])
      try db.execute(
        sql: "DELETE FROM submission WHERE id = ? AND state = 'draft'", arguments: [id])
    }
  }

  /// Adds a file to a draft: its bytes streamed from `file.path` into the database (hashed
  /// again on the way), in one short write.
  public func addDraftFile(
    _ file: IncomingFile, forJudges: Bool, submission: Int64, context: AuditContext
  ) throws -> SubmissionFile {
    try write(context) { db, _ in
      try db.execute(
        sql: """
          INSERT INTO attachment (entry_id, submission_id, name, media_type, size, sha256, blind,
            for_judges, added_by, added_at)
          VALUES (NULL, ?, ?, ?, ?, ?, 0, ?, ?, ?)
          """,
        arguments: [
          submission, file.name, file.mediaType, file.size, file.sha256, forJudges,
          context.actor, context.timestamp,
        ])
      let id = db.lastInsertedRowID
      try Attachments.reserve(file.size, row: id, db: db)
      try Attachments.write(file, row: id, db: db)
      try db.execute(
        sql: "UPDATE submission SET updated_at = ? WHERE id = ?",
        arguments: [context.timestamp, submission])
      return SubmissionFile(
        id: id, name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256,
        forJudges: forJudges, blind: false)
    }
  }

  /// Removes a file from a draft (its bytes too); false when the draft has no such file.
  public func removeDraftFile(id: Int64, submission: Int64, context: AuditContext) throws -> Bool {
    try write(context) { db, _ in
      try db.execute(
        sql: "DELETE FROM attachment WHERE id = ? AND submission_id = ? AND entry_id IS NULL",
        arguments: [id, submission])
      return db.changesCount == 1
    }
  }

  /// Submits a draft: the entry is registered from `draft` (the next code, source online),
  /// the draft's files become its dossier (no byte copied; an attach record each, as `entry
  /// attach` writes), and the receipt's mail is queued — one transaction, audited with the
  /// entrant as actor.
  public func submit(
    submission id: Int64, draft: EntryDraft, context: AuditContext,
    mail: (Entry, [Attachment]) -> [MailDraft]
  ) throws -> (entry: Entry, files: [Attachment]) {
    let contest = try contest()
    return try write(context) { db, audit in
      let importer = try EntryImporter(
        db: db, audit: audit, contest: contest, action: .entryAdd, note: "trực tuyến")
      let entry = try importer.insert(draft, lateReason: nil)
      let entryId = db.lastInsertedRowID
      // `lastInsertedRowID` is the last author's row after insertAuthors: look it up.
      let rowId =
        try Int64.fetchOne(db, sql: "SELECT id FROM entry WHERE code = ?", arguments: [entry.code])
        ?? entryId
      try db.execute(sql: "UPDATE entry SET source = 'online' WHERE id = ?", arguments: [rowId])
      try db.execute(
        sql: """
          UPDATE attachment SET entry_id = ? WHERE submission_id = ? AND entry_id IS NULL
          """, arguments: [rowId, id])
      let files = try Row.fetchAll(
        db,
        sql: """
          SELECT \(Attachments.columns) FROM attachment a JOIN entry e ON e.id = a.entry_id
          WHERE a.submission_id = ? AND a.entry_id = ? ORDER BY a.id
          """, arguments: [id, rowId]
      ).map(Attachments.attachment)
      for file in files {
        try audit.record(
          action: .entryAttach, subject: entry.code, before: nil, after: Attachments.json(file),
          note: file.name)
      }
      try db.execute(
        sql: """
          UPDATE submission SET state = 'submitted', entry_id = ?, submitted_at = ?,
            updated_at = ?, version = version + 1
          WHERE id = ? AND state = 'draft'
          """, arguments: [rowId, context.timestamp, context.timestamp, id])
      guard db.changesCount == 1 else {
        throw StorageError.database(message: "submission \(id) was submitted meanwhile")
      }
      try Self.queue(mail(entry, files), db: db, audit: audit, at: context.timestamp)
      return (entry, files)
    }
  }

  // MARK: The secretariat's side

  /// What the register shows of where an entry came from: by code, the online ones.
  public func onlineCodes() throws(StorageError) -> Set<String> {
    try read { db in
      Set(try String.fetchAll(db, sql: "SELECT code FROM entry WHERE source = 'online'"))
    }
  }

  /// Asks the entrant of `code` for a supplement until `until`, with the reason; the mail
  /// queued with it. Audited.
  public func requestSupplement(
    code: String, reason: String, until: Day, mail: [MailDraft], context: AuditContext
  ) throws {
    try write(context) { db, audit in
      let before = try Row.fetchOne(
        db,
        sql: "SELECT supplement_reason, supplement_until FROM entry WHERE code = ?",
        arguments: [code])
      guard let before else { throw StorageError.entryNotFound(code: code) }
      try db.execute(
        sql: """
          UPDATE entry SET supplement_reason = ?, supplement_until = ?, supplement_asked_at = ?
          WHERE code = ?
          """, arguments: [reason, until.iso, context.timestamp, code])
      let earlier: JSONValue? =
        (before[0] as String?).map {
          .object(["reason": .string($0), "until": .string(before[1] ?? "")])
        }
      try audit.record(
        action: .entryRequest, subject: code, before: earlier,
        after: .object(["reason": .string(reason), "until": .string(until.iso)]), note: reason)
      try Self.queue(mail, db: db, audit: audit, at: context.timestamp)
    }
  }

  /// Ends an open request for a supplement (the entry was decided on). Not audited by
  /// itself: the decision's record is.
  public func closeSupplement(code: String, context: AuditContext) throws {
    try write(context) { db, _ in
      try db.execute(
        sql: """
          UPDATE entry SET supplement_reason = NULL, supplement_until = NULL,
            supplement_asked_at = NULL
          WHERE code = ?
          """, arguments: [code])
    }
  }

  /// The request for a supplement open on `code`, if any.
  public func supplement(code: String) throws(StorageError) -> SupplementRequest? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT supplement_reason, supplement_until, supplement_asked_at FROM entry
            WHERE code = ?
            """, arguments: [code]),
        let reason: String = row[0], let until = (row[1] as String?).flatMap(Day.init(parsing:))
      else { return nil }
      return SupplementRequest(reason: reason, until: until, askedAt: row[2] ?? "")
    }
  }

  /// Marks the file `id` as one its entrant gives to the judges (blind once confirmed).
  public func markForJudges(id: Int64, context: AuditContext) throws {
    try write(context) { db, _ in
      try db.execute(sql: "UPDATE attachment SET for_judges = 1 WHERE id = ?", arguments: [id])
    }
  }

  /// The files of `code` its entrant gave to the judges that the secretariat has not yet
  /// confirmed blind.
  public func unconfirmedForJudges(code: String) throws(StorageError) -> [Int64] {
    try read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT a.id FROM attachment a JOIN entry e ON e.id = a.entry_id
          WHERE e.code = ? AND a.for_judges = 1 AND a.blind = 0 AND a.detached_at IS NULL
          ORDER BY a.id
          """, arguments: [code])
    }
  }

  /// Entries submitted online, newest first: code, when, and the submission's id.
  public func onlineEntries() throws(StorageError) -> [(code: String, submittedAt: String)] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT e.code, s.submitted_at FROM entry e JOIN submission s ON s.entry_id = e.id
          ORDER BY s.submitted_at DESC, e.id DESC
          """
      ).map { ($0[0], $0[1] ?? "") }
    }
  }

  /// When `login` last looked at the intake queue.
  public func intakeSeen(login: String) throws(StorageError) -> String? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT seen_at FROM intake_look WHERE login = ?", arguments: [login])
    }
  }

  /// Notes that `login` looked at the intake queue now.
  public func markIntakeSeen(login: String, context: AuditContext) throws {
    try write(context) { db, _ in
      try db.execute(
        sql: """
          INSERT INTO intake_look (login, seen_at) VALUES (?, ?)
          ON CONFLICT (login) DO UPDATE SET seen_at = excluded.seen_at
          """, arguments: [login, context.timestamp])
    }
  }
}
