import Testing

@testable import SangKienModel

@Suite("days as offices write them")
struct DayTextTests {
  @Test(
    "accepted forms",
    arguments: [
      ("15/11/2019", "2019-11-15", nil), ("15/11/19", "2019-11-15", nil),
      ("15.11.2019", "2019-11-15", nil), ("2019/11/15", "2019-11-15", nil),
      ("2019-11-15", "2019-11-15", nil), ("15/11/2019 08:30", "2019-11-15", "08:30"),
      ("2019-11-15T08:30:00", "2019-11-15", "08:30:00"), ("5/1/2019", "2019-01-05", nil),
    ])
  func accepted(text: String, iso: String, time: String?) {
    guard case .day(let day, let dropped) = DayText.read(text) else {
      Issue.record("\(text) was not read")
      return
    }
    #expect(day.iso == iso)
    #expect(dropped == time)
  }

  @Test("an Excel serial is recognised with its day (the 1900 system)")
  func serial() {
    #expect(DayText.read("43784") == .excelSerial(43784, Day(year: 2019, month: 11, day: 15)!))
    #expect(Day(excelSerial: 1)?.iso == "1900-01-01")
    #expect(Day(excelSerial: 59)?.iso == "1900-02-28")
    #expect(Day(excelSerial: 60) == nil)
    #expect(Day(excelSerial: 61)?.iso == "1900-03-01")
  }

  @Test(
    "refused",
    arguments: ["31/02/2019", "15/11/2019 25:00", "15/11", "abc", "2019-13-01", "15/11/2019 soon"])
  func refused(text: String) {
    #expect(DayText.read(text) == .invalid)
  }

  @Test("month/day when asked, and which orders a text allows")
  func orders() {
    #expect(
      DayText.read("10/15/2019", order: .monthDay)
        == .day(Day(year: 2019, month: 10, day: 15)!, droppedTime: nil))
    #expect(DayText.orders("10/15/2019") == (false, true))
    #expect(DayText.orders("15/10/2019") == (true, false))
    #expect(DayText.orders("05/10/2019") == (true, true))
    #expect(DayText.orders("2019-10-15") == (true, true))
  }
}
