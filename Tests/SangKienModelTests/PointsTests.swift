import Foundation
import Testing

@testable import SangKienModel

@Suite("Points")
struct PointsTests {
  @Test(
    "plain decimals parse exactly and print without trailing zeros",
    arguments: [
      ("22", Int64(220_000), "22"), ("7.5", 75_000, "7.5"), ("7,5", 75_000, "7.5"),
      ("0.25", 2_500, "0.25"), ("-1", -10_000, "-1"), ("0.0001", 1, "0.0001"),
      ("10.50", 105_000, "10.5"),
    ])
  func parse(case: (String, Int64, String)) throws {
    let points = try #require(Points(parsing: `case`.0))
    #expect(points.units == `case`.1)
    #expect(points.description == `case`.2)
    #expect(Points(points.decimal) == points)
  }

  @Test(
    "anything else is refused", arguments: ["", ".", "1.", "1.23456", "1e3", "abc", "1.2.3", "--1"])
  func refuse(text: String) {
    #expect(Points(parsing: text) == nil)
  }

  @Test("exact means round half up to four places for display")
  func meanPoints() {
    #expect(ExactMean(units: 560_000, denominator: 3).points.description == "18.6667")
    #expect(ExactMean(units: 5, denominator: 2).points.units == 3)
  }

  @Test("two places from hundredths read as two places from the decimal")
  func twoPlacesFromHundredths() {
    for hundredths in Array(Int64(-1050)...1050) + [7967, 8000, 10_000, 123_456_789] {
      let decimal = Decimal(
        sign: hundredths < 0 ? .minus : .plus, exponent: -2,
        significand: Decimal(hundredths.magnitude))
      #expect(
        DecimalFormat.twoPlaces(hundredths: hundredths) == DecimalFormat.twoPlaces(decimal),
        "\(hundredths)")
    }
  }
}
