import SangKienModel

/// Judges' worklists as `assign show` shows and writes them: round, judge, entry, title.
public struct WorklistDocument: ListDocument, Sendable {
  /// One line: a judge and an entry to score.
  public struct Line: Hashable, Sendable {
    /// The assignment.
    public var pair: RoundPair
    /// The entry's title.
    public var title: String

    /// Creates a line.
    public init(pair: RoundPair, title: String) {
      self.pair = pair
      self.title = title
    }
  }

  /// The lines, by judge then entry.
  public var lines: [Line]

  /// Creates the document.
  public init(_ lines: [Line]) { self.lines = lines }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    [Words.round, Language.text(vi: "Giám khảo", en: "Judge"), Words.code, Words.title]
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    lines.map { [RoundNames.shown($0.pair.round), $0.pair.judge, $0.pair.entry, $0.title] }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] { ["round", "judge", "entry"] }

  /// The CSV rows.
  public var csvRows: [[String]] { lines.map { [$0.pair.round, $0.pair.judge, $0.pair.entry] } }

  /// The JSON document.
  public var json: JSONValue {
    .array(
      lines.map {
        .object([
          "round": .string($0.pair.round), "judge": .string($0.pair.judge),
          "entry": .string($0.pair.entry),
        ])
      })
  }
}
