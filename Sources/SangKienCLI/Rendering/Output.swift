import SangKienInterchange
import SangKienModel

/// Writing a list in the format asked for.
enum Output {
  /// A table on the terminal, CSV (English ids, BOM), JSON or Markdown.
  static func table(
    headers: [String], rows: @autoclosure () -> [[String]], csvHeaders: [String],
    csvRows: @autoclosure () -> [[String]], json: @autoclosure () -> JSONValue,
    format: OutputFormat, flexible: [Int: Double] = [:], rightAligned: Set<Int> = []
  ) {
    // Only the form asked for is worked out: on 10,000 ranked entries each costs time.
    let console = Console.current
    switch format {
    case .table:
      let table = TextTable(
        headers: headers, rows: rows(), flexible: flexible, rightAligned: rightAligned)
      console.out(table.render(width: console.isTerminal ? console.width : nil))
    case .csv:
      var writer = CSVWriter { console.out(String(decoding: $0, as: UTF8.self)) }
      writer.write(csvHeaders)
      for row in csvRows() { writer.write(row) }
      writer.flush()
    case .json:
      let value = json()
      console.out(value.prettyText)
      Teardown.skip(value)
    case .md:
      console.out(MarkdownTable.render(headers: headers, rows: rows()))
    }
  }
}
