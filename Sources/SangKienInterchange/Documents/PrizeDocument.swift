import Foundation
import SangKienModel
import SangKienScoring

/// The prizes of a round as people keep them: a row per award, pending place and empty
/// place, in a table, `prizes.csv` or JSON.
public struct PrizeDocument: ListDocument, Sendable {
  /// The contest's id.
  public var contest: String
  /// The prize round.
  public var round: String
  /// The audit log's head when the prizes were worked out.
  public var auditHead: String
  /// Each group's outcome.
  public var outcomes: [PrizeOutcome]
  /// Entry titles by code.
  public var titles: [String: String]

  /// Creates the document.
  public init(
    contest: String, round: String, auditHead: String, outcomes: [PrizeOutcome],
    titles: [String: String]
  ) {
    self.contest = contest
    self.round = round
    self.auditHead = auditHead
    self.outcomes = outcomes
    self.titles = titles
  }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    Words.prizeColumns
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    ["group", "prize", "code", "title", "rank", "score", "note", "group_label"]
  }

  /// The rows as people read them (the table, the published page and `prizes.csv`): the
  /// group in words, the awarded title, the score as the language writes numbers (84,64 in
  /// Vietnamese), and what is decided, pending or empty.
  public var tableRows: [[String]] {
    csvRows.map { row in
      var shown = Array(row.prefix(7))
      shown[0] = EntrantKind.groupTitle(row[0])
      if let score = Decimal(string: row[5], locale: Locale(identifier: "en_US_POSIX")) {
        shown[5] = NumberFormat.format(score, places: 2)
      }
      return shown
    }
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    var rows: [[String]] = []
    for outcome in outcomes {
      for award in outcome.awards {
        rows.append([
          outcome.group, award.prize, award.code, titles[award.code] ?? "", String(award.rank),
          DecimalFormat.twoPlaces(award.score), award.decided.map(InterchangeText.decided) ?? "",
          InterchangeText.group(outcome.group),
        ])
      }
      for pending in outcome.pending {
        rows.append([
          outcome.group, pending.prize, pending.among.joined(separator: ", "), "", "", "",
          InterchangeText.pendingPlaces(pending.places), InterchangeText.group(outcome.group),
        ])
      }
      for unfilled in outcome.unfilled {
        rows.append([
          outcome.group, unfilled.prize, "", "", "", "",
          InterchangeText.emptyPlaces(unfilled.places),
        ])
      }
    }
    return rows
  }

  /// The JSON document.
  public var json: JSONValue {
    .object([
      "contest": .string(contest), "round": .string(round), "audit_head": .string(auditHead),
      "groups": .array(
        outcomes.map { o in
          .object([
            "group": .string(o.group),
            "awards": .array(
              o.awards.map { a in
                .object([
                  "prize": .string(a.prize), "code": .string(a.code),
                  "rank": .number(String(a.rank)),
                  "score": .number(DecimalFormat.twoPlaces(a.score)),
                  "decided": .optional(a.decided),
                ])
              }),
            "pending": .array(
              o.pending.map { p in
                .object([
                  "prize": .string(p.prize), "places": .number(String(p.places)),
                  "among": .array(p.among.map(JSONValue.string)),
                ])
              }),
            "unfilled": .array(
              o.unfilled.map { u in
                .object(["prize": .string(u.prize), "places": .number(String(u.places))])
              }),
          ])
        }),
    ])
  }
}
