import Foundation
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

@Suite("one reader of a sheet's points, for the form and the API")
struct SheetPointsTests {
  @Test(
    "a form's fields",
    arguments: [
      (["points.a": "7,5"], ["a": Decimal(string: "7.5")!], []),
      (["points.a": " 7.5 ", "comment": "x"], ["a": Decimal(string: "7.5")!], []),
      (["points.a": ""], [:], []),
      (["points.a": "bảy"], [:], ["points.a"]),
      (["points.b": "1", "points.a": "x"], ["b": Decimal(1)], ["points.a"]),
    ] as [([String: String], [String: Decimal], [String])])
  func form(fields: [String: String], points: [String: Decimal], bad: [String]) {
    let read = SheetPoints.read(form: fields)
    #expect(read.points == points)
    #expect(read.problems.map(\.field) == bad.map { Optional($0) })
  }

  @Test(
    "the API's JSON",
    arguments: [
      (#"{"a": 7.5}"#, ["a": Decimal(string: "7.5")!], []),
      (#"{"a": "7,5"}"#, ["a": Decimal(string: "7.5")!], []),
      (#"{"a": null}"#, [:], []),
      (#"{"a": true}"#, [:], ["points.a"]),
      (#"{"a": "x", "b": [1]}"#, [:], ["points.a", "points.b"]),
    ] as [(String, [String: Decimal], [String])])
  func json(text: String, points: [String: Decimal], bad: [String]) throws {
    guard case .object(let members)? = JSONValue(parsing: text) else {
      Issue.record("not JSON: \(text)")
      return
    }
    let read = SheetPoints.read(json: members)
    #expect(read.points == points)
    #expect(read.problems.map(\.field) == bad.map { Optional($0) })
  }

  @Test("a form that does not decode is refused 422, not a crash or a 500")
  func badField() throws {
    struct Form: Decodable { var top: Int? }
    #expect(try WebApp.decode(Form.self, "top=12").top == 12)
    #expect(try WebApp.decode(SignInForm.self, "login=gk01&password=a+b").password == "a b")
    #expect {
      try WebApp.decode(Form.self, "top=mười")
    } throws: { error in
      // Hummingbird 2.28.1's decoder leaves the key out of a value's coding path, so the
      // forms keep values to be parsed as text and name their own problems.
      guard case WorkflowError.invalid(let problems, _) = error else { return false }
      return problems.count == 1
    }
  }
}
