import Foundation
import SangKienModel

/// One row of a scores CSV: a judge's points for an entry.
public struct ScoreRow: Sendable {
  /// The physical line the row starts on.
  public var line: Int
  /// The round, when the file has a round column.
  public var round: String?
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
  /// The points given, by criterion id (empty cells are left out).
  public var values: [String: Decimal]
  /// The comment.
  public var comment: String
  /// Problems with the row's text (numbers that are not numbers, missing ids).
  public var diagnostics: [Diagnostic]
}

/// Reads and writes the scores CSV: `round`, `judge`, `entry`, one column per leaf
/// criterion, `comment`. `title` and `summary` (on blank sheets) are read past.
public struct ScoreCSVReader {
  private var reader: CSVReader
  private let file: String
  private let criteria: [String]
  private var criterionNames: [String: String] = [:]
  private var columns: [String?] = []
  private var headers: [String] = []
  /// Columns of blank sheets and score workbooks that carry information only.
  public static let infoColumns = ["title", "summary", "total", "files"]

  static let aliases: [String: [String]] = [
    "round": ["vòng", "vòng thi"], "judge": ["giám khảo", "mã giám khảo"],
    "entry": ["mã", "mã sáng kiến", "mã hồ sơ", "mã số", "code"],
    "comment": ["nhận xét", "ghi chú", "ý kiến"],
    "title": ["tên", "tên sáng kiến"], "summary": ["tóm tắt"],
    "total": ["tổng", "tổng điểm", "cộng"],
    "files": ["tệp", "tệp hồ sơ", "tệp đính kèm", "hồ sơ"],
  ]

  /// Opens a file; `criteria` are the leaf criterion ids of the round's rubric.
  public init(path: String, criteria: [String]) throws(InterchangeError) {
    reader = try CSVReader(path: path)
    file = path
    self.criteria = criteria
  }

  /// Reads a file or an upload; `criteria` are the leaf criterion ids of the round's rubric,
  /// `names` the other headers each may go by (its Vietnamese and English names).
  public init(source: FileSource, criteria: [String], names: [String: [String]] = [:])
    throws(InterchangeError)
  {
    reader = try source.csvReader()
    file = source.name
    self.criteria = criteria
    var byName: [String: String] = [:]
    for (id, words) in names {
      for word in words { byName[VietnameseText.fold(word)] = id }
    }
    self.criterionNames = byName
  }

  /// A header without what a blank sheet adds after a criterion: `novelty (tối đa 25)` is
  /// `novelty`.
  static func bare(_ header: String) -> String {
    guard header.hasSuffix(")"), let open = header.lastIndex(of: "(") else { return header }
    return header[..<open].trimmingCharacters(in: .whitespaces)
  }

  /// Reads the header; a missing judge, entry or criterion column is an error.
  public mutating func readHeader() -> [Diagnostic] {
    guard let record = reader.next() else {
      return [
        Diagnostic(
          file: file, message: CSVMessages.emptyFile)
      ]
    }
    if record.problems.contains(.notUTF8) {
      return [Diagnostic(file: file, line: record.row, message: UTF8Check.message)]
    }
    var problems: [Diagnostic] = []
    var seen: Set<String> = []
    var firstHeader: [String: String] = [:]
    for raw in record.fields {
      let header = VietnameseText.clean(raw)
      headers.append(header)
      let key = VietnameseText.fold(Self.bare(header))
      let column =
        criteria.first { $0.lowercased() == key } ?? criterionNames[key]
        ?? Self.aliases.first { name, words in
          name == key || words.contains { VietnameseText.fold($0) == key }
        }?.key
      if let column, let first = firstHeader[column] {
        // One rule for every file: a column given twice is refused, naming both.
        columns.append(nil)
        problems.append(
          Diagnostic(
            file: file, line: record.row, column: header,
            message: Language.text(
              vi: "cột '\(header)' trùng với cột '\(first)' (cùng là \(column))",
              en: "column '\(header)' repeats column '\(first)' (both are \(column))")))
      } else if let column {
        seen.insert(column)
        firstHeader[column] = header
        columns.append(column)
      } else {
        columns.append(nil)
        if !header.isEmpty {
          problems.append(
            Diagnostic(
              file: file, line: record.row, column: header,
              message: Language.text(vi: "cột lạ, bỏ qua", en: "unknown column, ignored"),
              severity: .warning))
        }
      }
    }
    for required in ["judge", "entry"] + criteria where !seen.contains(required) {
      problems.append(
        Diagnostic(
          file: file, line: record.row, column: required,
          message: CSVMessages.missingColumn(required)))
    }
    if !(["judge", "entry"] + criteria).allSatisfy(seen.contains) {
      problems.append(CSVMessages.readAs(reader, header: record, file: file))
    }
    return problems
  }

  /// Whether the file names the round on each row.
  public var hasRoundColumn: Bool { columns.contains("round") }

  /// The next row, or nil at the end.
  public mutating func next() -> ScoreRow? {
    guard let record = reader.next() else { return nil }
    var row = ScoreRow(
      line: record.row, round: nil, judge: "", entry: "", values: [:], comment: "",
      diagnostics: [])
    func problem(_ column: String?, _ message: String) {
      row.diagnostics.append(
        Diagnostic(file: file, line: record.row, column: column, message: message))
    }
    if !record.problems.isEmpty {
      for issue in record.problems {
        switch issue {
        case .notUTF8: problem(nil, UTF8Check.message)
        case .unclosedQuote:
          problem(
            nil,
            Language.text(
              vi: "dấu ngoặc kép mở ở dòng này không được đóng",
              en: "a quote opened on this row is never closed"))
        case .textAfterQuote:
          problem(
            nil,
            Language.text(
              vi: "có chữ sau dấu ngoặc kép đóng; trong ô có ngoặc kép hãy viết \"\" thay cho \"",
              en: "text after a closing quote; write \"\" for a quote inside a quoted field"))
        case .fieldTooLong:
          problem(
            nil,
            Language.text(
              vi: "ô quá dài (hơn \(CSVReader.maxFieldBytes / 1024) KB)",
              en: "field too long (over \(CSVReader.maxFieldBytes / 1024) KB)"))
        }
      }
      return row
    }
    guard record.fields.count == columns.count else {
      problem(
        nil,
        CSVMessages.fieldCount(record.fields.count, header: columns.count))
      return row
    }
    for (index, column) in columns.enumerated() {
      guard let column else { continue }
      let text = VietnameseText.clean(record.fields[index], keepLineBreaks: column == "comment")
      switch column {
      case "round": row.round = text.isEmpty ? nil : text
      case "judge": row.judge = text
      case "entry": row.entry = text
      case "comment": row.comment = CSVWriter.unneutralise(text)
      case "title", "summary", "total", "files": break
      default:
        if text.isEmpty { continue }
        if let value = DecimalText.parse(text) {
          row.values[column] = value
        } else {
          problem(
            headers[index],
            Language.text(vi: "'\(text)' không phải là số", en: "'\(text)' is not a number"))
        }
      }
    }
    if row.judge.isEmpty {
      problem("judge", Language.text(vi: "không được để trống", en: "must not be empty"))
    }
    if row.entry.isEmpty {
      problem("entry", Language.text(vi: "không được để trống", en: "must not be empty"))
    }
    return row
  }
}

extension ScoreCSVReader {
  /// The one round every row of a scores file names, or nil when the file has no round
  /// column, a row leaves it empty, or rows name different rounds.
  public static func namedRound(in source: FileSource) -> String? {
    guard var reader = try? source.csvReader(), let header = reader.next() else { return nil }
    let names = header.fields.map { VietnameseText.fold(VietnameseText.clean($0)) }
    let words = [["round"], aliases["round"] ?? []].flatMap { $0 }.map(VietnameseText.fold)
    guard let column = names.firstIndex(where: words.contains) else { return nil }
    var round: String? = nil
    while let record = reader.next() {
      guard column < record.fields.count else { return nil }
      let text = VietnameseText.clean(record.fields[column])
      if text.isEmpty || (round != nil && round != text) { return nil }
      round = text
    }
    return round
  }
}
