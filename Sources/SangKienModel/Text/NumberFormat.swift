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

  /// The decimal places a value needs (at most four, as points have): 7.5 needs one.
  public static func places(_ value: Decimal) -> Int {
    var places = 0
    var scaled = value
    while places < 4 {
      var rounded = Decimal()
      NSDecimalRound(&rounded, &scaled, 0, .plain)
      if rounded == scaled { break }
      scaled *= 10
      places += 1
    }
    return places
  }

  /// `value` with the places it needs: `20,5` and `25` in Vietnamese.
  public static func shown(_ value: Decimal, language: Language = Language.current) -> String {
    format(value, places: places(value), language: language)
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
