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
    let unit = VietnameseText.fold(judge.unit)
    if !unit.isEmpty {
      if VietnameseText.fold(entry.draft.unit) == unit { found.append(.sameUnit) }
      if entry.draft.authors.contains(where: { author in
        author.unit.map { VietnameseText.fold($0) == unit } ?? false
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
