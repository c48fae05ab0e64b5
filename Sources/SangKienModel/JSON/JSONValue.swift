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
  ///
  /// Works on the UTF-8 bytes: audit records write every entry through here, so it is on
  /// the path of every import.
  public static func writeString(_ text: String, to output: inout String) {
    let utf8 = text.utf8
    if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      output += "\""
      output += text
      output += "\""
      return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 16)
    bytes.append(0x22)
    let hex = Array("0123456789abcdef".utf8)
    // Byte by byte: appending a two-byte array literal made an array per escape.
    for byte in utf8 {
      switch byte {
      case 0x22, 0x5C:
        bytes.append(0x5C)
        bytes.append(byte)
      case 0x0A:
        bytes.append(0x5C)
        bytes.append(0x6E)
      case 0x0D:
        bytes.append(0x5C)
        bytes.append(0x72)
      case 0x09:
        bytes.append(0x5C)
        bytes.append(0x74)
      case 0..<0x20:
        for escape in [0x5C, 0x75, 0x30, 0x30] as [UInt8] { bytes.append(escape) }
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
    output += String(decoding: bytes, as: UTF8.self)
  }
}
