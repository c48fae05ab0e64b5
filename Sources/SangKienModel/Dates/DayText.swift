import Foundation

/// Reading a day the ways offices write one: `15/11/2019`, `15/11/19`, `15.11.2019`,
/// `2019-11-15`, `2019/11/15`, `15/11/2019 08:30` (the time dropped, and said so); an Excel
/// date serial typed into a text cell is recognised and refused with the date it stands for.
public enum DayText {
  /// Which comes first in a day written with the year last.
  public enum Order: Sendable, Hashable {
    /// `15/11/2019`: the Vietnamese (and European) way.
    case dayMonth
    /// `11/15/2019`: the American way, which Excel writes under US settings.
    case monthDay
  }

  /// What a text gave.
  public enum Reading: Sendable, Hashable {
    /// A day; `droppedTime` holds the time of day that was dropped, if there was one.
    case day(Day, droppedTime: String?)
    /// A whole number that reads as an Excel date serial, and the day it stands for.
    case excelSerial(Int, Day)
    /// Not a day.
    case invalid
  }

  /// Reads `text` with the day-month order `order`.
  public static func read(_ text: String, order: Order = .dayMonth) -> Reading {
    // The usual case, read byte by byte (a large import reads one day per row).
    if order == .dayMonth, let day = Day(parsing: text) { return .day(day, droppedTime: nil) }
    var body = Substring(text).trimmingCharacters(in: .whitespaces)
    var time: String? = nil
    // "15/11/2019 08:30" or "2019-11-15T08:30:00": the day and a time of day.
    if let cut = body.firstIndex(where: { $0 == " " || $0 == "T" }) {
      let rest = body[body.index(after: cut)...].trimmingCharacters(in: .whitespaces)
      guard isTime(rest) else { return .invalid }
      time = rest
      body = String(body[..<cut])
    }
    if time == nil, let serial = Int(body), (20_000...80_000).contains(serial),
      let day = Day(excelSerial: serial)
    {
      return .excelSerial(serial, day)
    }
    guard let day = parse(body, order: order) else { return .invalid }
    return .day(day, droppedTime: time)
  }

  /// How `text` may be read: as day/month, as month/day, or either (a day of the month up
  /// to 12, or a year first). For telling which order a whole file is written in.
  public static func orders(_ text: String) -> (dayMonth: Bool, monthDay: Bool) {
    // Digits and separators only (nearly every day in a file): worked out from the groups.
    if let (groups, _) = Day.digitGroups(text), groups.count == 3 {
      if groups[0].digits == 4 {
        let valid = Day(year: groups[0].value, month: groups[1].value, day: groups[2].value) != nil
        return (valid, valid)
      }
      guard groups[0].digits <= 2, groups[1].digits <= 2,
        groups[2].digits == 4 || groups[2].digits == 2
      else { return (false, false) }
      let year = groups[2].digits == 2 ? 2000 + groups[2].value : groups[2].value
      return (
        Day(year: year, month: groups[1].value, day: groups[0].value) != nil,
        Day(year: year, month: groups[0].value, day: groups[1].value) != nil
      )
    }
    var a = false
    var b = false
    if case .day = read(text, order: .dayMonth) { a = true }
    if case .day = read(text, order: .monthDay) { b = true }
    return (a, b)
  }

  static func parse(_ text: String, order: Order) -> Day? {
    let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
      .map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return nil }
    if parts[0].count == 4 {
      guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
      return Day(year: a, month: b, day: c)
    }
    guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2
    else { return nil }
    // Two-digit years are this century's: 19 is 2019.
    let year = parts[2].count == 2 ? 2000 + c : c
    return order == .dayMonth
      ? Day(year: year, month: b, day: a) : Day(year: year, month: a, day: b)
  }

  static func isTime(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count) else { return false }
    let numbers = parts.map { part in Int(part.prefix { $0.isNumber }) }
    guard let hour = numbers[0], let minute = numbers[1], (0...23).contains(hour),
      (0...59).contains(minute)
    else { return false }
    return parts.dropLast().allSatisfy { $0.allSatisfy(\.isNumber) }
  }
}

extension Day {
  /// The day an Excel serial (the 1900 system) stands for, with its 29/02/1900 that never was:
  /// serial 60 is that day, so serials after it are one day late.
  public init?(excelSerial serial: Int) {
    guard serial >= 1, serial != 60 else { return nil }
    // Days since 1899-12-31, less the phantom 29/02/1900 for serials after it.
    var days = serial - (serial > 60 ? 1 : 0)
    var year = 1900
    while true {
      let length = (1...12).reduce(0) { $0 + Day.daysIn(month: $1, year: year) }
      if days <= length { break }
      days -= length
      year += 1
    }
    var month = 1
    while days > Day.daysIn(month: month, year: year) {
      days -= Day.daysIn(month: month, year: year)
      month += 1
    }
    self.init(year: year, month: month, day: days)
  }
}
