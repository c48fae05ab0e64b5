import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// `entry similar` as a list: each close entry with its contest, the figure and why.
struct SimilarDocument: ListDocument {
  let found: SimilarEntries

  init(_ found: SimilarEntries) { self.found = found }

  static func figure(_ score: Double) -> String { NumberFormat.format(score, places: 2) }

  var tableHeaders: [String] {
    [
      Language.text(vi: "Kỳ thi", en: "Contest"), Words.code,
      Language.text(vi: "Tên sáng kiến", en: "Title"),
      Language.text(vi: "Mức giống", en: "Similarity"),
      Language.text(vi: "Giống ở", en: "Alike in"),
    ]
  }

  var tableRows: [[String]] {
    found.matches.map { m in
      [
        m.document.contest, m.document.code, m.document.title, Self.figure(m.score),
        m.reasons.map(\.localized).joined(separator: ", "),
      ]
    }
  }

  var csvHeader: [String] {
    ["contest", "code", "title", "score", "title_score", "summary_score", "reasons"]
  }

  var csvRows: [[String]] {
    found.matches.map { m in
      [
        m.document.contest, m.document.code, m.document.title, String(format: "%.3f", m.score),
        String(format: "%.3f", m.titleScore), String(format: "%.3f", m.summaryScore),
        m.reasons.map(\.rawValue).joined(separator: ";"),
      ]
    }
  }

  var json: JSONValue {
    .object([
      "entry": .string(found.entry.code), "contest": .string(found.contest),
      "editions": .array(found.editions.map(JSONValue.string)),
      "compared": .number(String(found.compared)),
      "threshold": .number(String(format: "%.2f", found.threshold)),
      "similar": .array(
        found.matches.map { m in
          .object([
            "contest": .string(m.document.contest), "code": .string(m.document.code),
            "title": .string(m.document.title), "score": .number(String(format: "%.3f", m.score)),
            "title_score": .number(String(format: "%.3f", m.titleScore)),
            "summary_score": .number(String(format: "%.3f", m.summaryScore)),
            "reasons": .array(m.reasons.map { .string($0.rawValue) }),
          ])
        }),
    ])
  }
}

extension CLIText {
  static func similarSummary(_ found: SimilarEntries) -> String {
    let editions =
      found.editions.isEmpty
      ? Language.text(vi: "chỉ trong cuộc thi này", en: "this contest only")
      : Language.text(
        vi: "cả các kỳ \(found.editions.joined(separator: ", "))",
        en: "editions \(found.editions.joined(separator: ", ")) too")
    let figure = SimilarDocument.figure(found.threshold)
    return found.matches.isEmpty
      ? Language.text(
        vi:
          "\(found.entry.code): không sáng kiến nào giống từ \(figure) trở lên (so với \(found.compared) sáng kiến, \(editions)).",
        en:
          "\(found.entry.code): no entry \(figure) alike or more (compared with \(found.compared), \(editions))."
      )
      : Language.text(
        vi:
          "\(found.entry.code): \(found.matches.count) sáng kiến giống từ \(figure) trở lên (so với \(found.compared) sáng kiến, \(editions)); chỉ để Tổ thư ký xem xét, không tự loại.",
        en:
          "\(found.entry.code): \(found.matches.count) entries \(figure) alike or more (compared with \(found.compared), \(editions)); for the secretariat to look at, never refused."
      )
  }
  static var thresholdRange: String {
    Language.text(vi: "--threshold từ 0 đến 1", en: "--threshold is between 0 and 1")
  }
}
