import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// What checking published files found: each file recognised by its SHA-256 among every
/// publication's files, the log checked again, and the ranking worked out again.
public struct PublicationCheck: Sendable {
  /// What one file is.
  public enum Verdict: Sendable, Hashable {
    /// Byte for byte a file of a publication.
    case unchanged
    /// Named as a file of a publication, but its bytes differ from what was published.
    case changed
    /// Not a file of any publication.
    case notPublished
  }

  /// One file's answer.
  public struct Finding: Sendable, Hashable {
    /// The file's name as given.
    public var name: String
    /// What it is.
    public var verdict: Verdict
    /// The publication it belongs to (or would, for a changed file).
    public var publication: Int64?
    /// The name it was published under, when it differs from the one given.
    public var publishedAs: String?
    /// The round of that publication.
    public var round: String?
    /// The later publication of the round that replaced it, if any.
    public var supersededBy: Int64?
    /// Why it was replaced (the reasons the round was reopened with).
    public var because: [String]
    /// The complaints whose decisions the publication that replaced it answers.
    public var complaints: [Int64] = []

    /// The answer in words.
    public var sentence: String { WorkflowText.finding(self) }
  }

  /// The publication the files belong to (the one most of them are from).
  public var publication: PublicationRecord?
  /// Every file's answer, in the order given.
  public var findings: [Finding]
  /// Problems of the log and the data, and differences between the ranking on paper and the
  /// ranking worked out now.
  public var problems: [String]
  /// Audit records written after the publication.
  public var recordsSince: Int

  /// Files that are byte for byte what was published.
  public var matched: [String] { findings.filter { $0.verdict == .unchanged }.map(\.name) }

  /// Whether every file is what was published and the database still leads to them.
  public var isGenuine: Bool {
    publication != nil && !findings.isEmpty
      && findings.allSatisfy { $0.verdict == .unchanged } && problems.isEmpty
  }
}

extension Workflow {
  /// Checks published files — any file `publish` writes, a paper as well as the ranking —
  /// by their SHA-256 against every publication's record: unchanged, changed (a file of a
  /// publication by its name or code whose bytes differ), not a file of any publication;
  /// superseded by a later publication (and why). The log is checked again, and the ranking
  /// of a current publication worked out again and compared with `ranking.json` when given.
  public func checkPublication(_ files: [PublishedFile], by person: Person)
    throws(WorkflowError) -> PublicationCheck
  {
    try authorize(.auditCheckPublication, person)
    guard !files.isEmpty else {
      throw .invalid([Problem(field: "file", message: WorkflowText.noFileToCheck)])
    }
    return try attempt {
      try database.snapshot {
        // Decoding the contest remembers its rounds' names, as the findings name rounds.
        _ = try database.contest()
        let records = try database.publications()
        let byId = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byHash: [String: [(id: Int64, name: String)]] = [:]
        for record in records {
          for (name, hash) in record.files { byHash[hash, default: []].append((record.id, name)) }
        }
        var successor: [Int64: PublicationRecord] = [:]
        for record in records { if let old = record.supersedes { successor[old] = record } }
        // A later publication of the same round replaces an earlier one even when the
        // earlier record predates `supersedes`.
        for (index, record) in records.enumerated() where successor[record.id] == nil {
          if let next = records[(index + 1)...].first(where: { $0.round == record.round }) {
            successor[record.id] = next
          }
        }
        func finding(
          _ name: String, _ verdict: PublicationCheck.Verdict, _ id: Int64?,
          as published: String? = nil
        ) -> PublicationCheck.Finding {
          let record = id.flatMap { byId[$0] }
          let next = id.flatMap { successor[$0] }
          return PublicationCheck.Finding(
            name: name, verdict: verdict, publication: id,
            publishedAs: published == name ? nil : published, round: record?.round,
            supersededBy: next?.id, because: next?.because ?? [],
            complaints: next?.complaints ?? [])
        }
        var findings: [PublicationCheck.Finding?] = files.map { file in
          let hits = byHash[Fingerprint.sha256(file.bytes)] ?? []
          guard
            let hit = hits.last(where: { $0.name == file.name }) ?? hits.last
          else { return nil }
          return finding(file.name, .unchanged, hit.id, as: hit.name)
        }
        // The publication the recognised files belong to, or the code a file carries.
        let recognised = findings.compactMap { $0?.publication }
        let guess =
          Dictionary(grouping: recognised, by: { $0 }).max {
            ($0.value.count, $0.key) < ($1.value.count, $1.key)
          }?.key ?? files.lazy.compactMap(Self.publicationCode).first
        for (index, file) in files.enumerated() where findings[index] == nil {
          let carried = Self.publicationCode(file)
          let code = carried ?? guess
          if let carried, byId[carried] == nil {
            // A code no publication of this database has.
            findings[index] = finding(file.name, .notPublished, nil)
          } else if let code, byId[code]?.files[file.name] != nil {
            findings[index] = finding(file.name, .changed, code, as: file.name)
          } else if let latest = records.last(where: { $0.files[file.name] != nil }), code == nil {
            findings[index] = finding(file.name, .changed, latest.id, as: file.name)
          } else {
            findings[index] = finding(file.name, .notPublished, nil)
          }
        }
        let answers = findings.compactMap { $0 }
        let main =
          Dictionary(grouping: answers.compactMap(\.publication), by: { $0 }).max {
            ($0.value.count, $0.key) < ($1.value.count, $1.key)
          }?.key
        var check = PublicationCheck(
          publication: main.flatMap { byId[$0] }, findings: answers, problems: [],
          recordsSince: 0)
        guard let record = check.publication else { return check }
        check.recordsSince = Int(try database.nextAuditId() - 1 - record.id)
        let verification = try database.verifyAudit()
        check.problems +=
          (verification.integrityProblems + verification.chainProblems
          + verification.dataProblems).prefix(10)
        // The ranking on paper against the one worked out now: only for a publication no
        // later one replaced (a superseded one differs by design, and says why).
        if successor[record.id] == nil,
          let json = files.first(where: { $0.name == "ranking.json" }),
          let onPaper = Self.rankingLines(json.bytes)
        {
          let context = try RoundContext.load(database, round: record.round)
          let now = context.awarded(context.ranking()).ranking.entries
          let current = Dictionary(
            now.map { ($0.entry.code, Self.line($0)) }, uniquingKeysWith: { a, _ in a })
          var differences: [String] = []
          for code in Set(onPaper.keys).union(current.keys).sorted()
          where onPaper[code] != current[code] {
            differences.append(
              WorkflowText.rankingDiffers(
                code, paper: onPaper[code] ?? "–", now: current[code] ?? "–"))
          }
          check.problems += differences.prefix(20)
          if differences.count > 20 {
            check.problems.append(WorkflowText.moreDifferences(differences.count - 20))
          }
        }
        return check
      }
    }
  }

  /// Every publication, newest first, with the names of the files kept for it.
  public func publications(by person: Person) throws(WorkflowError)
    -> [(record: PublicationRecord, files: [String])]
  {
    try authorize(.rank, person)
    return try attempt {
      try database.snapshot {
        let kept = try database.publishedFileNames()
        return try database.publications().reversed().map { ($0, kept[$0.id] ?? []) }
      }
    }
  }

  /// A published file's bytes, checked against the publication's record.
  public func publishedFile(publication id: Int64, name: String, by person: Person)
    throws(WorkflowError) -> [UInt8]
  {
    try authorize(.rank, person)
    return try attempt {
      try database.snapshot {
        guard let record = try database.publication(id: id), let hash = record.files[name],
          let bytes = try database.publishedFile(publication: id, name: name)
        else { throw WorkflowError.notFound(WorkflowText.noPublishedFile(id, name)) }
        guard Fingerprint.sha256(bytes) == hash else {
          throw WorkflowError.failed(WorkflowText.publishedFileDamaged(id, name))
        }
        return bytes
      }
    }
  }

  /// Takes into the database the files of publications written beside it (`published/N/NAME`
  /// next to the database file) before files were kept inside it; only a file whose SHA-256
  /// its publication recorded. Returns how many were taken.
  @discardableResult
  public func adoptPublishedFolder() -> Int {
    adoptPublishedFolder(
      ((database.path as NSString).deletingLastPathComponent as NSString)
        .appendingPathComponent("published"))
  }

  /// Takes into the database the files of publications written in `folder` (`folder/N/NAME`);
  /// see `adoptPublishedFolder()`.
  @discardableResult
  func adoptPublishedFolder(_ folder: String) -> Int {
    let manager = FileManager.default
    var found: [(publication: Int64, name: String, bytes: [UInt8])] = []
    for number in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
      guard let id = Int64(number) else { continue }
      let sub = (folder as NSString).appendingPathComponent(number)
      for name in (try? manager.contentsOfDirectory(atPath: sub)) ?? [] {
        if let data = manager.contents(atPath: (sub as NSString).appendingPathComponent(name)) {
          found.append((id, name, [UInt8](data)))
        }
      }
    }
    guard !found.isEmpty else { return 0 }
    return (try? database.adoptPublishedFiles(found)) ?? 0
  }

  /// Warnings for a change to an entry a publication lists: the published result will be
  /// superseded by the next publication.
  func publishedWarnings(_ code: String) throws -> [Problem] {
    let contest = try database.contest()
    var latest: [String: PublicationRecord] = [:]
    for record in try database.publications() { latest[record.round] = record }
    return try latest.values.sorted { $0.id < $1.id }.compactMap { record in
      let listed =
        try database.isShortlisted(round: record.round, code: code)
        ?? (record.round == contest.rounds.first?.id)
      guard listed else { return nil }
      return Problem(
        field: "code", message: WorkflowText.entryPublished(code, record.id, record.round),
        severity: .warning)
    }
  }

  /// The publication code a file carries: `"publication": "#N"` in the JSON, the
  /// `id="publication"` paragraph of the page.
  static func publicationCode(_ file: PublishedFile) -> Int64? {
    let text = String(decoding: file.bytes, as: UTF8.self)
    if file.name.hasSuffix(".json"), case .object(let m)? = JSONValue(parsing: text),
      case .string(let code)? = m["publication"]
    {
      return Int64(code.dropFirst())
    }
    guard let range = text.range(of: #"id="publication">#"#) else { return nil }
    return Int64(text[range.upperBound...].prefix { $0.isNumber })
  }

  /// Each entry of a ranking JSON (`entries`), by its code; nil when it is not one.
  static func rankingEntries(_ bytes: [UInt8]) -> [String: [String: JSONValue]]? {
    guard case .object(let m)? = JSONValue(parsing: String(decoding: bytes, as: UTF8.self)),
      case .array(let entries)? = m["entries"]
    else { return nil }
    var result: [String: [String: JSONValue]] = [:]
    for case .object(let e) in entries {
      if case .string(let code)? = e["code"] { result[code] = e }
    }
    return result
  }

  /// Each entry's rank, score and prize as a ranking JSON gives them, as written (a value
  /// someone changed is shown as they wrote it).
  static func rankingLines(_ bytes: [UInt8]) -> [String: String]? {
    rankingEntries(bytes)?.mapValues { e in
      func text(_ key: String) -> String {
        switch e[key] {
        case .string(let s)?: s
        case .number(let n)?: Self.number(n)
        default: "–"
        }
      }
      return "\(text("rank")) · \(text("score")) · \(text("prize"))"
    }
  }

  /// A number as text, the same however it was written (`71`, `71.0`, `71.00`).
  static func number(_ text: String) -> String {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map { "\($0)" } ?? text
  }

  static func line(_ entry: RankedEntry) -> String {
    let score = entry.hundredths.map { Self.number(DecimalFormat.twoPlaces(hundredths: $0)) } ?? "–"
    return "\(entry.rank.map(String.init) ?? "–") · \(score) · \(entry.prize ?? "–")"
  }
}
