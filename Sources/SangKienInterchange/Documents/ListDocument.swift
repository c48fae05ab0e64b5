import SangKienModel

/// A list people read on a terminal or take away as CSV, JSON or Markdown: the same rows in
/// each form, built in one place.
public protocol ListDocument {
  /// Column headings in the current language.
  var tableHeaders: [String] { get }
  /// The rows as shown.
  var tableRows: [[String]] { get }
  /// The CSV header: English ids, the interchange contract.
  var csvHeader: [String] { get }
  /// The CSV rows.
  var csvRows: [[String]] { get }
  /// The JSON document.
  var json: JSONValue { get }
}

/// CSV files as bytes, for Excel (byte-order mark, CRLF, formula guard).
public enum CSVDocument {
  /// The whole file.
  public static func bytes(header: [String], rows: [[String]]) -> [UInt8] {
    var bytes: [UInt8] = []
    var writer = CSVWriter { bytes += $0 }
    writer.write(header)
    for row in rows { writer.write(row) }
    writer.flush()
    return bytes
  }

  /// A list document as CSV.
  public static func bytes(_ document: some ListDocument) -> [UInt8] {
    bytes(header: document.csvHeader, rows: document.csvRows)
  }
}
