import Foundation
import Testing

@testable import SangKienModel

@Suite("Days")
struct DayTests {
  @Test(
    "days are read as dd/mm/yyyy or yyyy-mm-dd",
    arguments: [
      ("15/11/2019", "2019-11-15"), ("2019-11-15", "2019-11-15"), ("5/1/2019", "2019-01-05"),
      ("29/02/2020", "2020-02-29"), (" 01-02-2019 ", "2019-02-01"), ("31.12.2019", "2019-12-31"),
    ])
  func parses(pair: (String, String)) {
    #expect(Day(parsing: pair.0)?.iso == pair.1)
  }

  @Test(
    "impossible or malformed days are refused",
    arguments: [
      "31/02/2019", "29/02/2019", "2019-13-01", "00/01/2019", "15/11/19", "2019/11/15",
      "abc", "", "15-11", "１５/11/2019", "2019-11-15T10:00",
    ])
  func refuses(text: String) {
    #expect(Day(parsing: text) == nil)
  }

  @Test("the byte-level reading agrees with the general one")
  func fastPathAgrees() {
    var random = SeededGenerator(seed: 3)
    let alphabet = Array("0123456789/-.  \t")
    var texts = ["15//11/2019", "/15/11/2019", "2019--11-15", "0000015/11/2019", "15/11/2019/"]
    for _ in 0..<20_000 {
      texts.append(
        String((0..<random.below(13)).map { _ in alphabet[random.below(alphabet.count)] }))
    }
    for text in texts {
      #expect(Day(parsing: text) == Day.parsedGenerally(text), "\(text)")
    }
  }

  @Test("days order on the calendar and print the Vietnamese way")
  func orderAndFormat() throws {
    let deadline = try #require(Day(parsing: "15/11/2019"))
    let late = try #require(Day(parsing: "2019-11-16"))
    #expect(deadline < late)
    #expect(deadline.vietnamese == "15/11/2019")
  }
}

@Suite("Number format")
struct NumberFormatTests {
  @Test(
    "Vietnamese documents write 1.234,5; English ones 1,234.5",
    arguments: [
      (Decimal(string: "1234.5")!, 1, "1.234,5", "1,234.5"),
      (Decimal(string: "79.665")!, 2, "79,67", "79.67"),
      (Decimal(1_000_000), 0, "1.000.000", "1,000,000"),
      (Decimal(string: "-0.5")!, 2, "-0,50", "-0.50"),
      (Decimal(80), 2, "80,00", "80.00"),
    ])
  func format(value: Decimal, places: Int, vi: String, en: String) {
    #expect(NumberFormat.format(value, places: places, language: .vi) == vi)
    #expect(NumberFormat.format(value, places: places, language: .en) == en)
  }
}
