import Foundation
import SangKienModel
internal import SangKienStorage

/// What `entry similar` found.
public struct SimilarEntries: Sendable {
  /// The entry checked.
  public var entry: Entry
  /// This contest's id.
  public var contest: String
  /// The editions compared besides this one (their contest ids), from the folder.
  public var editions: [String]
  /// How many entries were compared.
  public var compared: Int
  /// The entries at least `threshold` alike, the closest first.
  public var matches: [SimilarityMatch]
  /// The figure from which a pair is listed.
  public var threshold: Double
}

extension Workflow {
  /// The entries closest to `code` (see `SimilarityIndex`): in this contest and, with
  /// `folder`, in every other contest database (`*.sqlite`) there, each opened read-only
  /// (an older edition; one that is not a contest is skipped). Never refuses or changes
  /// anything: the secretariat looks.
  public func similarEntries(
    code given: String, folder: String? = nil, threshold: Double = SimilarityIndex.threshold,
    limit: Int = 10, by person: Person
  ) throws(WorkflowError) -> SimilarEntries {
    try authorize(.entryShow, person)
    let code = try attempt { try database.canonicalCode(given) }
    return try attempt {
      let (contest, entries) = try database.snapshot {
        (try database.contest(), try database.entries())
      }
      guard let entry = entries.first(where: { $0.code == code }) else {
        throw StorageError.entryNotFound(code: code)
      }
      var documents = entries.map { Self.document($0, contest: contest.id) }
      var editions: [String] = []
      if let folder {
        // Each other edition's entries (this file, or a copy of it, holds this contest's id).
        for path in try Self.contestFiles(in: folder) {
          guard let rows = try? Self.editionDocuments(at: path, except: contest.id),
            let edition = rows.first?.contest
          else { continue }
          editions.append(edition)
          documents += rows
        }
      }
      let index = SimilarityIndex(documents)
      return SimilarEntries(
        entry: entry, contest: contest.id, editions: editions, compared: documents.count - 1,
        matches: index.similar(to: contest.id, code: code, threshold: threshold, limit: limit),
        threshold: threshold)
    }
  }

  static func document(_ entry: Entry, contest: String) -> SimilarityDocument {
    SimilarityDocument(
      contest: contest, code: entry.code, title: entry.draft.title, summary: entry.draft.summary,
      unit: entry.draft.unit, authors: entry.draft.authors.map(\.name))
  }
}

extension WorkflowText {
  static func noContestsFolder(_ folder: String) -> String {
    Language.text(vi: "không có thư mục '\(folder)'", en: "no folder '\(folder)'")
  }
}
