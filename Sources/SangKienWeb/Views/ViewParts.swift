import SangKienModel

/// A link to one of the contest's rounds (`round-nav.mustache`), the one shown marked.
struct RoundLink {
  var name: String
  var href: String
  var current: Bool

  /// Links to every round of `rounds` at `path?round=ID`.
  static func all(_ rounds: [Round], current: String, path: String) -> [RoundLink] {
    rounds.map {
      RoundLink(name: $0.name, href: "\(path)?round=\($0.id)", current: $0.id == current)
    }
  }
}

/// A select's option, the chosen one marked.
struct Option {
  var value: String
  var label: String
  var selected: Bool

  /// Options of `values` (value, label), `selected` marked.
  static func all(_ values: [(String, String)], selected: String?) -> [Option] {
    values.map { Option(value: $0.0, label: $0.1, selected: $0.0 == selected) }
  }
}

/// A link to one page of a long list.
struct PageLink {
  var label: Int
  var href: String
  var current: Bool
}
