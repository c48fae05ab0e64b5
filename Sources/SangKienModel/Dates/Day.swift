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
    // Text of only digits, separators, spaces and tabs (every date a spreadsheet writes)
    // is read byte by byte; anything else the general way below.
    if let (parts, dashed) = Day.digitGroups(text) {
      guard parts.count == 3 else { return nil }
      if parts[0].digits == 4 {
        guard dashed, parts[1].digits <= 2, parts[2].digits <= 2 else { return nil }
        self.init(year: parts[0].value, month: parts[1].value, day: parts[2].value)
      } else {
        guard parts[0].digits <= 2, parts[1].digits <= 2, parts[2].digits == 4 else { return nil }
        self.init(year: parts[2].value, month: parts[1].value, day: parts[0].value)
      }
      return
    }
    guard let day = Day.parsedGenerally(text) else { return nil }
    self = day
  }

  /// The general way of reading a day, for text the byte-level reading does not take (and
  /// to hold that one to it in tests).
  static func parsedGenerally(_ text: String) -> Day? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
      .map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return nil }
    if parts[0].count == 4 {
      guard trimmed.contains("-"), parts[1].count <= 2, parts[2].count <= 2 else { return nil }
      return Day(year: a, month: b, day: c)
    } else {
      guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 else { return nil }
      return Day(year: c, month: b, day: a)
    }
  }

  /// The groups of digits of a text made only of ASCII digits, `/`, `-`, `.`, and spaces or
  /// tabs at either end, and whether it has a `-`; nil for any other text. Empty groups are
  /// skipped, as splitting the text would; a group of more than 9 digits is kept as 10
  /// digits long, which no date part is.
  static func digitGroups(_ text: String) -> ([(value: Int, digits: Int)], Bool)? {
    var bytes = Substring(text).utf8[...]
    while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
    while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
    var groups: [(value: Int, digits: Int)] = []
    var value = 0
    var digits = 0
    var dashed = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if digits < 10 {
          value = value * 10 + Int(byte - UInt8(ascii: "0"))
          digits += 1
        }
      case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
        if digits > 0 { groups.append((value, digits)) }
        (value, digits) = (0, 0)
        if byte == UInt8(ascii: "-") { dashed = true }
      default:
        return nil
      }
    }
    if digits > 0 { groups.append((value, digits)) }
    return (groups, dashed)
  }

  /// `yyyy-mm-dd`.
  public var iso: String {
    "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
  }

  /// `dd/mm/yyyy`, the Vietnamese way.
  public var vietnamese: String {
    "\(Day.pad(day, 2))/\(Day.pad(month, 2))/\(Day.pad(year, 4))"
  }

  /// The day as the current language writes it: `dd/mm/yyyy` in Vietnamese, ISO in English.
  public var localized: String { Language.current == .vi ? vietnamese : iso }

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

extension Day {
  /// The day `days` after 1970-01-01 (before it when negative), in the proleptic Gregorian
  /// calendar (H. Hinnant's civil-from-days).
  public init(daysSince1970 days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)!
  }

  /// Days since 1970-01-01 (negative before it).
  public var daysSince1970: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
