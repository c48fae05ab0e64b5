/// One difference between two JSON values, at its path (`rounds[so-khao].resolution`,
/// `attachments.max_file_mb`): what it was and what it becomes (nil: absent).
public struct JSONDifference: Hashable, Sendable, CustomStringConvertible {
  /// Where: object keys joined by dots, array items by their `id` in brackets (or their
  /// position, from 1, when they have none).
  public var path: String
  /// The value before; nil when the key was absent.
  public var before: JSONValue?
  /// The value after; nil when the key is removed.
  public var after: JSONValue?

  /// Creates a difference.
  public init(path: String, before: JSONValue?, after: JSONValue?) {
    self.path = path
    self.before = before
    self.after = after
  }

  /// `attachments.max_file_mb: 10 → 20`, absent values as `(không có)`.
  public var description: String {
    let none = Language.text(vi: "(không có)", en: "(none)")
    return "\(path): \(before.map(Self.shown) ?? none) → \(after.map(Self.shown) ?? none)"
  }

  /// A value as people read it: a string without quotes, anything else as canonical JSON,
  /// cut at 200 characters.
  public static func shown(_ value: JSONValue) -> String {
    let text: String
    if case .string(let string) = value { text = string } else { text = value.canonicalText }
    return text.count > 200 ? String(text.prefix(199)) + "…" : text
  }
}

extension JSONValue {
  /// Every difference from `self` to `other`, key by key, in path order. Arrays of objects
  /// that all carry a distinct string `id` (else `name`) are compared item by item by it (an
  /// item added, removed or changed); other arrays of the same length position by position,
  /// or from nothing item by item; arrays of different lengths as a whole.
  public func differences(to other: JSONValue, at path: String = "") -> [JSONDifference] {
    func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
    switch (self, other) {
    case (.object(let before), .object(let after)):
      return Set(before.keys).union(after.keys).sorted().flatMap { key -> [JSONDifference] in
        switch (before[key], after[key]) {
        case (let old?, let new?): return old.differences(to: new, at: child(key))
        case (nil, nil): return []
        // A section added or removed whole is said key by key.
        case (nil, .object(let members)?):
          return JSONValue.object([:]).differences(to: .object(members), at: child(key))
        case (.object(let members)?, nil):
          return JSONValue.object(members).differences(to: .object([:]), at: child(key))
        case (nil, .array(let items)?) where items.contains(where: \.isObject):
          return JSONValue.array([]).differences(to: .array(items), at: child(key))
        case (.array(let items)?, nil) where items.contains(where: \.isObject):
          return JSONValue.array(items).differences(to: .array([]), at: child(key))
        case (let old, let new): return [JSONDifference(path: child(key), before: old, after: new)]
        }
      }
    case (.array(let before), .array(let after)):
      let none: (ids: [String], values: [String: JSONValue]) = ([], [:])
      if let old = before.isEmpty ? none : Self.byId(before),
        let new = after.isEmpty ? none : Self.byId(after), !(before.isEmpty && after.isEmpty)
      {
        var found: [JSONDifference] = []
        let order = old.ids + new.ids.filter { old.values[$0] == nil }
        for id in order {
          let at = path + "[\(id)]"
          switch (old.values[id], new.values[id]) {
          case (let o?, let n?): found += o.differences(to: n, at: at)
          case (nil, let n?): found += JSONValue.object([:]).differences(to: n, at: at)
          case (let o?, nil): found += o.differences(to: .object([:]), at: at)
          case (nil, nil): break
          }
        }
        if found.isEmpty && old.ids != new.ids {
          found.append(
            JSONDifference(
              path: path, before: .array(old.ids.map(JSONValue.string)),
              after: .array(new.ids.map(JSONValue.string))))
        }
        return found
      }
      let items = before.isEmpty ? after : before
      if before.isEmpty != after.isEmpty, items.contains(where: \.isObject) {
        return items.enumerated().flatMap { index, item -> [JSONDifference] in
          let at = path + "[\(index + 1)]"
          guard case .object = item else {
            return [
              JSONDifference(
                path: at, before: before.isEmpty ? nil : item, after: before.isEmpty ? item : nil)
            ]
          }
          return before.isEmpty
            ? JSONValue.object([:]).differences(to: item, at: at)
            : item.differences(to: .object([:]), at: at)
        }
      }
      if before.count == after.count {
        return zip(before, after).enumerated().flatMap { index, pair in
          pair.0.differences(to: pair.1, at: path + "[\(index + 1)]")
        }
      }
      return [JSONDifference(path: path, before: self, after: other)]
    default:
      return self == other ? [] : [JSONDifference(path: path, before: self, after: other)]
    }
  }

  /// Whether this is an object.
  var isObject: Bool {
    if case .object = self { return true }
    return false
  }

  /// The items of an array of objects each with a distinct string `id` (else `name`), else
  /// nil.
  private static func byId(_ items: [JSONValue]) -> (ids: [String], values: [String: JSONValue])? {
    guard !items.isEmpty else { return nil }
    for key in ["id", "name"] {
      var ids: [String] = []
      var values: [String: JSONValue] = [:]
      for item in items {
        guard case .object(let members) = item, case .string(let id)? = members[key],
          values[id] == nil
        else { break }
        ids.append(id)
        values[id] = item
      }
      if ids.count == items.count { return (ids, values) }
    }
    return nil
  }
}
