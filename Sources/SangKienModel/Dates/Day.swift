import Foundation

/// A calendar day with no time and no time zone, as written on contest papers.
///
/// Read as `dd/mm/yyyy` or `yyyy-mm-dd`; written as `yyyy-mm-dd` (ISO 8601) in files and
/// as `dd/mm/yyyy` in Vietnamese documents.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The year, four digits.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 31.
  public let day: Int

  /// Creates a day, or nil when it does not exist on the calendar (31/02, 29/02/2019).
  public init?(year: Int, month: Int, day: Int) {
    guard (1000...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `dd/mm/yyyy` (also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`) or `yyyy-mm-dd`.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
      .map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return nil }
    if parts[0].count == 4 {
      guard trimmed.contains("-"), parts[1].count <= 2, parts[2].count <= 2 else { return nil }
      self.init(year: a, month: b, day: c)
    } else {
      guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 else { return nil }
      self.init(year: c, month: b, day: a)
    }
  }

  /// `yyyy-mm-dd`.
  public var iso: String {
    "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
  }

  /// `dd/mm/yyyy`, the Vietnamese way.
  public var vietnamese: String {
    "\(Day.pad(day, 2))/\(Day.pad(month, 2))/\(Day.pad(year, 4))"
  }

  /// The ISO form.
  public var description: String { iso }

  /// Orders days on the calendar.
  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Encodes as the ISO string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  /// Decodes from the ISO string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a date: \(text)")
    }
    self = day
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
