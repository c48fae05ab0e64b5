import Foundation
import SangKienModel
internal import SangKienStorage

/// An entry of this contest and a look-alike, here or in another edition of the folder:
/// flagged for the secretariat, never refused.
public struct NearDuplicate: Sendable, Hashable {
  /// The entry of this contest.
  public var code: String
  /// Its title.
  public var title: String
  /// The look-alike (its contest, code and title), how alike, and why.
  public var match: SimilarityMatch
  /// The secretariat's word that they are not one entry twice, if given.
  public var distinct: DistinctMark?
}

/// "Not a duplicate", as the secretariat marked it.
public struct DistinctMark: Sendable, Hashable {
  /// Why.
  public var reason: String
  /// Who.
  public var by: String
  /// When (ISO).
  public var at: String
}

/// The index of the near-duplicates' last look, kept while the documents it was made of are
/// the same (a server asks for the flags at every intake page).
final class SimilarityCache: @unchecked Sendable {
  private let lock = NSLock()
  private var documents: [SimilarityDocument] = []
  private var index: SimilarityIndex?
  /// Each entry's look-alikes in that index, by threshold and code, as worked out.
  private var matches: [String: [SimilarityMatch]] = [:]
  /// Which index the kept matches belong to (counted up with each new one).
  private var generation = 0
  /// Other editions' documents by their files' last change.
  private var editions: (stamp: [String: Date], documents: [SimilarityDocument])?

  func index(of documents: [SimilarityDocument]) -> (SimilarityIndex, generation: Int) {
    lock.withLock {
      if let index, self.documents == documents { return (index, generation) }
      let made = SimilarityIndex(documents)
      self.documents = documents
      index = made
      matches = [:]
      generation += 1
      return (made, generation)
    }
  }

  /// `code`'s look-alikes in `index` (generation `generation` of `index(of:)`), kept with it:
  /// an intake page of a thousand online entries is not a thousand checks each time.
  func similar(
    _ index: SimilarityIndex, generation: Int, contest: String, code: String, threshold: Double
  ) -> [SimilarityMatch] {
    let key = "\(threshold)\u{1F}\(contest)\u{1F}\(code)"
    if let kept = lock.withLock({ self.generation == generation ? matches[key] : nil }) {
      return kept
    }
    let found = index.similar(to: contest, code: code, threshold: threshold)
    lock.withLock { if self.generation == generation { matches[key] = found } }
    return found
  }

  func editions(stamp: [String: Date], read: () -> [SimilarityDocument]) -> [SimilarityDocument] {
    if let kept = lock.withLock({ editions }), kept.stamp == stamp { return kept.documents }
    let documents = read()
    lock.withLock { editions = (stamp, documents) }
    return documents
  }
}

extension Workflow {
  /// The near-duplicates of `codes` (nil: every entry): each entry of this contest at least
  /// `threshold` alike to another one here or in another edition of the folder (the other
  /// edition's entry named by its contest and code), the closest first. Pairs the secretariat
  /// marked not duplicates are left out unless `includeDistinct`. A pair of this contest is
  /// listed once, under the later code.
  public func nearDuplicates(
    codes: [String]? = nil, threshold: Double = SimilarityIndex.threshold,
    includeDistinct: Bool = false, by person: Person
  ) throws(WorkflowError) -> [NearDuplicate] {
    try authorize(.entryShow, person)
    let (contest, entries, marks) = try attempt {
      try database.snapshot {
        (try database.contest(), try database.entries(), try database.distinctPairs())
      }
    }
    let wanted = codes.map(Set.init)
    let own = entries.map { Self.document($0, contest: contest.id) }
    let (index, generation) = similarity.index(of: own + otherEditions(contest.id))
    var marked: [String: DistinctMark] = [:]
    for mark in marks {
      marked[[mark.code, mark.otherContest, mark.otherCode].joined(separator: "\u{1F}")] =
        DistinctMark(reason: mark.reason, by: mark.markedBy, at: mark.markedAt)
    }
    var flags: [NearDuplicate] = []
    for entry in entries where wanted?.contains(entry.code) ?? true {
      for match in similarity.similar(
        index, generation: generation, contest: contest.id, code: entry.code, threshold: threshold)
      {
        let other = match.document
        // Two entries of this contest: once, under the later code (unless only the earlier
        // one was asked about).
        if other.contest == contest.id, other.code > entry.code,
          wanted?.contains(other.code) ?? true
        {
          continue
        }
        let mark =
          marked[[entry.code, other.contest, other.code].joined(separator: "\u{1F}")]
          ?? (other.contest == contest.id
            ? marked[[other.code, contest.id, entry.code].joined(separator: "\u{1F}")] : nil)
        if mark != nil && !includeDistinct { continue }
        flags.append(
          NearDuplicate(
            code: entry.code, title: entry.draft.title, match: match, distinct: mark))
      }
    }
    return flags
  }

  /// Marks an entry and a look-alike not duplicates: `other` is `CODE` (this contest) or
  /// `CONTEST/CODE` (another edition). The pair must be one the flags name; audited
  /// (`entry.distinct`, the reason). The secretariat's.
  public func markDistinct(
    code given: String, other: String, reason: String, by person: Person
  ) throws(WorkflowError) -> NearDuplicate {
    try authorize(.entryValidate, person)
    let cleaned = VietnameseText.clean(reason)
    if cleaned.isEmpty {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    try Self.bounded(cleaned, field: "reason", limit: TextLimits.reason)
    let code = try attempt { try database.entry(code: database.canonicalCode(given)).code }
    let contest = try attempt { try database.contest() }
    let parts = other.split(separator: "/", maxSplits: 1).map {
      VietnameseText.clean(String($0))
    }
    let (otherContest, otherCode) =
      parts.count == 2 ? (parts[0], parts[1]) : (contest.id, parts.first ?? "")
    let flags = try nearDuplicates(codes: [code], threshold: 0.2, includeDistinct: true, by: person)
    guard
      let flag = flags.first(where: {
        $0.match.document.contest == otherContest
          && VietnameseText.fold($0.match.document.code) == VietnameseText.fold(otherCode)
      })
    else {
      throw .invalid([
        Problem(field: "other", message: WorkflowText.notALookAlike(code, other))
      ])
    }
    let stored = flag.match.document.code
    try transaction(person) {
      try database.markDistinct(
        code: code, otherContest: otherContest, otherCode: stored, reason: cleaned,
        context: context(person))
    }
    var marked = flag
    marked.distinct = DistinctMark(
      reason: cleaned, by: person.name, at: AuditContext.format(clock()))
    return marked
  }

  /// The entries of the other editions: given by the server (`editions`), else read from the
  /// other contest databases of this file's folder (kept while the files do not change).
  func otherEditions(_ own: String) -> [SimilarityDocument] {
    if let editions { return editions(own) }
    let folder = URL(fileURLWithPath: database.path).standardizedFileURL
      .deletingLastPathComponent().path
    let mine = URL(fileURLWithPath: database.path).standardizedFileURL.path
    guard let paths = try? Self.contestFiles(in: folder) else { return [] }
    let others = paths.filter { $0 != mine }
    let stamp = Dictionary(uniqueKeysWithValues: others.map { ($0, Self.lastChange(of: $0)) })
    return similarity.editions(stamp: stamp) {
      others.flatMap { path in (try? Self.editionDocuments(at: path, except: own)) ?? [] }
    }
  }

  /// The entries of the contest database at `path` as near-duplicates compare them, read
  /// without writing; none when it holds `except` (a copy of this contest).
  public static func editionDocuments(at path: String, except: String) throws
    -> [SimilarityDocument]
  {
    let other = try ContestDatabase.open(path: path, readOnly: true)
    let (edition, rows) = try other.snapshot { (try other.contest(), try other.entries()) }
    guard edition.id != except else { return [] }
    return rows.map { document($0, contest: edition.id) }
  }

  /// This contest's entries as near-duplicates compare them (for a server giving them to
  /// the other editions it serves).
  public func similarityDocuments() throws(WorkflowError) -> [SimilarityDocument] {
    try attempt {
      let (contest, entries) = try database.snapshot {
        (try database.contest(), try database.entries())
      }
      return entries.map { Self.document($0, contest: contest.id) }
    }
  }
}

extension WorkflowText {
  static func notALookAlike(_ code: String, _ other: String) -> String {
    Language.text(
      vi:
        "\(other) không có trong các sáng kiến gần giống \(code) ('sangkien entry similar \(code)' liệt kê chúng; sáng kiến kỳ khác ghi MÃ-KỲ/MÃ)",
      en:
        "\(other) is not among \(code)'s look-alikes ('sangkien entry similar \(code)' lists them; another edition's entry as CONTEST/CODE)"
    )
  }
}
