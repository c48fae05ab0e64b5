import Foundation

/// Numbers as documents in each language write them.
public enum NumberFormat {
  /// `value` with `places` decimals: `1.234,50` in Vietnamese, `1,234.50` in English.
  public static func format(_ value: Decimal, places: Int, language: Language = Language.current)
    -> String
  {
    var copy = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &copy, places, .plain)
    let negative = rounded < 0
    let plain = NSDecimalNumber(decimal: negative ? -rounded : rounded).stringValue
    let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    fraction += String(repeating: "0", count: max(0, places - fraction.count))
    let (group, point) = language == .vi ? (".", ",") : (",", ".")
    var grouped = ""
    for (index, character) in whole.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { grouped.append(contentsOf: group) }
      grouped.append(character)
    }
    let integer = String(grouped.reversed())
    return (negative ? "-" : "") + integer + (places > 0 ? point + fraction : "")
  }

  /// A double the same way.
  public static func format(_ value: Double, places: Int, language: Language = Language.current)
    -> String
  {
    format(
      Decimal(string: String(format: "%.\(places + 2)f", value)) ?? 0, places: places,
      language: language)
  }
}
