import SangKienModel

/// How each import finds its header in a worksheet and names the columns of its problems.
extension TableKind {
  static func aliased(_ aliases: [String: [String]], _ header: String) -> String? {
    let key = VietnameseText.fold(header)
    return aliases.first { name, words in
      name == key || words.contains { VietnameseText.fold($0) == key }
    }?.key
  }

  /// The entries register.
  public static let entries = TableKind(
    required: EntryColumn.allCases.filter(\.isRequired).map(\.rawValue),
    footerKeys: ["code", "title"],
    resolve: {
      EntryColumn.named($0)?.rawValue
        ?? (EntryCSVReader.isAttachmentsHeader($0) ? "attachments" : nil)
    })

  /// The judges list.
  public static let judges = TableKind(
    required: ["id", "name"], footerKeys: ["id", "name"],
    resolve: { aliased(JudgeCSV.aliases, $0) })

  /// Assignments (round, judge, entry).
  public static let assignments = TableKind(
    required: ["judge", "entry"], resolve: { aliased(ScoreCSVReader.aliases, $0) })

  /// Score sheets: `criteria` are the round's leaf ids, `names` their names (Vietnamese and
  /// English) by id; before the round is known, any other header stands for itself.
  public static func scores(criteria: [String] = [], names: [String: [String]] = [:]) -> TableKind {
    TableKind(required: ["judge", "entry"]) { header in
      if let known = aliased(ScoreCSVReader.aliases, header) { return known }
      let key = VietnameseText.fold(ScoreCSVReader.bare(header))
      if let id = criteria.first(where: { $0.lowercased() == key }) { return id }
      if let id = names.first(where: { $0.value.contains { VietnameseText.fold($0) == key } })?
        .key
      {
        return id
      }
      return criteria.isEmpty ? header : nil
    }
  }
}
