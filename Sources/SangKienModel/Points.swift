import Foundation

/// Points held exactly, as a whole number of ten-thousandths of a point.
///
/// Judges' points are multiples of a rubric step (0.5, 0.25, 0.1), so sums and the
/// numerators of means stay exact integers; a `Double` would not.
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Units per point.
  public static let scale: Int64 = 10_000

  /// The value in ten-thousandths of a point.
  public var units: Int64

  /// Creates points from units.
  public init(units: Int64) {
    self.units = units
  }

  /// Points from a decimal, or nil when it has more than four decimal places or is huge.
  public init?(_ value: Decimal) {
    var scaled = value * Decimal(Points.scale)
    var rounded = Decimal()
    NSDecimalRound(&rounded, &scaled, 0, .plain)
    guard rounded == scaled, abs(rounded) < Decimal(Int64(1) << 50) else { return nil }
    units = NSDecimalNumber(decimal: rounded).int64Value
  }

  /// Points written as a plain decimal (`22`, `7.5`, `0.25`), exactly; nil for anything
  /// else or more than four decimal places.
  public init?(parsing text: String) {
    self.init(utf8: text.utf8)
  }

  /// The same from UTF-8 bytes, so readers of stored text need not make a string first
  /// (inlinable, so each caller gets it specialised for its bytes: generic it was slower
  /// than making the string).
  @inlinable
  public init?<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) {
    var units: Int64 = 0
    var fraction = -1
    var negative = false
    var digits = 0
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where index == 0: negative = true
      case UInt8(ascii: "."), UInt8(ascii: ","):
        guard fraction < 0 else { return nil }
        fraction = 0
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if fraction >= 0 {
          fraction += 1
          if fraction > 4 { return nil }
        }
        digits += 1
        if digits > 15 { return nil }
        units = units * 10 + Int64(byte - UInt8(ascii: "0"))
      default: return nil
      }
    }
    guard digits > 0, fraction != 0 else { return nil }
    for _ in 0..<(4 - max(fraction, 0)) { units *= 10 }
    self.units = negative ? -units : units
  }

  /// Zero points.
  public static let zero = Points(units: 0)

  /// The value as a decimal (made from its digits, without a division).
  public var decimal: Decimal {
    Decimal(sign: units < 0 ? .minus : .plus, exponent: -4, significand: Decimal(abs(units)))
  }

  /// The value as a double, for statistics that need it.
  public var double: Double { Double(units) / Double(Points.scale) }

  /// `77.5`, `80`, `-0.25`: written from the integer, no trailing zeros.
  public var description: String {
    let magnitude = units.magnitude
    let whole = magnitude / UInt64(Points.scale)
    var fraction = magnitude % UInt64(Points.scale)
    var text = (units < 0 ? "-" : "") + String(whole)
    guard fraction > 0 else { return text }
    var places = 4
    while fraction % 10 == 0 {
      fraction /= 10
      places -= 1
    }
    let digits = String(fraction)
    text += "." + String(repeating: "0", count: places - digits.count) + digits
    return text
  }

  /// Orders by value.
  public static func < (lhs: Points, rhs: Points) -> Bool { lhs.units < rhs.units }

  /// The sum.
  public static func + (lhs: Points, rhs: Points) -> Points { Points(units: lhs.units + rhs.units) }

  /// Adds in place (on a dictionary's default subscript: one lookup, not two).
  public static func += (lhs: inout Points, rhs: Points) { lhs.units += rhs.units }

  /// The difference.
  public static func - (lhs: Points, rhs: Points) -> Points { Points(units: lhs.units - rhs.units) }
}

/// A non-negative rational number of points, numerator over denominator, for exact means.
public struct ExactMean: Hashable, Sendable, Comparable {
  /// The numerator, in point units (ten-thousandths).
  public var numerator: Int64
  /// The denominator, at least 1.
  public var denominator: Int64

  /// The mean of some points.
  public init(sum: Points, count: Int) {
    numerator = sum.units
    denominator = Int64(max(count, 1))
  }

  /// A value of `units` over `denominator`.
  public init(units: Int64, denominator: Int64) {
    self.numerator = units
    self.denominator = max(denominator, 1)
  }

  /// Compares exactly by cross-multiplication.
  public static func < (lhs: ExactMean, rhs: ExactMean) -> Bool {
    lhs.numerator.multipliedFullWidth(by: rhs.denominator)
      < rhs.numerator.multipliedFullWidth(by: lhs.denominator)
  }

  /// Equal values compare equal whatever their form (1/2 == 2/4).
  public static func == (lhs: ExactMean, rhs: ExactMean) -> Bool {
    !(lhs < rhs) && !(rhs < lhs)
  }

  /// Hashes the reduced fraction.
  public func hash(into hasher: inout Hasher) {
    let divisor = ExactMean.gcd(abs(numerator), denominator)
    hasher.combine(numerator / max(divisor, 1))
    hasher.combine(denominator / max(divisor, 1))
  }

  private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    b == 0 ? a : gcd(b, a % b)
  }

  /// Rounded half up (away from zero for halves) to 2 decimals, exactly.
  public var roundedToHundredths: Decimal { Decimal(hundredths: hundredths) }

  /// The value in hundredths, rounded half up (away from zero for halves), exactly.
  public var hundredths: Int64 {
    // value in hundredths = numerator * 100 / (denominator * scale)
    let denominatorUnits = denominator * Points.scale
    let magnitude = abs(numerator) * 100
    var result = magnitude / denominatorUnits
    if (magnitude % denominatorUnits) * 2 >= denominatorUnits { result += 1 }
    return numerator < 0 ? -result : result
  }

  /// The value rounded half up to the nearest ten-thousandth, for display of means.
  public var points: Points {
    let negative = numerator < 0
    var quotient = abs(numerator) / denominator
    if (abs(numerator) % denominator) * 2 >= denominator { quotient += 1 }
    return Points(units: negative ? -quotient : quotient)
  }

  /// The value to 4 places, for display of unrounded means.
  public var decimal: Decimal { points.decimal }

  /// The value as a double.
  public var double: Double {
    Double(numerator) / Double(denominator) / Double(Points.scale)
  }
}

/// Writing decimals without needless zeros.
public enum DecimalFormat {
  /// `79.67`, `80`, `7.5`: at most `places` decimals, trailing zeros dropped.
  public static func plain(_ value: Decimal, places: Int = 4) -> String {
    var copy = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &copy, places, .plain)
    return NSDecimalNumber(decimal: rounded).stringValue
  }

  /// A number of hundredths with exactly two decimals (`7967` → `79.67`), without going
  /// through Decimal: a ranking writes one per entry.
  public static func twoPlaces(hundredths: Int64) -> String {
    let magnitude = hundredths.magnitude
    let fraction = magnitude % 100
    return (hundredths < 0 ? "-" : "") + String(magnitude / 100) + (fraction < 10 ? ".0" : ".")
      + String(fraction)
  }

  /// Exactly two decimals: `79.67`, `80.00`.
  public static func twoPlaces(_ value: Decimal) -> String {
    let text = plain(value, places: 2)
    guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
    let decimals = text.distance(from: dot, to: text.endIndex) - 1
    return text + String(repeating: "0", count: max(0, 2 - decimals))
  }
}

extension Decimal {
  /// A whole number of hundredths as a decimal (`7967` → 79.67), made from its digits: a
  /// Decimal division here was a fifth of the bootstrap's time.
  public init(hundredths: Int64) {
    self.init(
      sign: hundredths < 0 ? .minus : .plus, exponent: -2,
      significand: Decimal(hundredths.magnitude))
  }
}
