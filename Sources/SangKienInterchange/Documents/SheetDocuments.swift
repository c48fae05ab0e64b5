import Foundation
import SangKienModel

/// Score sheets as `score list` shows and writes them; the CSV imports back with
/// `score import`.
public struct SheetListDocument: ListDocument, Sendable {
  /// One sheet as listed.
  public struct Line: Hashable, Sendable {
    /// Whose, for what.
    public var key: RoundPair
    /// Points by leaf criterion.
    public var points: [String: Points]
    /// The judge's total, when the sheet is whole.
    public var total: Points?
    /// The judge's comment.
    public var comment: String
    /// Why the sheet does not count, when it was set aside.
    public var setAside: String?

    /// Creates a line.
    public init(
      key: RoundPair, points: [String: Points], total: Points?, comment: String,
      setAside: String? = nil
    ) {
      self.key = key
      self.points = points
      self.total = total
      self.comment = comment
      self.setAside = setAside
    }

    /// As JSON: `{round, judge, entry, points, comment}`, points as exact decimal strings.
    public var json: JSONValue {
      var members: [String: JSONValue] = [
        "round": .string(key.round), "judge": .string(key.judge), "entry": .string(key.entry),
        "points": .object(points.mapValues { .string($0.description) }),
        "comment": .string(comment),
      ]
      if let setAside { members["set_aside"] = .string(setAside) }
      return .object(members)
    }
  }

  /// The rubric's leaf criteria, in order.
  public var leaves: [String]
  /// The sheets.
  public var lines: [Line]
  /// Whether sheets set aside are listed (with a column saying why).
  public var showsSetAside: Bool
  /// The leaf criteria's names and maxima, in the order of `leaves`, for people.
  public var leafNames: [String]

  /// Creates the document.
  public init(
    leaves: [String], lines: [Line], showsSetAside: Bool = false, leafNames: [String]? = nil
  ) {
    self.leaves = leaves
    self.lines = lines
    self.showsSetAside = showsSetAside
    self.leafNames = leafNames ?? leaves
  }

  private var extra: [String] { showsSetAside ? ["set_aside"] : [] }

  /// The short heading of leaf criterion `index`: `TC1`, `TC2`… (tiêu chí), explained by
  /// `legend` under the table — the names are too long for a column's head.
  public static func leafHeading(_ index: Int) -> String {
    Language.text(vi: "TC\(index + 1)", en: "C\(index + 1)")
  }

  /// What each short heading stands for: `TC1: Tính mới, sáng tạo · TC2: …`.
  public var legend: String {
    leafNames.enumerated().map { "\(Self.leafHeading($0.offset)): \($0.element)" }
      .joined(separator: " · ")
  }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    [Words.code, Language.text(vi: "Giám khảo", en: "Judge")]
      + leaves.indices.map(Self.leafHeading)
      + [Words.total, Language.text(vi: "Nhận xét", en: "Comment")]
      + (showsSetAside ? [Language.text(vi: "Không tính vì", en: "Set aside")] : [])
  }

  /// The rows as shown: points as the language writes numbers (`16,5`).
  public var tableRows: [[String]] {
    lines.map { s in
      [s.key.entry, s.key.judge] + leaves.map { s.points[$0].map(Self.shown) ?? "" }
        + [s.total.map(Self.shown) ?? "", s.comment] + (showsSetAside ? [s.setAside ?? ""] : [])
    }
  }

  /// Points as the current language writes them: `16,5`, `7`.
  public static func shown(_ points: Points) -> String { NumberFormat.shown(points.decimal) }

  /// The CSV header (English ids).
  public var csvHeader: [String] { ["round", "judge", "entry"] + leaves + ["comment"] + extra }

  /// The CSV rows.
  public var csvRows: [[String]] {
    lines.map { s in
      [s.key.round, s.key.judge, s.key.entry] + leaves.map { s.points[$0]?.description ?? "" }
        + [s.comment] + (showsSetAside ? [s.setAside ?? ""] : [])
    }
  }

  /// The JSON document.
  public var json: JSONValue { .array(lines.map(\.json)) }
}

/// A judge's blind score sheet: code, title and summary of each entry to score (no author,
/// unit or contact), a column per leaf criterion and the comment, filled in where the judge
/// has a sheet already. Its CSV is what `score import` reads back.
public struct BlindSheetDocument: ListDocument, Sendable {
  /// One entry on the sheet.
  public struct Line: Hashable, Sendable {
    /// The entry's code.
    public var entry: String
    /// Its title.
    public var title: String
    /// Its summary.
    public var summary: String
    /// Points the judge has given, by leaf criterion.
    public var points: [String: Points]
    /// The judge's comment.
    public var comment: String
    /// The entry's blind dossier files, as `name (#id, size)`.
    public var files: [String]

    /// Creates a line.
    public init(
      entry: String, title: String, summary: String, points: [String: Points], comment: String,
      files: [String] = []
    ) {
      self.entry = entry
      self.title = title
      self.summary = summary
      self.points = points
      self.comment = comment
      self.files = files
    }
  }

  /// A dossier file as a sheet lists it: `thuyet-minh.pdf (#3, 1,2 MB)`; `sangkien entry
  /// extract` writes it out.
  public static func fileText(_ file: Attachment) -> String {
    "\(file.name) (#\(file.id), \(Attachment.sizeText(file.size)))"
  }

  /// The round's id.
  public var round: String
  /// The judge's id.
  public var judge: String
  /// The rubric's leaf criteria, in order.
  public var leaves: [String]
  /// The entries, in code order.
  public var lines: [Line]
  /// Each leaf criterion's maximum, shown in its column's header.
  public var maxima: [String: Decimal]

  /// Creates the sheet.
  public init(
    round: String, judge: String, leaves: [String], maxima: [String: Decimal] = [:], lines: [Line]
  ) {
    self.round = round
    self.judge = judge
    self.leaves = leaves
    self.maxima = maxima
    self.lines = lines
  }

  /// A criterion's column header: `novelty (tối đa 25)`; `score import` reads it back.
  func header(_ id: String) -> String {
    guard let max = maxima[id] else { return id }
    return "\(id) (" + Language.text(vi: "tối đa", en: "max") + " \(DecimalFormat.plain(max)))"
  }

  /// Column headings in the current language.
  public var tableHeaders: [String] {
    (Language.current == .vi ? ["Mã", "Tên sáng kiến"] : ["Entry", "Title"]) + leaves.map(header)
  }

  /// The rows as shown.
  public var tableRows: [[String]] {
    lines.map { [$0.entry, $0.title] + points($0) }
  }

  /// The CSV header (English ids).
  public var csvHeader: [String] {
    ["round", "judge", "entry", "title", "summary", "files"] + leaves.map(header) + ["comment"]
  }

  /// The CSV rows.
  public var csvRows: [[String]] {
    lines.map {
      [round, judge, $0.entry, $0.title, $0.summary, $0.files.joined(separator: "; ")]
        + points($0) + [$0.comment]
    }
  }

  /// The JSON document.
  public var json: JSONValue {
    .object([
      "round": .string(round), "judge": .string(judge),
      "criteria": .array(leaves.map(JSONValue.string)),
      "entries": .array(
        lines.map { line in
          .object([
            "entry": .string(line.entry), "title": .string(line.title),
            "summary": .string(line.summary),
            "files": .array(line.files.map(JSONValue.string)),
            "points": .object(line.points.mapValues { .string($0.description) }),
            "comment": .string(line.comment),
          ])
        }),
    ])
  }

  private func points(_ line: Line) -> [String] {
    leaves.map { line.points[$0]?.description ?? "" }
  }
}
