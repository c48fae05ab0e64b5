extension JSONValue {
  /// The value indented by two spaces, keys sorted, for people to read.
  public var prettyText: String {
    var bytes: [UInt8] = []
    writePretty(into: &bytes, depth: 0)
    bytes.append(0x0A)
    return String(decoding: bytes, as: UTF8.self)
  }

  private func writePretty(into bytes: inout [UInt8], depth: Int) {
    func indent(_ depth: Int) {
      for _ in 0..<(2 * depth) { bytes.append(0x20) }
    }
    switch self {
    case .array(let items) where !items.isEmpty:
      bytes.append(UInt8(ascii: "["))
      bytes.append(0x0A)
      for (index, item) in items.enumerated() {
        indent(depth + 1)
        item.writePretty(into: &bytes, depth: depth + 1)
        if index + 1 < items.count { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
      }
      indent(depth)
      bytes.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      bytes.append(UInt8(ascii: "{"))
      bytes.append(0x0A)
      let sorted = members.sorted { $0.key < $1.key }
      for (index, member) in sorted.enumerated() {
        indent(depth + 1)
        JSONValue.writeString(member.key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
        member.value.writePretty(into: &bytes, depth: depth + 1)
        if index + 1 < sorted.count { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
      }
      indent(depth)
      bytes.append(UInt8(ascii: "}"))
    default:
      write(into: &bytes)
    }
  }
}
