import Foundation
import SangKienModel
import SangKienScoring

/// A round's statistics as `stats` shows and writes them.
public struct StatisticsDocument: ListDocument, Sendable {
  /// The statistics.
  public var statistics: RoundStatistics

  /// Creates the document.
  public init(_ statistics: RoundStatistics) { self.statistics = statistics }

  /// The judges' table.
  public var tableHeaders: [String] {
    Language.current == .vi
      ? ["Giám khảo", "Số phiếu", "Trung bình", "Độ lệch chuẩn", "Độ khắt khe"]
      : ["Judge", "Sheets", "Mean", "SD", "Severity"]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    statistics.profiles.map { p in
      [
        p.judge, String(p.count), Self.two(p.mean), Self.two(p.standardDeviation),
        p.severity.map { ($0 >= 0 ? "+" : "") + Self.two($0) } ?? "–",
      ]
    }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] { ["judge", "sheets", "mean", "sd", "severity"] }

  /// The CSV rows.
  public var csvRows: [[String]] {
    statistics.profiles.map { p in
      [
        p.judge, String(p.count), Self.four(p.mean), Self.four(p.standardDeviation),
        p.severity.map(Self.four) ?? "",
      ]
    }
  }

  /// A value to two places as the language writes numbers (`7,78`), `–` when there is none.
  public static func two(_ value: Double?) -> String {
    value.map { NumberFormat.format(Decimal($0), places: 2) } ?? "–"
  }

  static func four(_ value: Double) -> String { String(format: "%.4f", value) }

  /// The JSON document.
  public var json: JSONValue {
    let s = statistics
    func number(_ value: Double?) -> JSONValue { value.map { .number(Self.four($0)) } ?? .null }
    return .object([
      "round": .string(s.round),
      "judges": .array(
        s.profiles.map { p in
          .object([
            "judge": .string(p.judge), "count": .number(String(p.count)), "mean": number(p.mean),
            "sd": number(p.standardDeviation), "severity": number(p.severity),
          ])
        }),
      "reliability": .object([
        "measure": .string(s.reliability.name), "value": number(s.reliability.value),
        "meaning": .string(s.reliability.meaning),
      ]),
      "kendall_w": number(s.kendallW),
      "disagreements": .array(
        s.disagreements.map { d in
          .object([
            "code": .string(d.code),
            "totals": .object(
              Dictionary(
                uniqueKeysWithValues: d.totals.map {
                  ($0.judge, JSONValue.number($0.total.description))
                }
              )),
          ])
        }),
      "prize_stability": .array(
        s.stability.map { x in
          .object([
            "code": .string(x.code), "prize": .string(x.prize),
            "probability": number(x.probability),
          ])
        }),
    ])
  }
}
