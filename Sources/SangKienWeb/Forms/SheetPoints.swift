import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// The one reader of the points a judge sends, by leaf criterion: typed in the sheet's form
/// (`7,5` or `7.5`, a field `points.LEAF`) or sent to the API as JSON (a number, a string,
/// or null). What is not a number is a problem named by its field, `points.LEAF`.
enum SheetPoints {
  /// One leaf's value as it came.
  enum Given: Equatable {
    /// Typed text (a form field, a JSON string).
    case text(String)
    /// A JSON number, as written.
    case number(String)
    /// Nothing: an empty field, JSON null.
    case absent
    /// Anything else (JSON true, an array…).
    case other
  }

  /// The points, and the leaves whose value is not a number.
  static func read(_ given: [String: Given]) -> (points: [String: Decimal], problems: [Problem]) {
    var points: [String: Decimal] = [:]
    var problems: [Problem] = []
    for (leaf, value) in given.sorted(by: { $0.key < $1.key }) {
      let number: Decimal?
      var shown: String?
      switch value {
      case .absent: continue
      case .text(let text):
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { continue }
        number = DecimalText.parse(trimmed)
        shown = trimmed
      case .number(let text): number = Decimal(string: text)
      case .other: number = nil
      }
      if let number {
        points[leaf] = number
      } else {
        problems.append(Problem(field: "points.\(leaf)", message: WebText.notANumber(shown)))
      }
    }
    return (points, problems)
  }

  /// The `points.LEAF` fields of a form.
  static func read(form fields: [String: String]) -> (
    points: [String: Decimal], problems: [Problem]
  ) {
    var given: [String: Given] = [:]
    for (key, value) in fields where key.hasPrefix("points.") {
      given[String(key.dropFirst("points.".count))] = .text(value)
    }
    return read(given)
  }

  /// The `points` object of the API's JSON.
  static func read(json members: [String: JSONValue]) -> (
    points: [String: Decimal], problems: [Problem]
  ) {
    read(
      members.mapValues { value in
        switch value {
        case .number(let text): .number(text)
        case .string(let text): .text(text)
        case .null: .absent
        default: .other
        }
      })
  }
}

/// A sheet as the API's JSON sends it: `{points, comment, submit, version}`; every problem
/// (a point that is not a number, `points` not an object, no version) refused together.
struct SheetBody {
  var points: [String: Decimal]
  var comment: String
  var version: Int
  var submit: Bool

  init(json fields: [String: JSONValue]) throws(WorkflowError) {
    var problems: [Problem] = []
    points = [:]
    if case .object(let given)? = fields["points"] {
      (points, problems) = SheetPoints.read(json: given)
    } else if fields["points"] != nil {
      problems.append(Problem(field: "points", message: WebText.pointsNotAnObject))
    }
    guard case .number(let text)? = fields["version"], let version = Int(text) else {
      throw .invalid(problems + [Problem(field: "version", message: WebText.versionNeeded)])
    }
    if !problems.isEmpty { throw .invalid(problems) }
    self.version = version
    if case .bool(let flag)? = fields["submit"] { submit = flag } else { submit = false }
    if case .string(let text)? = fields["comment"] { comment = text } else { comment = "" }
  }
}
