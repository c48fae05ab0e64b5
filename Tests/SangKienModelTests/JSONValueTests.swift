import Testing

@testable import SangKienModel

@Suite("Canonical JSON")
struct JSONValueTests {
  @Test("keys are sorted and strings escaped the same way every time")
  func canonical() {
    let value = JSONValue.object([
      "b": .string("dòng 1\ndòng \"2\"\\"), "a": .array([.number("7.5"), .null, .bool(true)]),
      "c": .string("\u{1}"),
    ])
    #expect(
      value.canonicalText == #"{"a":[7.5,null,true],"b":"dòng 1\ndòng \"2\"\\","c":"\u0001"}"#)
  }

  @Test("parsing gives back the same value")
  func roundTrip() throws {
    let value = JSONValue.object([
      "t": .string("Sở Tư pháp"), "n": .number("3"), "f": .bool(false), "x": .null,
    ])
    let parsed = try #require(JSONValue(parsing: value.canonicalText))
    #expect(parsed.canonicalText == value.canonicalText)
  }
}
