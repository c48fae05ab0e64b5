import Foundation
import SangKienModel
import SangKienScoring

/// A ranking as the files people keep: DESIGN.md's JSON schema, CSV and table rows.
public struct RankingDocument: ListDocument, Sendable {
  /// The contest's id.
  public var contest: String
  /// The ranking.
  public var ranking: Ranking
  /// When it was made, ISO 8601 UTC.
  public var generatedAt: String
  /// The audit log's head when it was made.
  public var auditHead: String
  /// The audit record of the publication it belongs to, when published.
  public var publication: Int64?

  /// Creates a document.
  public init(
    contest: String, ranking: Ranking, generatedAt: String, auditHead: String,
    publication: Int64? = nil
  ) {
    self.publication = publication
    self.contest = contest
    self.ranking = ranking
    self.generatedAt = generatedAt
    self.auditHead = auditHead
  }

  /// `{contest, round, method, generated_at, audit_head, entries: [...]}`.
  public var json: JSONValue {
    var members: [String: JSONValue] = [
      "contest": .string(contest), "round": .string(ranking.round),
      "method": .string(ranking.method.rawValue), "generated_at": .string(generatedAt),
      "audit_head": .string(auditHead),
      "entries": .array(
        ranking.entries.map { e in
          var entry: [String: JSONValue] = [
            "rank": e.rank.map { .number(String($0)) } ?? .null,
            "code": .string(e.entry.code), "title": .string(e.entry.title),
            "category": .string(e.entry.category.rawValue),
            "entrant_kind": .string(e.entry.entrantKind.rawValue),
            "score": e.hundredths.map { .number(DecimalFormat.twoPlaces(hundredths: $0)) } ?? .null,
            "judge_count": .number(String(e.judgeCount)),
            "judge_totals": .object(e.judgeTotals.mapValues { .number($0.description) }),
            "criteria": .object(
              e.criterionMeans.mapValues { .number($0.points.description) }),
            "flags": .array(e.flags.sorted().map { .string($0.rawValue) }),
            "prize": .optional(e.prize),
          ]
          // Only for an entry marked again: documents of rounds without it stay as they were.
          if let settled = e.settlement {
            entry["settlement"] = .object([
              "kind": .string(settled.kind), "text": .string(settled.text),
            ])
          }
          return .object(entry)
        }),
    ]
    if let publication { members["publication"] = .string("#\(publication)") }
    return .object(members)
  }

  /// The CSV header.
  public var csvHeader: [String] { Self.csvColumns }

  /// The CSV columns.
  ///
  /// The machine columns keep their ids; the last three say the same for people, in the
  /// document's language.
  public static let csvColumns = [
    "rank", "code", "title", "category", "entrant_kind", "score", "judge_count", "flags", "prize",
    "category_label", "entrant_kind_label", "flags_label",
  ]

  /// The CSV rows.
  public var csvRows: [[String]] {
    let vi = Language.current == .vi
    return ranking.entries.map { e -> [String] in
      let flags = e.flags.sorted()
      let score = e.hundredths.map { DecimalFormat.twoPlaces(hundredths: $0) } ?? ""
      let machine: [String] = [
        e.rank.map(String.init) ?? "", e.entry.code, e.entry.title, e.entry.category.rawValue,
        e.entry.entrantKind.rawValue, score, String(e.judgeCount),
        flags.map(\.rawValue).joined(separator: ";"), e.prize ?? "",
      ]
      let labels: [String] = [
        vi ? e.entry.category.vietnamese : e.entry.category.rawValue,
        vi ? e.entry.entrantKind.vietnamese : e.entry.entrantKind.rawValue,
        Self.flagsText(e, separator: "; "),
      ]
      return machine + labels
    }
  }

  /// Table headers in the current language.
  public var tableHeaders: [String] { Self.tableColumns }

  /// Table columns in the current language.
  public static var tableColumns: [String] {
    Words.rankingColumns
  }

  /// Table rows.
  public var tableRows: [[String]] {
    ranking.entries.map { e in
      [
        e.rank.map(String.init) ?? "–", e.entry.code, e.entry.title,
        e.score.map { NumberFormat.format($0, places: 2) } ?? "–", String(e.judgeCount),
        Self.flagsText(e, separator: ", "), e.prize ?? "",
      ]
    }
  }

  /// The columns of the published `ranking.csv` and `ranking.xlsx`, for people: the
  /// ranking's with the category and the entrant in words.
  public static var publishedColumns: [String] {
    [
      Words.rank, Words.code, Words.title, Words.category, Words.entrantKind, Words.score,
      Words.judgeCount, Words.flags, Words.prize,
    ]
  }

  /// The published rows: words, not ids; the score as the language writes it when
  /// `numbers` is `.text` (a CSV file), as a plain decimal when `.cells` (a workbook keeps
  /// numbers as numbers and shows them the reader's way).
  public func publishedRows(numbers: NumberStyle) -> [[String]] {
    ranking.entries.map { e in
      [
        e.rank.map(String.init) ?? "", e.entry.code, e.entry.title, e.entry.category.localized,
        e.entry.entrantKind.localized,
        numbers == .cells
          ? e.hundredths.map { DecimalFormat.twoPlaces(hundredths: $0) } ?? ""
          : e.score.map { NumberFormat.format($0, places: 2) } ?? "",
        String(e.judgeCount), Self.flagsText(e, separator: "; "), e.prize ?? "",
      ]
    }
  }

  /// How a published file writes numbers.
  public enum NumberStyle: Sendable { case text, cells }

  /// The flags for people, with how a further marking settled the entry.
  public static func flagsText(_ e: RankedEntry, separator: String) -> String {
    let flags = e.flags.sorted().map(\.label).joined(separator: separator)
    guard let settled = e.settlement else { return flags }
    return flags.isEmpty ? settled.text : flags + " (" + settled.text + ")"
  }
}
