extension JSONValue {
  /// The value indented by two spaces, keys sorted, for people to read.
  public var prettyText: String {
    var output = ""
    writePretty(to: &output, indent: "")
    return output + "\n"
  }

  private func writePretty(to output: inout String, indent: String) {
    let inner = indent + "  "
    switch self {
    case .array(let items) where !items.isEmpty:
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += inner
        item.writePretty(to: &output, indent: inner)
        output += index + 1 < items.count ? ",\n" : "\n"
      }
      output += indent + "]"
    case .object(let members) where !members.isEmpty:
      output += "{\n"
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        output += inner
        JSONValue.writeString(key, to: &output)
        output += ": "
        members[key]!.writePretty(to: &output, indent: inner)
        output += index + 1 < keys.count ? ",\n" : "\n"
      }
      output += indent + "}"
    default:
      write(to: &output)
    }
  }
}
