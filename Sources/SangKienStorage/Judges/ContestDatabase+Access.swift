import Foundation
import GRDB
import SangKienModel

/// Who may sign in to the web application, and how.
public struct StoredCredential: Hashable, Sendable {
  /// The login: a judge's id or a staff member's name.
  public var login: String
  /// The SHA-256 of the one-time code, until it is used.
  public var codeHash: String?
  /// When the code stops working (ISO 8601).
  public var codeExpires: String?
  /// The bcrypt hash of the password, once set.
  public var passwordHash: String?
  /// The SHA-256 of the last code used to set a password, and when it was.
  public var spentCodeHash: String? = nil
  /// When that code was used (ISO 8601).
  public var spentAt: String? = nil
}

/// A signed-in session as stored: the SHA-256 of its id, never the id.
public struct StoredSession: Hashable, Sendable {
  /// The SHA-256 of the session id.
  public var idHash: String
  /// Whose it is.
  public var login: String
  /// The token every state-changing request must carry.
  public var csrf: String
  /// When it began (ISO 8601).
  public var createdAt: String
  /// When it was last used.
  public var lastSeen: String
  /// Whether the person signed in with a code and must set a password first.
  public var mustSetPassword: Bool

  /// Creates a session.
  public init(
    idHash: String, login: String, csrf: String, createdAt: String, lastSeen: String,
    mustSetPassword: Bool
  ) {
    self.idHash = idHash
    self.login = login
    self.csrf = csrf
    self.createdAt = createdAt
    self.lastSeen = lastSeen
    self.mustSetPassword = mustSetPassword
  }
}

/// A judge's working copy of a sheet.
public struct StoredDraft: Hashable, Sendable {
  /// The round, judge and entry.
  public var key: RoundPair
  /// The points given so far.
  public var points: [String: Points]
  /// The comment.
  public var comment: String
  /// Whether it holds changes not submitted.
  public var pending: Bool
  /// How many times it was saved.
  public var version: Int
  /// When it was last saved.
  public var updatedAt: String

  /// Creates a draft.
  public init(
    key: RoundPair, points: [String: Points], comment: String, pending: Bool, version: Int,
    updatedAt: String
  ) {
    self.key = key
    self.points = points
    self.comment = comment
    self.pending = pending
    self.version = version
    self.updatedAt = updatedAt
  }
}

extension ContestDatabase {
  /// The credential of `login`, if any.
  public func credential(login: String) throws(StorageError) -> StoredCredential? {
    try read { db in
      try Row.fetchOne(
        try db.cachedStatement(
          sql:
            """
            SELECT login, code_hash, code_expires, password_hash, spent_code_hash, spent_at
            FROM credential WHERE login = ?
            """),
        arguments: [login]
      ).map {
        StoredCredential(
          login: $0[0], codeHash: $0[1], codeExpires: $0[2], passwordHash: $0[3],
          spentCodeHash: $0[4], spentAt: $0[5])
      }
    }
  }

  /// Issues a one-time code (its hash) to `login`: any password and session they had are
  /// gone. Audited, without the code.
  public func issueCode(
    login: String, codeHash: String, expires: String, mail: MailDraft? = nil,
    context: AuditContext
  ) throws {
    try write(context) { db, audit in
      try db.execute(sql: "DELETE FROM web_session WHERE login = ?", arguments: [login])
      try db.execute(
        sql: """
          INSERT INTO credential (login, code_hash, code_expires, password_hash, updated_at)
          VALUES (?, ?, ?, NULL, ?)
          ON CONFLICT (login) DO UPDATE SET code_hash = excluded.code_hash,
            code_expires = excluded.code_expires, password_hash = NULL,
            updated_at = excluded.updated_at
          """, arguments: [login, codeHash, expires, context.timestamp])
      try audit.record(
        action: .accessInvite, subject: "login:\(login)", before: nil,
        after: .object(["login": .string(login), "expires": .string(expires)]))
      // The invitation's mail, in the same transaction: no code without its message.
      if let mail { try Self.queue([mail], db: db, audit: audit, at: context.timestamp) }
    }
  }

  /// Ends every way `login` had in: code, password, sessions. Audited.
  public func revokeAccess(login: String, context: AuditContext) throws -> Bool {
    try write(context) { db, audit in
      try db.execute(sql: "DELETE FROM web_session WHERE login = ?", arguments: [login])
      try db.execute(sql: "DELETE FROM credential WHERE login = ?", arguments: [login])
      let changed = db.changesCount > 0
      try audit.record(
        action: .accessRevoke, subject: "login:\(login)", before: nil,
        after: .object(["login": .string(login)]))
      return changed
    }
  }

  /// Records a sign-in event in the audit log only: the first failure of a login from an
  /// address in a window, the start of its slow-down, or the first failure from an address
  /// for a login that does not exist. Failures themselves are counted in the serving
  /// process's memory (`SignInThrottle`), never one row per request.
  public func recordSignInEvent(
    login: String, address: String, action: AuditAction, note: String, context: AuditContext
  ) throws {
    try write(context) { _, audit in
      try audit.record(
        action: action, subject: "login:\(login)", before: nil,
        after: .object(["login": .string(login), "address": .string(address)]), note: note)
    }
  }

  /// When the secretariat last lifted `login`'s slow-down: its last invitation or unlock.
  public func accessLifted(login: String) throws(StorageError) -> String? {
    try read { db in
      try String.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT max(at) FROM audit
            WHERE subject = ? AND action IN ('access.invite', 'access.unlock')
            """), arguments: ["login:\(login)"])
    }
  }

  /// Lifts `login`'s slow-down after failed sign-ins: audited (`access.unlock`); the serving
  /// process forgets the failures before it.
  public func unlock(login: String, context: AuditContext) throws {
    try write(context) { _, audit in
      try audit.record(
        action: .accessUnlock, subject: "login:\(login)", before: nil,
        after: .object(["login": .string(login)]))
    }
  }

  /// Starts a session for `login`; with `usedCode` (the code's hash) only if it is still
  /// that person's code, checked in the same transaction (a code replaced or spent by a
  /// password meanwhile is refused: `StorageError.codeSpent`). The code stays valid until
  /// the password is set: a sign-in that never set one can be done again. One code, one
  /// live session: a new sign-in with it ends the earlier sessions still waiting for their
  /// password. Audited with the address.
  public func startSession(
    _ session: StoredSession, usedCode: String?, address: String, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      if let usedCode {
        let current = try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM credential WHERE login = ? AND code_hash = ?)",
          arguments: [session.login, usedCode])
        guard current == true else { throw StorageError.codeSpent }
        try db.execute(
          sql: "DELETE FROM web_session WHERE login = ? AND must_set_password = 1",
          arguments: [session.login])
      }
      try db.execute(
        sql: """
          INSERT INTO web_session (id_hash, login, csrf, created_at, last_seen, must_set_password)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          session.idHash, session.login, session.csrf, session.createdAt, session.lastSeen,
          session.mustSetPassword,
        ])
      try audit.record(
        action: .accessSignIn, subject: "login:\(session.login)", before: nil,
        after: .object([
          "login": .string(session.login), "address": .string(address),
          "with": .string(usedCode != nil ? "code" : "password"),
        ]))
    }
  }

  /// The session whose id hashes to `idHash`.
  public func session(idHash: String) throws(StorageError) -> StoredSession? {
    try read { db in
      try Row.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT id_hash, login, csrf, created_at, last_seen, must_set_password FROM web_session
            WHERE id_hash = ?
            """), arguments: [idHash]
      ).map {
        StoredSession(
          idHash: $0[0], login: $0[1], csrf: $0[2], createdAt: $0[3], lastSeen: $0[4],
          mustSetPassword: $0[5])
      }
    }
  }

  /// Marks the session used at `at` (no audit record: reading is not a change of the
  /// contest).
  public func touchSession(idHash: String, at: String) throws(StorageError) {
    try writeUnaudited { db in
      try db.cachedStatement(sql: "UPDATE web_session SET last_seen = ? WHERE id_hash = ?")
        .execute(arguments: [at, idHash])
    }
  }

  /// Drops a session that ran out (idle or too old); nothing to audit.
  public func dropSession(idHash: String) throws(StorageError) {
    try writeUnaudited { db in
      try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [idHash])
    }
  }

  /// Ends a session on its owner's request. Audited.
  public func endSession(idHash: String, login: String, address: String, context: AuditContext)
    throws
  {
    try write(context) { db, audit in
      try db.execute(sql: "DELETE FROM web_session WHERE id_hash = ?", arguments: [idHash])
      try audit.record(
        action: .accessSignOut, subject: "login:\(login)", before: nil,
        after: .object(["login": .string(login), "address": .string(address)]))
    }
  }

  /// Sets `login`'s password (its bcrypt hash); the session that set it needs no more, and
  /// the one-time code it signed in with is spent (its hash kept, to say so if it is tried
  /// again). Audited, without the hash.
  public func setPassword(
    login: String, hash: String, session idHash: String, context: AuditContext
  ) throws {
    try write(context) { db, audit in
      try db.execute(
        sql: """
          UPDATE credential SET password_hash = ?, updated_at = ?,
            spent_code_hash = coalesce(code_hash, spent_code_hash),
            spent_at = CASE WHEN code_hash IS NULL THEN spent_at ELSE ? END,
            code_hash = NULL, code_expires = NULL
          WHERE login = ?
          """,
        arguments: [hash, context.timestamp, context.timestamp, login])
      try db.execute(
        sql: "UPDATE web_session SET must_set_password = 0 WHERE id_hash = ?", arguments: [idHash])
      // Other sessions of the person end: a password change signs out everywhere else.
      try db.execute(
        sql: "DELETE FROM web_session WHERE login = ? AND id_hash <> ?", arguments: [login, idHash])
      try audit.record(
        action: .accessPassword, subject: "login:\(login)", before: nil,
        after: .object(["login": .string(login)]))
    }
  }

  // MARK: Drafts

  /// The judge's draft of the sheet, if they have saved one.
  public func draft(_ key: RoundPair) throws(StorageError) -> StoredDraft? {
    try read { db in
      try Row.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT d.points, d.comment, d.pending, d.version, d.updated_at FROM sheet_draft d
            JOIN entry e ON e.id = d.entry_id WHERE d.round = ? AND d.judge = ? AND e.code = ?
            """), arguments: [key.round, key.judge, key.entry]
      ).map {
        StoredDraft(
          key: key, points: StoredSheet.points(fromJSON: $0[0]), comment: $0[1], pending: $0[2],
          version: $0[3], updatedAt: $0[4])
      }
    }
  }

  /// The judge's drafts in a round, by entry code.
  public func drafts(round: String, judge: String) throws(StorageError) -> [String: StoredDraft] {
    try read { db in
      var found: [String: StoredDraft] = [:]
      for row in try Row.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT e.code, d.points, d.comment, d.pending, d.version, d.updated_at FROM sheet_draft d
            JOIN entry e ON e.id = d.entry_id WHERE d.round = ? AND d.judge = ?
            """), arguments: [round, judge])
      {
        let code: String = row[0]
        found[code] = StoredDraft(
          key: RoundPair(round: round, judge: judge, entry: code),
          points: StoredSheet.points(fromJSON: row[1]), comment: row[2], pending: row[3],
          version: row[4], updatedAt: row[5])
      }
      return found
    }
  }

  /// Writes the draft (its version is the new one), inside the caller's transaction when
  /// there is one. Drafts are not audited: they never count.
  public func putDraft(_ draft: StoredDraft) throws(StorageError) {
    try writeUnaudited { db in
      guard
        let entryId = try Int64.fetchOne(
          try db.cachedStatement(sql: "SELECT id FROM entry WHERE code = ?"),
          arguments: [draft.key.entry])
      else { throw StorageError.entryNotFound(code: draft.key.entry) }
      try db.cachedStatement(
        sql: """
          INSERT INTO sheet_draft (round, judge, entry_id, points, comment, pending, version, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (round, judge, entry_id) DO UPDATE SET points = excluded.points,
            comment = excluded.comment, pending = excluded.pending, version = excluded.version,
            updated_at = excluded.updated_at
          """
      ).execute(
        arguments: [
          draft.key.round, draft.key.judge, entryId,
          StoredSheet.pointsJSON(draft.points).canonicalText, draft.comment, draft.pending,
          draft.version, draft.updatedAt,
        ])
    }
  }

  /// Runs `body` on the writer, in the ambient transaction if there is one, without an
  /// audit record.
  func writeUnaudited(_ body: (Database) throws -> Void) throws(StorageError) {
    do {
      if let db = ambientConnection {
        try body(db)
      } else {
        try writer.write { try body($0) }
      }
    } catch {
      throw StorageError.wrap(error)
    }
  }
}

extension ContestDatabase {
  /// Per judge, how many entries of the round hold a draft and no submitted sheet yet: what
  /// the secretariat's progress page shows between "assigned" and "submitted".
  public func draftCounts(round: String) throws(StorageError) -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT d.judge, count(*) FROM sheet_draft d
            WHERE d.round = ? AND d.pending = 1 AND NOT EXISTS (
              SELECT 1 FROM score_sheet s
              WHERE s.round = d.round AND s.judge = d.judge AND s.entry_id = d.entry_id)
            GROUP BY d.judge
            """), arguments: [round])
      {
        counts[row[0]] = row[1]
      }
      return counts
    }
  }
}

/// Changes a judge typed over a submitted sheet and has not submitted: the submitted sheet
/// still counts.
public struct PendingChange: Hashable, Sendable {
  /// The round, judge and entry.
  public var key: RoundPair
  /// The points and comment submitted (what counts).
  public var submitted: (points: [String: Points], comment: String)
  /// The points and comment typed since.
  public var typed: (points: [String: Points], comment: String)

  /// Equal when the pair and both versions are equal.
  public static func == (a: PendingChange, b: PendingChange) -> Bool {
    a.key == b.key && a.submitted.points == b.submitted.points
      && a.submitted.comment == b.submitted.comment && a.typed.points == b.typed.points
      && a.typed.comment == b.typed.comment
  }

  /// Hashes the pair.
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

extension ContestDatabase {
  /// A round's pending changes: drafts holding changes over a submitted sheet that still
  /// counts (not voided), where the points or the comment differ from it. By judge, entry.
  public func pendingChanges(round: String) throws(StorageError) -> [PendingChange] {
    try read { db in
      try Row.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT d.judge, e.code, s.points, s.comment, d.points, d.comment FROM sheet_draft d
            JOIN score_sheet s ON s.round = d.round AND s.judge = d.judge AND s.entry_id = d.entry_id
            JOIN entry e ON e.id = d.entry_id
            WHERE d.round = ? AND d.pending = 1 AND s.voided IS NULL
            ORDER BY d.judge, e.id
            """), arguments: [round]
      ).compactMap { row -> PendingChange? in
        let change = PendingChange(
          key: RoundPair(round: round, judge: row[0], entry: row[1]),
          submitted: (StoredSheet.points(fromJSON: row[2]), row[3]),
          typed: (StoredSheet.points(fromJSON: row[4]), row[5]))
        // A draft saved with nothing changed (an autosave on opening the page) is no change.
        guard
          change.submitted.points != change.typed.points
            || change.submitted.comment != change.typed.comment
        else { return nil }
        return change
      }
    }
  }

  /// Discards pending changes: each draft goes back to the submitted sheet (its version
  /// moves on, so a tab still showing the change is refused as stale), one audit record per
  /// pair with what was typed.
  public func discardPending(_ changes: [PendingChange], context: AuditContext) throws {
    try write(context) { db, audit in
      let update = try db.cachedStatement(
        sql: """
          UPDATE sheet_draft SET pending = 0, version = version + 1,
            points = (SELECT s.points FROM score_sheet s WHERE s.round = sheet_draft.round
              AND s.judge = sheet_draft.judge AND s.entry_id = sheet_draft.entry_id),
            comment = (SELECT s.comment FROM score_sheet s WHERE s.round = sheet_draft.round
              AND s.judge = sheet_draft.judge AND s.entry_id = sheet_draft.entry_id)
          WHERE round = ? AND judge = ? AND entry_id = (SELECT id FROM entry WHERE code = ?)
          """)
      for change in changes {
        try update.execute(arguments: [change.key.round, change.key.judge, change.key.entry])
        try audit.record(
          action: .scoreDiscard, subject: change.key.entry,
          before: .object([
            "round": .string(change.key.round), "judge": .string(change.key.judge),
            "entry": .string(change.key.entry),
            "points": StoredSheet.pointsJSON(change.typed.points),
            "comment": .string(change.typed.comment),
          ]),
          after: .object([
            "round": .string(change.key.round), "judge": .string(change.key.judge),
            "entry": .string(change.key.entry),
            "points": StoredSheet.pointsJSON(change.submitted.points),
            "comment": .string(change.submitted.comment),
          ]))
      }
    }
  }
}
