import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// Writing what a command produced, in the format asked for.
enum Output {
  /// How a table is laid out on a terminal.
  struct Layout {
    /// Columns that share the width left over, by weight.
    var flexible: [Int: Double] = [:]
    /// Columns of numbers.
    var rightAligned: Set<Int> = []
  }

  /// A list document as a table on the terminal, CSV (English ids, BOM), JSON, Markdown, or
  /// an Excel workbook; into `out` when given (a workbook needs it).
  static func list(
    _ document: some ListDocument, format: OutputFormat, out: String? = nil,
    layout: Layout = Layout()
  ) throws {
    // Only the form asked for is worked out: on 10,000 ranked entries each costs time.
    let console = Console.current
    if format == .xlsx {
      guard let out else { throw CLIError.refused(CLIText.xlsxNeedsOut) }
      let sheet = XLSXWriter.Sheet(
        name: CLIText.sheetName, header: document.csvHeader, rows: document.csvRows)
      try write(try XLSXWriter.bytes([sheet]), to: out)
      return console.warn(CLIText.wrote(out))
    }
    if let out {
      let bytes: [UInt8]
      switch format {
      case .csv, .xlsx: bytes = CSVDocument.bytes(document)
      case .json: bytes = Array(document.json.prettyText.utf8)
      case .md:
        bytes = Array(
          MarkdownTable.render(headers: document.tableHeaders, rows: document.tableRows).utf8)
      case .table:
        bytes = Array(
          TextTable(
            headers: document.tableHeaders, rows: document.tableRows, flexible: layout.flexible,
            rightAligned: layout.rightAligned
          ).render(width: nil).utf8)
      }
      try write(bytes, to: out)
      return console.warn(CLIText.wrote(out))
    }
    switch format {
    case .table:
      // An empty table is not printed: a header over nothing says nothing.
      let rows = document.tableRows
      if !rows.isEmpty { table(document.tableHeaders, rows, layout: layout) }
    case .csv, .xlsx: console.out(String(decoding: CSVDocument.bytes(document), as: UTF8.self))
    case .json:
      let value = document.json
      console.out(value.prettyText)
      Teardown.skip(value)
    case .md:
      console.out(MarkdownTable.render(headers: document.tableHeaders, rows: document.tableRows))
    }
  }

  /// A table fitted to the terminal (or plain in a pipe).
  static func table(_ headers: [String], _ rows: [[String]], layout: Layout = Layout()) {
    let console = Console.current
    let table = TextTable(
      headers: headers, rows: rows, flexible: layout.flexible, rightAligned: layout.rightAligned)
    console.out(table.render(width: console.isTerminal ? console.width : nil))
  }

  /// Writes bytes to a file (atomically), or to standard output when there is no file.
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path else {
      Console.current.out(String(decoding: bytes, as: UTF8.self))
      return
    }
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw InterchangeError.cannotWrite(path: path)
    }
  }

  /// Prints problems the workflow warned of (`FILE:LINE:COLUMN: warning: …`).
  static func warnings(_ problems: [Problem], source: String) {
    for problem in problems {
      Console.current.warn(
        problem.diagnostic(
          source: source, column: problem.file == nil ? Invocation.flag(problem.field) : nil
        )
        .description)
    }
  }
}
