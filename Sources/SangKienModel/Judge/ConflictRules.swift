/// Where a conflict of interest comes from.
public enum ConflictSource: String, Sendable, CaseIterable, Codable {
  /// Declared by the secretariat (`conflict add`).
  case declared
  /// The judge's unit is the entry's unit.
  case sameUnit = "same-unit"
  /// The judge's unit is the unit of one of the entry's authors.
  case authorUnit = "author-unit"
  /// The judge is one of the entry's authors.
  case author

  /// The source in words.
  public var explanation: String {
    switch self {
    case .declared: Language.text(vi: "khai báo", en: "declared")
    case .sameUnit: Language.text(vi: "cùng đơn vị dự thi", en: "same unit as the entry")
    case .authorUnit: Language.text(vi: "cùng đơn vị với tác giả", en: "same unit as an author")
    case .author: Language.text(vi: "là tác giả", en: "is an author")
    }
  }
}

/// Finding conflicts of interest between judges and entries.
public enum ConflictRules {
  /// The conflicts a judge has with an entry that can be seen from the records: same unit
  /// as the entry or as an author, or being an author (names and units compared after NFC,
  /// without case and diacritics).
  public static func detect(judge: Judge, entry: Entry) -> [ConflictSource] {
    var found: [ConflictSource] = []
    let unit = AdministrativeNames.key(judge.unit)
    if !unit.isEmpty {
      if AdministrativeNames.key(entry.draft.unit) == unit { found.append(.sameUnit) }
      if entry.draft.authors.contains(where: { author in
        author.unit.map { AdministrativeNames.key($0) == unit } ?? false
      }) {
        found.append(.authorUnit)
      }
    }
    let name = VietnameseText.fold(judge.name)
    if entry.draft.authors.contains(where: { VietnameseText.fold($0.name) == name }) {
      found.append(.author)
    }
    return found
  }
}

extension ConflictRules {
  /// A detected conflict.
  public struct Detected: Hashable, Sendable {
    /// The judge's id.
    public var judge: String
    /// The entry's code.
    public var entry: String
    /// Why.
    public var source: ConflictSource
  }

  /// Every detected conflict between the judges and the entries, found through indexes of
  /// the folded units and names (linear in judges plus entries, not their product), in the
  /// same order as `detect(judge:entry:)` would give for each pair.
  public static func detectAll(judges: [Judge], entries: [Entry]) -> [Detected] {
    var byUnit: [String: [Int]] = [:]
    var byAuthorUnit: [String: [Int]] = [:]
    var byAuthorName: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      byUnit[AdministrativeNames.key(entry.draft.unit), default: []].append(index)
      var units: Set<String> = []
      var names: Set<String> = []
      for author in entry.draft.authors {
        if let unit = author.unit { units.insert(AdministrativeNames.key(unit)) }
        names.insert(VietnameseText.fold(author.name))
      }
      for unit in units { byAuthorUnit[unit, default: []].append(index) }
      for name in names { byAuthorName[name, default: []].append(index) }
    }
    var found: [Detected] = []
    for judge in judges {
      var sources: [Int: [ConflictSource]] = [:]
      let unit = AdministrativeNames.key(judge.unit)
      if !unit.isEmpty {
        for index in byUnit[unit] ?? [] { sources[index, default: []].append(.sameUnit) }
        for index in byAuthorUnit[unit] ?? [] { sources[index, default: []].append(.authorUnit) }
      }
      for index in byAuthorName[VietnameseText.fold(judge.name)] ?? [] {
        sources[index, default: []].append(.author)
      }
      for index in sources.keys.sorted() {
        for source in sources[index] ?? [] {
          found.append(Detected(judge: judge.id, entry: entries[index].code, source: source))
        }
      }
    }
    return found
  }
}
