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
    var bytes: [UInt8] = []
    write(into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the canonical text's UTF-8 bytes to `bytes`. Every writer works on bytes: a
  /// 10,000-entry ranking or an import's audit records write millions of small pieces,
  /// and appending them to a String cost several times more.
  public func write(into bytes: inout [UInt8]) {
    switch self {
    case .null: JSONValue.append("null", to: &bytes)
    case .bool(let value): JSONValue.append(value ? "true" : "false", to: &bytes)
    case .number(let text): JSONValue.append(text, to: &bytes)
    case .string(let text): JSONValue.writeString(text, into: &bytes)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        item.write(into: &bytes)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        JSONValue.writeString(member.key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        member.value.write(into: &bytes)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// Appends a text's UTF-8 bytes.
  static func append(_ text: String, to bytes: inout [UInt8]) {
    if let done = text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) {
      return done
    }
    bytes.append(contentsOf: text.utf8)
  }

  /// Writes a JSON string literal as UTF-8 bytes, escaping quotes, backslashes and control
  /// characters; runs without anything to escape are copied whole.
  public static func writeString(_ text: String, into bytes: inout [UInt8]) {
    bytes.append(0x22)
    func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
      var run = 0
      for index in 0..<utf8.count {
        let byte = utf8[index]
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
        run = index + 1
        bytes.append(0x5C)
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x0A: bytes.append(0x6E)
        case 0x0D: bytes.append(0x72)
        case 0x09: bytes.append(0x74)
        default:
          let hex: StaticString = "0123456789abcdef"
          bytes.append(0x75)
          bytes.append(0x30)
          bytes.append(0x30)
          bytes.append(hex.utf8Start[Int(byte >> 4)])
          bytes.append(hex.utf8Start[Int(byte & 0x0F)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
    }
    if text.utf8.withContiguousStorageIfAvailable(escape) == nil {
      Array(text.utf8).withUnsafeBufferPointer(escape)
    }
    bytes.append(0x22)
  }
}
