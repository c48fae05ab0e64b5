import Foundation

extension JSONValue {
  /// Parses JSON text (as stored in audit records); nil when it is not JSON.
  public init?(parsing text: String) {
    guard
      let object = try? JSONSerialization.jsonObject(
        with: Data(text.utf8), options: [.fragmentsAllowed])
    else { return nil }
    self.init(foundation: object)
  }

  private init?(foundation object: Any) {
    switch object {
    case is NSNull: self = .null
    case let text as String: self = .string(text)
    case let number as NSNumber:
      let type = String(cString: number.objCType)
      if type == "c" || type == "B" {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.stringValue)
      }
    case let array as [Any]:
      var items: [JSONValue] = []
      for item in array {
        guard let value = JSONValue(foundation: item) else { return nil }
        items.append(value)
      }
      self = .array(items)
    case let dictionary as [String: Any]:
      var members: [String: JSONValue] = [:]
      for (key, item) in dictionary {
        guard let value = JSONValue(foundation: item) else { return nil }
        members[key] = value
      }
      self = .object(members)
    default:
      return nil
    }
  }
}
