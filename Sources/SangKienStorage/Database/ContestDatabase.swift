import Foundation
import GRDB
import SangKienModel

/// The contest database: one SQLite file holding one contest, its entries and its audit log.
///
/// Files are opened in WAL mode with foreign keys on. Every change runs in one immediate
/// transaction together with the audit record that describes it.
public final class ContestDatabase: Sendable {
  let writer: any DatabaseWriter
  /// The path of the file, or `:memory:`.
  public let path: String
  /// Whether it was opened read-only (nothing can be changed in it).
  public let isReadOnly: Bool
  /// The contest and rubrics as last decoded, with the stored text they came from: a server
  /// reads them on every request, and decoding the JSON cost more than the rest of a save.
  let definitions = DefinitionCache()

  private init(writer: any DatabaseWriter, path: String, readOnly: Bool = false) {
    self.writer = writer
    self.path = path
    self.isReadOnly = readOnly
  }

  static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(30)
    configuration.label = "sangkien"
    configuration.prepareDatabase { db in
      // A 32 MB page cache (SQLite's default is 2 MB): a large import touches the index
      // pages of codes, duplicate keys and audit subjects all over the file.
      try db.execute(sql: "PRAGMA cache_size = -32768")
    }
    return configuration
  }

  /// The mark `init` puts in a sangkien database's header (`PRAGMA application_id`): "SKN1".
  public static let applicationID: Int32 = 0x534B_4E31

  /// Opens an existing contest database: read-only when asked (a copy being checked) or
  /// when the file or its folder cannot be written (an archive copy), for reading,
  /// ranking and verifying.
  ///
  /// Nothing is written to a file before it is known to be a sangkien database: its header
  /// is read first, so another application's SQLite file (or an empty file) is answered
  /// "not a sangkien database" and left exactly as it was.
  public static func open(path: String, readOnly: Bool = false) throws(StorageError)
    -> ContestDatabase
  {
    guard FileManager.default.fileExists(atPath: path) else { throw .noDatabase(path: path) }
    let mark = try Self.mark(path)
    // A WAL-mode file whose -wal is gone: if it then does not read as a contest, the log
    // held what is missing, and saying "not a sangkien database" would mislead.
    let logGone = Self.isWALMode(path) && !FileManager.default.fileExists(atPath: path + "-wal")
    do {
      return try openChecked(path: path, mark: mark, readOnly: readOnly)
    } catch .notAContestDatabase(let named) where logGone {
      // Opening left an empty -wal of its own; the file is left as it was found.
      if let size = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size]
        as? Int, size == 0
      {
        try? FileManager.default.removeItem(atPath: path + "-wal")
      }
      throw .file(message: StorageText.walMissing(named))
    }
  }

  /// Whether the file's header says it is in WAL mode (bytes 18 and 19 are 2).
  static func isWALMode(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let header = [UInt8]((try? handle.read(upToCount: 20)) ?? Data())
    return header.count == 20 && header[18] == 2 && header[19] == 2
  }

  private static func openChecked(path: String, mark: Int32, readOnly: Bool)
    throws(StorageError) -> ContestDatabase
  {
    let directory = (path as NSString).deletingLastPathComponent
    let writable =
      !readOnly && access(path, W_OK) == 0 && access(directory.isEmpty ? "." : directory, W_OK) == 0
    do {
      if mark != applicationID {
        // Unmarked: a database from before the mark, or someone else's. Its schema is read
        // without writing anything to tell.
        guard try isContestSchema(path) else { throw StorageError.notAContestDatabase(path: path) }
      }
      var configuration = configuration()
      configuration.readonly = !writable
      // Read-only, through a plain queue (a copy checked leaves no -wal or -shm); in a folder
      // that cannot be written, as an immutable file (SQLite could not keep its WAL index).
      let pool: any DatabaseWriter =
        writable
        ? try DatabasePool(path: path, configuration: configuration)
        : try DatabaseQueue(
          path: Self.readOnlyURI(path, directory: directory), configuration: configuration)
      let migrator = Migrations.migrator
      let known = Set(migrator.migrations)
      let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
      guard !applied.isEmpty, applied.isSubset(of: known) else {
        throw StorageError.notAContestDatabase(path: path)
      }
      if applied != known {
        guard writable else {
          throw StorageError.file(message: StorageText.readOnlyOlder(path))
        }
        try migrator.migrate(pool)
      }
      if writable {
        if mark != applicationID {
          try pool.writeWithoutTransaction {
            try $0.execute(sql: "PRAGMA application_id = \(applicationID)")
          }
        }
        try refreshDerivedKeys(pool)
      }
      return ContestDatabase(writer: pool, path: path, readOnly: !writable)
    } catch let error as StorageError {
      throw error
    } catch {
      throw .notAContestDatabase(path: path)
    }
  }

  /// The application id in a file's SQLite header; refuses a file that is not SQLite.
  /// Reads with a descriptor of its own: never call it (nor `open`) on a file this process
  /// already has open through SQLite — closing that descriptor drops every POSIX lock the
  /// process holds on the file, SQLite's included (`serve --contests` reads an open
  /// contest through its own connections).
  static func mark(_ path: String) throws(StorageError) -> Int32 {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .notAContestDatabase(path: path)
    }
    defer { try? handle.close() }
    let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
    guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
      throw .notAContestDatabase(path: path)
    }
    return Int32(bitPattern: header[68...71].reduce(0) { $0 << 8 | UInt32($1) })
  }

  /// `body` on one read-only SQLite connection to the file at `path`, closed after; nothing
  /// else touches the file (as an immutable file when its folder cannot be written).
  static func readOnce<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    var configuration = Configuration()
    configuration.readonly = true
    let directory = (path as NSString).deletingLastPathComponent
    let queue = try DatabaseQueue(
      path: readOnlyURI(path, directory: directory), configuration: configuration)
    defer { try? queue.close() }
    return try queue.read(body)
  }

  /// Whether the file holds sangkien's migrations, read without writing anything.
  static func isContestSchema(_ path: String) throws -> Bool {
    let known = Set(Migrations.migrator.migrations)
    let applied = try readOnce(path) { db -> Set<String> in
      guard try db.tableExists("grdb_migrations") else { return [] }
      return Set(
        try String.fetchAll(try db.cachedStatement(sql: "SELECT identifier FROM grdb_migrations")))
    }
    return !applied.isEmpty && applied.isSubset(of: known)
  }

  /// The name to open a file read-only by: as an immutable file when its folder cannot be
  /// written (SQLite could not create the WAL index beside it).
  static func readOnlyURI(_ path: String, directory: String) -> String {
    guard access(directory.isEmpty ? "." : directory, W_OK) != 0 else { return path }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
    return "file:\(escaped)?immutable=1"
  }

  /// Works out again the likely-duplicate keys stored with entries when the rule that makes
  /// them has changed since they were stored (they are derived data, not in the log).
  static func refreshDerivedKeys(_ writer: any DatabaseWriter) throws {
    let current = String(EntryDraft.duplicateKeyVersion)
    let stored = try writer.read { db in
      try String.fetchOne(
        try db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'duplicate_key_version'"))
    }
    guard stored != current else { return }
    try writer.write { db in
      for entry in try EntryRows.fetch(db, filter: "", arguments: []) {
        try db.execute(
          sql: "UPDATE entry SET duplicate_key = ? WHERE code = ?",
          arguments: [entry.draft.duplicateKey, entry.code])
      }
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('duplicate_key_version', ?)",
        arguments: [current])
    }
  }

  /// Creates a database in memory holding `loaded`, for tests.
  public static func inMemory(
    loaded contest: Contest, rubrics: [Rubric], context: AuditContext
  ) throws(StorageError) -> ContestDatabase {
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(configuration: configuration())
      try Migrations.migrator.migrate(queue)
      try refreshDerivedKeys(queue)
    } catch {
      throw StorageError.wrap(error)
    }
    let database = ContestDatabase(writer: queue, path: ":memory:")
    do {
      try database.load(contest: contest, rubrics: rubrics, context: context)
    } catch {
      throw StorageError.wrap(error)
    }
    return database
  }

  /// Creates the database file at `path` holding the contest and its rubrics.
  ///
  /// The file is built beside its destination and moved into place only when complete, so a
  /// failure leaves nothing half-made. An existing file is refused unless `replace`, in which
  /// case it is kept as `NAME.replaced-TIMESTAMP.sqlite`, whose path is returned.
  @discardableResult
  public static func create(
    path: String, contest: Contest, rubrics: [Rubric], context: AuditContext, replace: Bool
  ) throws(StorageError) -> String? {
    let manager = FileManager.default
    let exists = manager.fileExists(atPath: path)
    if exists && !replace { throw .alreadyExists(path: path) }
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty && !manager.fileExists(atPath: directory) {
      throw .file(
        message: Language.text(
          vi: "thư mục '\(directory)' không có", en: "the folder '\(directory)' does not exist"))
    }
    let temporary = path + ".creating-\(ProcessInfo.processInfo.processIdentifier)"
    removeDatabaseFiles(temporary)
    do {
      let pool = try DatabasePool(path: temporary, configuration: configuration())
      try Migrations.migrator.migrate(pool)
      try pool.writeWithoutTransaction {
        try $0.execute(sql: "PRAGMA application_id = \(applicationID)")
      }
      try refreshDerivedKeys(pool)
      let database = ContestDatabase(writer: pool, path: temporary)
      try database.load(contest: contest, rubrics: rubrics, context: context)
      _ = try pool.writeWithoutTransaction { db in
        try db.checkpoint(.truncate)
      }
      try pool.close()
    } catch {
      removeDatabaseFiles(temporary)
      throw StorageError.wrap(error)
    }
    var keptAs: String? = nil
    do {
      if exists {
        let stamp = AuditContext.format(context.now).replacingOccurrences(of: ":", with: "")
          .replacingOccurrences(of: ".", with: "")
        let base = path.hasSuffix(".sqlite") ? String(path.dropLast(7)) : path
        let kept = base + ".replaced-\(stamp).sqlite"
        try manager.moveItem(atPath: path, toPath: kept)
        for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
          try manager.moveItem(atPath: path + suffix, toPath: kept + suffix)
        }
        keptAs = kept
      }
      removeDatabaseFiles(temporary, keepMain: true)
      try manager.moveItem(atPath: temporary, toPath: path)
    } catch {
      removeDatabaseFiles(temporary)
      throw .file(message: String(describing: error))
    }
    return keptAs
  }

  private static func removeDatabaseFiles(_ path: String, keepMain: Bool = false) {
    let suffixes = keepMain ? ["-wal", "-shm"] : ["", "-wal", "-shm"]
    for suffix in suffixes {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  private func load(
    contest: Contest, rubrics: [Rubric], context: AuditContext
  ) throws {
    try write(context) { db, audit in
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let definition = String(decoding: try encoder.encode(contest), as: UTF8.self)
      try db.execute(
        sql: """
          INSERT INTO contest (id, name, code_prefix, deadline, definition, created_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          contest.id, contest.name, contest.codePrefix, contest.deadline.iso, definition,
          context.timestamp,
        ])
      var rubricPrints: [String: JSONValue] = [:]
      for rubric in rubrics {
        let text = String(decoding: try encoder.encode(rubric), as: UTF8.self)
        try db.execute(
          sql: "INSERT INTO rubric (id, definition) VALUES (?, ?)", arguments: [rubric.id, text])
        rubricPrints[rubric.id] = .string(Fingerprint.sha256(Array(text.utf8)))
      }
      try db.execute(
        sql: "INSERT INTO staff (name, role) VALUES (?, 'secretariat')", arguments: [context.actor])
      for (position, round) in contest.rounds.enumerated() {
        try db.execute(
          sql: "INSERT INTO round (id, position, name, rubric_id) VALUES (?, ?, ?, ?)",
          arguments: [round.id, position + 1, round.name, round.rubricId])
      }
      try audit.record(
        action: .contestInit, subject: contest.id, before: nil,
        after: .object([
          "contest": .string(contest.id), "name": .string(contest.name),
          "rounds": .array(contest.rounds.map { .string($0.id) }),
          "rubrics": .array(rubrics.map { .string($0.id) }),
          // What `audit verify` checks the stored definitions against.
          "definition_sha256": .string(Fingerprint.sha256(Array(definition.utf8))),
          "code_prefix": .string(contest.codePrefix), "deadline": .string(contest.deadline.iso),
          "rubric_sha256": .object(rubricPrints),
        ]))
    }
  }

  /// Runs `body` as one immediate transaction: every read and write of this database that
  /// `body` makes (through any of its methods) runs inside it, on its connection. This is how
  /// a check and the write it guards share one transaction: nobody else can write between
  /// them. Commits unless `body` throws or `commit` is false (a dry run).
  ///
  /// Nested calls join the transaction in force (a nested dry run rolls back only its own
  /// part, as a savepoint).
  public func transaction<T>(
    _ context: AuditContext, commit: Bool = true, _ body: () throws -> T
  ) throws -> T {
    try write(context, commit: commit) { _, _ in try body() }
  }

  /// Runs `body` in one immediate transaction with an audit writer; commits unless `body`
  /// throws, or `commit` is false (a dry run). Inside `transaction`, joins it.
  ///
  /// SQLite's errors become `StorageError`; any other error `body` throws passes unchanged.
  func write<T>(
    _ context: AuditContext, commit: Bool = true,
    _ body: (Database, AuditWriter) throws -> T
  ) throws -> T {
    if let db = ambientConnection {
      var result: T?
      do {
        try db.inSavepoint {
          result = try body(db, AuditWriter(db: db, context: context, log: Ambient.connection?.log))
          return commit ? .commit : .rollback
        }
      } catch let error as DatabaseError {
        throw StorageError.wrap(error)
      }
      return result!
    }
    // Several processes (judges importing at once) may write the same file: SQLite's busy
    // timeout makes each wait for the lock; a transaction still refused as busy is run
    // again from the start, a few times, before giving up with a clear message.
    var attempt = 0
    while true {
      do {
        return try writer.writeWithoutTransaction { db in
          var result: T?
          var held: ContinuousClock.Instant?
          let ambient = Ambient(database: self, connection: db)
          try Ambient.$connection.withValue(ambient) {
            try db.inTransaction(.immediate) {
              // The write lock is held from here (BEGIN IMMEDIATE done) to the commit.
              held = ContinuousClock.now
              result = try body(db, AuditWriter(db: db, context: context, log: ambient.log))
              return commit ? .commit : .rollback
            }
          }
          if let threshold = Self.slowWrite, let held {
            Self.noteSlowWrite(since: held, threshold: threshold, actions: ambient.log.actions)
          }
          return result!
        }
      } catch let error as DatabaseError
        where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
        && attempt < 5
      {
        attempt += 1
        usleep(useconds_t(50_000 * attempt))
      } catch let error as DatabaseError {
        throw StorageError.wrap(error)
      }
    }
  }

  /// `SANGKIEN_SLOW_WRITE_MS`: a write transaction holding SQLite's write lock longer than
  /// this many milliseconds is said on standard error, with the audit actions it recorded
  /// (none: a draft, a draft file, a session). For finding what makes others wait.
  static let slowWrite: Double? = ProcessInfo.processInfo.environment["SANGKIEN_SLOW_WRITE_MS"]
    .flatMap(Double.init)

  static func noteSlowWrite(
    since held: ContinuousClock.Instant, threshold: Double, actions: [AuditAction]
  ) {
    let elapsed = ContinuousClock.now - held
    let millis =
      Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    guard millis > threshold else { return }
    let named =
      actions.isEmpty
      ? "(no audit record)" : Array(Set(actions.map(\.rawValue))).sorted().joined(separator: ",")
    FileHandle.standardError.write(
      Data(String(format: "slow write: %.1f ms holding the write lock: %@\n", millis, named).utf8))
  }

  /// Runs `body` on a consistent snapshot (inside `transaction`, on its connection).
  func read<T>(_ body: (Database) throws -> T) throws(StorageError) -> T {
    do {
      if let db = ambientConnection { return try body(db) }
      return try writer.read(body)
    } catch {
      throw StorageError.wrap(error)
    }
  }

  /// Runs `body` with every read of this database on one consistent snapshot, so that what
  /// several reads return belongs together (a round's entries, assignments and sheets).
  public func snapshot<T>(_ body: () throws -> T) throws -> T {
    if ambientConnection != nil { return try body() }
    do {
      return try writer.read { db in
        try Ambient.$connection.withValue(Ambient(database: self, connection: db)) {
          try body()
        }
      }
    } catch let error as DatabaseError {
      throw StorageError.wrap(error)
    }
  }

  /// The connection of the transaction or snapshot in force for this database on this task.
  var ambientConnection: Database? {
    guard let ambient = Ambient.connection, ambient.database === self else { return nil }
    return ambient.connection
  }

  /// The contest definition stored at init.
  public func contest() throws(StorageError) -> Contest {
    try read { db in
      guard
        let text = try String.fetchOne(
          try db.cachedStatement(sql: "SELECT definition FROM contest"))
      else {
        throw StorageError.notAContestDatabase(path: path)
      }
      if let known = definitions.contest(for: text) { return known }
      let contest = try JSONDecoder().decode(Contest.self, from: Data(text.utf8))
      definitions.keep(contest, text: text)
      RoundNames.remember(contest.rounds)
      return contest
    }
  }

  /// The SHA-256 of each rubric's stored definition, by id: the fingerprints audit record #1
  /// holds, which a score workbook carries to name the rubric's version.
  public func rubricFingerprints() throws(StorageError) -> [String: String] {
    try read { db in
      var prints: [String: String] = [:]
      for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, definition FROM rubric"))
      {
        let definition: String = row["definition"]
        prints[row["id"]] = Fingerprint.sha256(Array(definition.utf8))
      }
      return prints
    }
  }

  /// The rubrics, in the order rounds use them.
  public func rubrics() throws(StorageError) -> [Rubric] {
    try read { db in
      let texts = try String.fetchAll(
        try db.cachedStatement(
          sql: """
            SELECT definition FROM rubric
            ORDER BY (SELECT min(position) FROM round WHERE rubric_id = rubric.id), id
            """))
      if let known = definitions.rubrics(for: texts) { return known }
      let rubrics = try texts.map { try JSONDecoder().decode(Rubric.self, from: Data($0.utf8)) }
      definitions.keep(rubrics, texts: texts)
      return rubrics
    }
  }
}

extension StorageError {
  /// Wraps any error met in storage: ours pass through, SQLite's become `.database`.
  static func wrap(_ error: any Error) -> StorageError {
    if let error = error as? StorageError { return error }
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_READONLY {
        return .file(message: StorageText.readOnly)
      }
      if error.resultCode == .SQLITE_FULL {
        // Nothing was written (the transaction rolled back); the person can act on this.
        return .file(
          message: Language.text(
            vi:
              "ổ đĩa chứa cơ sở dữ liệu đã đầy: không ghi được gì; hãy giải phóng chỗ rồi làm lại",
            en:
              "the disk holding the database is full: nothing was written; free some space and try again"
          ))
      }
      if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
        return .database(
          message: Language.text(
            vi: "cơ sở dữ liệu đang bận (người khác đang ghi); hãy thử lại",
            en: "the database is busy (someone else is writing); try again"))
      }
      return .database(message: error.message ?? "\(error.resultCode)")
    }
    return .database(message: String(describing: error))
  }
}

/// The connection a `transaction` or `snapshot` runs on, found by the reads and writes
/// made inside it. Only ever used on the thread that runs the transaction.
struct Ambient: @unchecked Sendable {
  let database: ContestDatabase
  let connection: Database
  /// The audit actions the transaction recorded so far, its nested writes' too.
  var log = WriteLog()

  @TaskLocal static var connection: Ambient?
}

/// The audit actions a transaction recorded (what a slow write is named by).
final class WriteLog: @unchecked Sendable {
  var actions: [AuditAction] = []
}

/// Decoded definitions, kept with the exact text they were decoded from: a different text
/// (another database restored in place) is decoded afresh.
final class DefinitionCache: @unchecked Sendable {
  private let lock = NSLock()
  private var contestText: String?
  private var contestValue: Contest?
  private var rubricTexts: [String]?
  private var rubricValues: [Rubric]?

  func contest(for text: String) -> Contest? {
    lock.withLock { contestText == text ? contestValue : nil }
  }

  func keep(_ contest: Contest, text: String) {
    lock.withLock {
      contestText = text
      contestValue = contest
    }
  }

  func rubrics(for texts: [String]) -> [Rubric]? {
    lock.withLock { rubricTexts == texts ? rubricValues : nil }
  }

  func keep(_ rubrics: [Rubric], texts: [String]) {
    lock.withLock {
      rubricTexts = texts
      rubricValues = rubrics
    }
  }
}

extension Database {
  /// A statement for `sql`: prepared once per connection and kept (`cached`, for a text
  /// that is one of few), or prepared anew (a text that varies, such as a list of `?`).
  /// Preparing costs more than it seems: GRDB's authorizer records every column a statement
  /// reads, which measured 18 % of the web server's time before look-ups were kept.
  func statement(_ sql: String, cached: Bool) throws -> Statement {
    cached ? try cachedStatement(sql: sql) : try makeStatement(sql: sql)
  }
}
