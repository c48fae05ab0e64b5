import GRDB

/// The schema, as named migrations. A shipped migration is never edited: a change is a new
/// migration appended here. Migrations use SQL only, no application types.
enum Migrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: contest, rubrics, rounds, entries, audit") { db in
      try db.execute(
        sql: """
          CREATE TABLE contest (
            id TEXT PRIMARY KEY NOT NULL,
            singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
            name TEXT NOT NULL CHECK (length(name) > 0),
            code_prefix TEXT NOT NULL CHECK (length(code_prefix) > 0),
            deadline TEXT NOT NULL,
            definition TEXT NOT NULL CHECK (json_valid(definition)),
            created_at TEXT NOT NULL
          );
          CREATE TABLE rubric (
            id TEXT PRIMARY KEY NOT NULL,
            definition TEXT NOT NULL CHECK (json_valid(definition))
          );
          CREATE TABLE round (
            id TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            rubric_id TEXT NOT NULL REFERENCES rubric(id),
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed'))
          );
          CREATE TABLE entry (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
            seq INTEGER UNIQUE,
            title TEXT NOT NULL CHECK (length(title) > 0),
            category TEXT NOT NULL CHECK (category IN ('idea', 'solution', 'model')),
            entrant_kind TEXT NOT NULL
              CHECK (entrant_kind IN ('individual', 'collective', 'organisation', 'business', 'agency')),
            unit TEXT NOT NULL CHECK (length(unit) > 0),
            field TEXT NOT NULL DEFAULT '',
            received_by TEXT NOT NULL DEFAULT '',
            received_on TEXT NOT NULL
              CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            summary TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'received'
              CHECK (status IN ('received', 'valid', 'rejected', 'withdrawn')),
            status_reason TEXT,
            late_reason TEXT,
            duplicate_key TEXT NOT NULL,
            CHECK (status NOT IN ('rejected', 'withdrawn') OR coalesce(length(status_reason), 0) > 0)
          );
          CREATE INDEX entry_duplicate_key ON entry(duplicate_key);
          CREATE TABLE entry_author (
            entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL CHECK (length(name) > 0),
            unit TEXT,
            PRIMARY KEY (entry_id, position)
          ) WITHOUT ROWID;
          CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL CHECK (length(actor) > 0),
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            before TEXT CHECK (before IS NULL OR json_valid(before)),
            after TEXT CHECK (after IS NULL OR json_valid(after)),
            note TEXT
          );
          CREATE INDEX audit_subject ON audit(subject);
          CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
          CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
          """)
    }
    migrator.registerMigration("v2: judges, shortlists, assignments, score sheets") { db in
      try db.execute(sql: v2)
    }
    migrator.registerMigration("v3: conflicts of interest") { db in
      try db.execute(sql: v3)
    }
    migrator.registerMigration("v4: audit hash chain") { db in
      // Hash the records already there, in order, then keep the log closed to changes.
      try db.execute(
        sql: """
          DROP TRIGGER audit_no_update;
          ALTER TABLE audit ADD COLUMN hash TEXT;
          """)
      var previous = ""
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, at, actor, action, subject, before, after, note FROM audit ORDER BY id"
      )
      for row in rows {
        let hash = AuditChain.hash(
          previous: previous,
          content: AuditChain.content(
            at: row["at"], actor: row["actor"], action: row["action"], subject: row["subject"],
            before: row["before"], after: row["after"], note: row["note"]))
        try db.execute(
          sql: "UPDATE audit SET hash = ? WHERE id = ?", arguments: [hash, row["id"] as Int64])
        previous = hash
      }
      try db.execute(
        sql: """
          CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
          """)
    }
    migrator.registerMigration("v5: staff") { db in
      try db.execute(
        sql: """
          CREATE TABLE staff (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
            role TEXT NOT NULL CHECK (role IN ('secretariat', 'organiser'))
          );
          INSERT INTO staff (name, role)
            SELECT actor, 'secretariat' FROM audit WHERE action = 'contest.init' LIMIT 1;
          """)
    }
    migrator.registerMigration("v6: sheets set aside by the jury") { db in
      try db.execute(
        sql: """
          ALTER TABLE score_sheet ADD COLUMN voided TEXT
            CHECK (voided IS NULL OR length(voided) > 0);
          """)
    }
    migrator.registerMigration("v7: the jury's prize decisions") { db in
      try db.execute(
        sql: """
          CREATE TABLE prize_decision (
            round TEXT NOT NULL REFERENCES round(id),
            grp TEXT NOT NULL CHECK (length(grp) > 0),
            prize TEXT NOT NULL CHECK (length(prize) > 0),
            codes TEXT NOT NULL CHECK (json_valid(codes) AND json_type(codes) = 'array'),
            reason TEXT NOT NULL CHECK (length(reason) > 0),
            PRIMARY KEY (round, grp, prize)
          ) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v8: judges' posts") { db in
      try db.execute(sql: "ALTER TABLE judge ADD COLUMN title TEXT NOT NULL DEFAULT ''")
    }
    migrator.registerMigration("v9: facts about the file") { db in
      try db.execute(
        sql: """
          CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
          INSERT INTO meta (key, value) VALUES ('duplicate_key_version', '1');
          """)
    }
    migrator.registerMigration("v10: entry dossiers") { db in
      try db.execute(sql: v10)
    }
    migrator.registerMigration("v11: web sign-in, sessions and drafts") { db in
      try db.execute(sql: v11)
    }
    migrator.registerMigration("v12: sheets reopened by the secretariat") { db in
      // Why a submitted sheet of a round that locks them was reopened; cleared when the judge
      // submits it again.
      try db.execute(
        sql: """
          ALTER TABLE score_sheet ADD COLUMN reopened TEXT
            CHECK (reopened IS NULL OR length(reopened) > 0);
          """)
    }
    migrator.registerMigration("v13: conflicts declared for one round") { db in
      // A judge's own declaration acts on the open round it was made in, never on a closed
      // one: NULL is every round (the secretariat's `conflict add`).
      try db.execute(sql: "ALTER TABLE conflict ADD COLUMN round TEXT REFERENCES round(id)")
    }
    migrator.registerMigration("v14: published files kept in the database") { db in
      // A publication's files, bytes included, so a backup holds them and a restored server
      // still serves them; `content` last so listing them never reads the bytes.
      try db.execute(
        sql: """
          CREATE TABLE published_file (
            publication INTEGER NOT NULL REFERENCES audit(id),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            content BLOB NOT NULL,
            PRIMARY KEY (publication, name)
          ) WITHOUT ROWID;
          CREATE INDEX published_file_sha ON published_file(sha256);
          """)
    }
    migrator.registerMigration("v15: sign-in failures counted in memory, not stored") { db in
      // One row per failed request let anonymous requests write without bound; the serving
      // process counts them now (`SignInThrottle`), and the audit log keeps what matters.
      try db.execute(sql: "DROP TABLE IF EXISTS sign_in_failure")
    }
    migrator.registerMigration("v16: a one-time code kept until the password is set") { db in
      // The code stays valid until its person sets a password (or it expires); then its hash
      // moves here, so that trying it again is answered "already used", not "wrong".
      try db.execute(
        sql: """
          ALTER TABLE credential ADD COLUMN spent_code_hash TEXT;
          ALTER TABLE credential ADD COLUMN spent_at TEXT;
          """)
    }
    migrator.registerMigration("v17: a judge's e-mail and telephone") { db in
      // Mail needs an address: offices' lists carry `Email` and `Điện thoại` columns.
      try db.execute(
        sql: """
          ALTER TABLE judge ADD COLUMN email TEXT NOT NULL DEFAULT '';
          ALTER TABLE judge ADD COLUMN phone TEXT NOT NULL DEFAULT '';
          """)
    }
    migrator.registerMigration("v18: the outbox") { db in
      // Mail written in the transaction of the change that causes it; delivered by a sender
      // that never holds the write lock while it talks to the relay.
      try db.execute(
        sql: """
          CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recipient TEXT NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
            recipient_name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (length(kind) > 0),
            subject TEXT NOT NULL,
            body_text TEXT NOT NULL,
            body_html TEXT NOT NULL,
            body_sha256 TEXT NOT NULL CHECK (length(body_sha256) = 64),
            secret INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
            person TEXT,
            entry TEXT,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt TEXT NOT NULL,
            delivered_at TEXT,
            failed_at TEXT,
            last_answer TEXT
          );
          CREATE INDEX outbox_due ON outbox(next_attempt)
            WHERE delivered_at IS NULL AND failed_at IS NULL;
          """)
    }
    migrator.registerMigration("v19: staff members' e-mail") { db in
      // The secretariat is told by mail of what it must act on (a conflict declared).
      try db.execute(sql: "ALTER TABLE staff ADD COLUMN email TEXT NOT NULL DEFAULT ''")
    }
    migrator.registerMigration("v20: staff members' telephone") { db in
      try db.execute(sql: "ALTER TABLE staff ADD COLUMN phone TEXT NOT NULL DEFAULT ''")
    }
    migrator.registerMigration("v21: entrants online") { db in
      try db.execute(sql: v21)
    }
    migrator.registerMigration("v22: complaints") { db in
      // A complaint about an entry's published result: filed by its entrant or the
      // secretariat on their behalf, accepted (to be re-marked and decided) or rejected.
      try db.execute(
        sql: """
          CREATE TABLE complaint (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entry(id),
            round TEXT NOT NULL REFERENCES round(id),
            publication INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(text) > 0),
            received_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            filed_by TEXT NOT NULL,
            filed_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'filed'
              CHECK (state IN ('filed', 'accepted', 'rejected', 'decided')),
            reason TEXT,
            answered_by TEXT,
            answered_at TEXT,
            CHECK (state <> 'rejected' OR coalesce(length(reason), 0) > 0)
          );
          CREATE INDEX complaint_entry ON complaint(entry_id);
          """)
    }
    migrator.registerMigration("v23: re-marking") { db in
      // A complaint's re-markers, each with their sheet: a draft while they work, the points
      // once submitted. Apart from `score_sheet` (no ranking reads them until the decision);
      // a replaced re-marker's row stays, released, with the reason.
      try db.execute(
        sql: """
          CREATE TABLE remark (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaint(id),
            judge TEXT NOT NULL REFERENCES judge(id),
            points TEXT CHECK (points IS NULL OR json_valid(points)),
            comment TEXT NOT NULL DEFAULT '',
            draft_points TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(draft_points)),
            draft_comment TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 0,
            submitted_at TEXT,
            released TEXT,
            assigned_at TEXT NOT NULL,
            UNIQUE (complaint_id, judge),
            CHECK ((points IS NULL) = (submitted_at IS NULL))
          );
          CREATE INDEX remark_judge ON remark(judge);
          ALTER TABLE complaint ADD COLUMN outcome TEXT CHECK (outcome IN ('upheld', 'amended'));
          ALTER TABLE complaint ADD COLUMN method TEXT;
          ALTER TABLE complaint ADD COLUMN amended_hundredths INTEGER;
          """)
    }
    migrator.registerMigration("v24: near-duplicates marked distinct") { db in
      // The secretariat's word that an entry and a look-alike (here or in another edition)
      // are not one entry twice: the pair is flagged no more. The flags themselves are worked
      // out from the entries' text when asked for, never stored.
      try db.execute(
        sql: """
          CREATE TABLE similar_distinct (
            code TEXT NOT NULL,
            other_contest TEXT NOT NULL,
            other_code TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(reason) > 0),
            marked_by TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            PRIMARY KEY (code, other_contest, other_code)
          ) WITHOUT ROWID;
          """)
    }
    return migrator
  }
}

extension Migrations {
  /// The files of entries' dossiers, bytes included (one file to back up, atomic with the
  /// change). A detached file keeps its row and bytes, out of every list. `content` is the
  /// last column, so reading the others never touches the bytes' pages, and a `zeroblob` put
  /// there is never built in memory (no CHECK reads it: `length(content) = size` would make
  /// SQLite materialise the whole file, measured at 25 MB more for a 25 MB file; `audit
  /// verify` compares the size instead).
  static let v10 = """
    CREATE TABLE attachment (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entry(id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
      media_type TEXT NOT NULL CHECK (length(media_type) > 0),
      size INTEGER NOT NULL CHECK (size > 0),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
      added_by TEXT NOT NULL,
      added_at TEXT NOT NULL,
      detached_at TEXT,
      detached_by TEXT,
      detach_reason TEXT,
      content BLOB NOT NULL,
      CHECK ((detached_at IS NULL) = (detach_reason IS NULL))
    );
    CREATE INDEX attachment_entry ON attachment(entry_id);
    CREATE UNIQUE INDEX attachment_once ON attachment(entry_id, sha256) WHERE detached_at IS NULL;
    """
}

extension Migrations {
  /// Judges, round shortlists, assignments and score sheets.
  static let v2 = """
    CREATE TABLE judge (
      id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 40),
      name TEXT NOT NULL CHECK (length(name) > 0),
      unit TEXT NOT NULL DEFAULT '',
      fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields)),
      role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'member')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    );
    CREATE TABLE round_entry (
      round TEXT NOT NULL REFERENCES round(id),
      entry_id INTEGER NOT NULL REFERENCES entry(id),
      PRIMARY KEY (round, entry_id)
    ) WITHOUT ROWID;
    CREATE TABLE assignment (
      round TEXT NOT NULL REFERENCES round(id),
      judge TEXT NOT NULL REFERENCES judge(id),
      entry_id INTEGER NOT NULL REFERENCES entry(id),
      PRIMARY KEY (round, judge, entry_id)
    ) WITHOUT ROWID;
    CREATE INDEX assignment_entry ON assignment(round, entry_id);
    CREATE TABLE score_sheet (
      id INTEGER PRIMARY KEY,
      round TEXT NOT NULL REFERENCES round(id),
      judge TEXT NOT NULL REFERENCES judge(id),
      entry_id INTEGER NOT NULL REFERENCES entry(id),
      points TEXT NOT NULL CHECK (json_valid(points) AND json_type(points) = 'object'),
      comment TEXT NOT NULL DEFAULT '',
      UNIQUE (round, judge, entry_id)
    );
    """
}

extension Migrations {
  /// Declared conflicts, and dismissals of detected ones, each with its reason.
  static let v3 = """
    CREATE TABLE conflict (
      judge TEXT NOT NULL REFERENCES judge(id),
      entry_id INTEGER NOT NULL REFERENCES entry(id),
      kind TEXT NOT NULL CHECK (kind IN ('declared', 'dismissed')),
      reason TEXT NOT NULL CHECK (length(reason) > 0),
      PRIMARY KEY (judge, entry_id, kind)
    ) WITHOUT ROWID;
    """
}

extension Migrations {
  /// Signing in to the web application, its sessions, and judges' drafts.
  ///
  /// `credential`: one per person who may sign in (a judge's id or a staff member's name):
  /// the SHA-256 of their one-time code until it is used or expires, then a bcrypt hash of
  /// their password. `web_session`: the SHA-256 of each session id (the id itself is only
  /// ever in the person's cookie), so a copy of the database signs nobody in.
  /// `sign_in_failure`: failed attempts, for the lock. `sheet_draft`: a judge's working copy
  /// of a sheet, saved as they type; never ranked, never in the audit chain; its version
  /// counts every save, so a stale tab is refused.
  static let v11 = """
    CREATE TABLE credential (
      login TEXT PRIMARY KEY NOT NULL CHECK (length(login) > 0),
      code_hash TEXT,
      code_expires TEXT,
      password_hash TEXT,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE web_session (
      id_hash TEXT PRIMARY KEY NOT NULL CHECK (length(id_hash) = 64),
      login TEXT NOT NULL REFERENCES credential(login) ON DELETE CASCADE,
      csrf TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_seen TEXT NOT NULL,
      must_set_password INTEGER NOT NULL DEFAULT 0 CHECK (must_set_password IN (0, 1))
    );
    CREATE INDEX web_session_login ON web_session(login);
    CREATE TABLE sign_in_failure (
      login TEXT NOT NULL,
      at TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sign_in_failure_login ON sign_in_failure(login, at);
    CREATE TABLE sheet_draft (
      round TEXT NOT NULL REFERENCES round(id),
      judge TEXT NOT NULL REFERENCES judge(id),
      entry_id INTEGER NOT NULL REFERENCES entry(id),
      points TEXT NOT NULL CHECK (json_valid(points) AND json_type(points) = 'object'),
      comment TEXT NOT NULL DEFAULT '',
      pending INTEGER NOT NULL DEFAULT 1 CHECK (pending IN (0, 1)),
      version INTEGER NOT NULL CHECK (version > 0),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (round, judge, entry_id)
    ) WITHOUT ROWID;
    """
}

extension Migrations {
  /// Entrants online (toàn trình). `entrant`: an account (its e-mail the login of its
  /// `credential` row), with the SHA-256 of the six-digit code that verifies the address.
  /// `submission`: an entrant's draft (its fields as typed, JSON) until it is submitted and
  /// becomes an entry. A draft's files are dossier rows already: `attachment` is rebuilt so
  /// that a file may belong to a submission before it belongs to an entry (`entry_id` NULL,
  /// never listed, never audited, as a judge's draft sheet), and submitting gives them their
  /// entry without copying a byte. `for_judges`: the entrant marked the file for the judges;
  /// it is blind only once the secretariat confirms it. `entry.source`, the supplement the
  /// secretariat asked for, and `intake_look`: when each member of staff last looked at the
  /// intake queue.
  ///
  /// The bytes move to a table of their own, `attachment_content`: SQLite rewrites a whole
  /// row to change one of its columns, so giving a 5 MB file its entry, showing it to the
  /// judges or detaching it rewrote its 5 MB (measured: 37 ms holding the write lock to submit
  /// an entry with one 5 MB file, against a judge's save of a few); now those touch a row of
  /// a few dozen bytes.
  static let v21 = """
    CREATE TABLE entrant (
      id INTEGER PRIMARY KEY,
      email TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      phone TEXT NOT NULL DEFAULT '',
      verify_hash TEXT,
      verify_expires TEXT,
      verify_failures INTEGER NOT NULL DEFAULT 0,
      verified_at TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE submission (
      id INTEGER PRIMARY KEY,
      entrant_id INTEGER NOT NULL REFERENCES entrant(id),
      fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
      state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
      entry_id INTEGER UNIQUE REFERENCES entry(id),
      version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      submitted_at TEXT,
      CHECK ((state = 'submitted') = (entry_id IS NOT NULL))
    );
    CREATE INDEX submission_entrant ON submission(entrant_id);
    CREATE TABLE attachment_v21 (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER REFERENCES entry(id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
      media_type TEXT NOT NULL CHECK (length(media_type) > 0),
      size INTEGER NOT NULL CHECK (size > 0),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
      added_by TEXT NOT NULL,
      added_at TEXT NOT NULL,
      detached_at TEXT,
      detached_by TEXT,
      detach_reason TEXT,
      submission_id INTEGER REFERENCES submission(id),
      for_judges INTEGER NOT NULL DEFAULT 0 CHECK (for_judges IN (0, 1)),
      CHECK ((detached_at IS NULL) = (detach_reason IS NULL)),
      CHECK (entry_id IS NOT NULL OR submission_id IS NOT NULL)
    );
    CREATE TABLE attachment_content (
      id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
      content BLOB NOT NULL
    );
    INSERT INTO attachment_v21 (id, entry_id, name, media_type, size, sha256, blind, added_by,
      added_at, detached_at, detached_by, detach_reason)
    SELECT id, entry_id, name, media_type, size, sha256, blind, added_by, added_at,
      detached_at, detached_by, detach_reason FROM attachment;
    INSERT INTO attachment_content (id, content) SELECT id, content FROM attachment;
    DROP TABLE attachment;
    ALTER TABLE attachment_v21 RENAME TO attachment;
    CREATE INDEX attachment_entry ON attachment(entry_id);
    CREATE UNIQUE INDEX attachment_once ON attachment(entry_id, sha256) WHERE detached_at IS NULL;
    CREATE INDEX attachment_submission ON attachment(submission_id)
      WHERE submission_id IS NOT NULL;
    CREATE UNIQUE INDEX attachment_draft_once ON attachment(submission_id, sha256)
      WHERE entry_id IS NULL;
    ALTER TABLE entry ADD COLUMN source TEXT NOT NULL DEFAULT 'desk'
      CHECK (source IN ('desk', 'online'));
    ALTER TABLE entry ADD COLUMN supplement_reason TEXT;
    ALTER TABLE entry ADD COLUMN supplement_until TEXT;
    ALTER TABLE entry ADD COLUMN supplement_asked_at TEXT;
    CREATE TABLE intake_look (
      login TEXT PRIMARY KEY NOT NULL,
      seen_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """
}
