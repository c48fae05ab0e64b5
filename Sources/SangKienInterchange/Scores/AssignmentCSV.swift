import SangKienModel

/// One row of an assignments CSV.
public struct AssignmentRow: Sendable {
  /// The physical line.
  public var line: Int
  /// The round, if the file names it.
  public var round: String?
  /// The judge's id.
  public var judge: String
  /// The entry's code.
  public var entry: String
}

/// Reads the assignments CSV: `round`, `judge`, `entry`.
public enum AssignmentCSV {
  /// Every row, or every problem with its line and column.
  public static func read(path: String) throws -> [AssignmentRow] {
    try read(.path(path))
  }

  /// Every row of a file or an upload, or every problem with its line and column.
  public static func read(_ source: FileSource) throws -> [AssignmentRow] {
    let path = source.name
    var reader = try source.csvReader()
    var collector = DiagnosticCollector()
    guard let header = reader.next() else {
      throw DiagnosticsError([
        Diagnostic(file: path, message: CSVMessages.emptyFile)
      ])
    }
    let names = header.fields.map { VietnameseText.fold(VietnameseText.clean($0)) }
    let aliases = ScoreCSVReader.aliases
    func index(_ column: String) -> Int? {
      names.firstIndex { name in
        name == column || (aliases[column] ?? []).contains { VietnameseText.fold($0) == name }
      }
    }
    let judge = index("judge")
    let entry = index("entry")
    let round = index("round")
    for (column, found) in [("judge", judge), ("entry", entry)] where found == nil {
      collector.add(
        Diagnostic(
          file: path, line: header.row, column: column,
          message: CSVMessages.missingColumn(column)))
    }
    if judge == nil || entry == nil {
      collector.add(CSVMessages.readAs(reader, header: header, file: path))
    }
    try collector.check()
    var rows: [AssignmentRow] = []
    while let record = reader.next() {
      guard record.problems.isEmpty, record.fields.count == header.fields.count, let judge,
        let entry
      else {
        collector.add(
          Diagnostic(
            file: path, line: record.row,
            message: Language.text(vi: "dòng hỏng", en: "malformed row")))
        continue
      }
      let roundText = round.map { VietnameseText.clean(record.fields[$0]) } ?? ""
      rows.append(
        AssignmentRow(
          line: record.row, round: roundText.isEmpty ? nil : roundText,
          judge: VietnameseText.clean(record.fields[judge]),
          entry: VietnameseText.clean(record.fields[entry])))
    }
    try collector.check()
    return rows
  }
}

extension AssignmentCSV {
  /// The assignments CSV (`round, judge, entry`), as `assign export` writes it and
  /// `assign import` reads it back.
  public static func bytes(_ pairs: [RoundPair]) -> [UInt8] {
    CSVDocument.bytes(
      header: ["round", "judge", "entry"], rows: pairs.map { [$0.round, $0.judge, $0.entry] })
  }
}
