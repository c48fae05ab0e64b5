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

/// The near-duplicates a registration or an import raised, said on standard error: flagged
/// for the secretariat, nothing refused.
enum NearDuplicateOutput {
  /// Rows an import checks at most as it ends; a larger file is checked on the intake page
  /// or by `entry similar`.
  static let importLimit = 2_000
  /// Flags said one per line at most; the rest counted.
  static let shown = 20

  /// `workflow`'s flags for `codes` (new entries), said; nothing when there are none.
  static func say(_ codes: [String], session cli: Session) throws {
    guard !codes.isEmpty else { return }
    guard codes.count <= importLimit else {
      Console.current.warn(skipped(codes.count))
      return
    }
    let flags = try cli.workflow.nearDuplicates(codes: codes, by: cli.person)
    guard !flags.isEmpty else { return }
    for flag in flags.prefix(shown) { Console.current.warn(line(flag)) }
    if flags.count > shown { Console.current.warn(more(flags.count - shown)) }
    Console.current.warn(hint(flags[0]))
  }

  static func other(_ flag: NearDuplicate, contest: String? = nil) -> String {
    flag.match.document.contest == contest
      ? flag.match.document.code : "\(flag.match.document.contest)/\(flag.match.document.code)"
  }

  static func line(_ flag: NearDuplicate) -> String {
    let why = flag.match.reasons.map(\.localized).joined(separator: ", ")
    let figure = SimilarDocument.figure(flag.match.score)
    return Language.text(
      vi:
        "Cảnh báo: \(flag.code) gần giống \(other(flag)) «\(flag.match.document.title)» (mức \(figure)\(why.isEmpty ? "" : "; giống ở: \(why)"))",
      en:
        "Warning: \(flag.code) looks like \(other(flag)) «\(flag.match.document.title)» (\(figure)\(why.isEmpty ? "" : "; alike in: \(why)"))"
    )
  }

  static func more(_ count: Int) -> String {
    Language.text(
      vi: "… và \(count) cặp gần giống nữa (xem trang Tiếp nhận hoặc 'sangkien entry similar MÃ')",
      en: "… and \(count) more look-alike pairs (the intake page, or 'sangkien entry similar CODE')"
    )
  }

  static func hint(_ flag: NearDuplicate) -> String {
    Language.text(
      vi:
        "Chỉ là cảnh báo, không có gì bị từ chối. Nếu không trùng: 'sangkien entry distinct \(flag.code) \(other(flag)) --reason …'",
      en:
        "A warning only: nothing is refused. If they are not duplicates: 'sangkien entry distinct \(flag.code) \(other(flag)) --reason …'"
    )
  }

  static func skipped(_ count: Int) -> String {
    Language.text(
      vi:
        "\(count) sáng kiến mới: nhiều hơn \(importLimit) nên chưa dò sáng kiến gần giống lúc nhập; trang Tiếp nhận và 'sangkien entry similar MÃ' dò từng sáng kiến",
      en:
        "\(count) new entries: more than \(importLimit), so look-alikes were not looked for now; the intake page and 'sangkien entry similar CODE' look for each"
    )
  }

  static func marked(_ flag: NearDuplicate) -> String {
    Language.text(
      vi: "Đã ghi: \(flag.code) không trùng \(other(flag)) (\(flag.distinct?.reason ?? ""))",
      en:
        "Recorded: \(flag.code) is not a duplicate of \(other(flag)) (\(flag.distinct?.reason ?? ""))"
    )
  }
}
