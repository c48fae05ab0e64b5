/// A JSON value written canonically: object keys sorted, no insignificant white space,
/// strings escaped the same way every time.
///
/// Audit records store their before and after states in this form, so that the same state
/// always gives the same bytes (which a hash chain over the log relies on).
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, already written as JSON text (e.g. `7.5`).
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; keys are written sorted.
  case object([String: JSONValue])

  /// A string, or `null` for nil.
  public static func optional(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }

  /// The canonical text.
  public var canonicalText: String {
    var output = ""
    write(to: &output)
    return output
  }

  /// Appends the canonical text to `output`.
  public func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .array(let items):
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += "," }
        item.write(to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, key) in members.keys.sorted().enumerated() {
        if index > 0 { output += "," }
        JSONValue.writeString(key, to: &output)
        output += ":"
        members[key]!.write(to: &output)
      }
      output += "}"
    }
  }

  /// Writes a JSON string literal, escaping quotes, backslashes and control characters.
  public static func writeString(_ text: String, to output: inout String) {
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      output += "\""
      output += text
      output += "\""
      return
    }
    output += "\""
    var plainStart = text.unicodeScalars.startIndex
    var index = plainStart
    let scalars = text.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String?
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escape = nil
        }
      }
      if let escape {
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
        output += escape
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    output += "\""
  }
}
