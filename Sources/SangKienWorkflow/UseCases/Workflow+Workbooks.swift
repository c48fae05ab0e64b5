import SangKienInterchange
import SangKienModel

/// A file as an import reads it: a CSV as it is; a workbook's worksheet as CSV, with the map
/// back to its cells and the cells that could not be read.
struct Tabular {
  var source: FileSource
  var map: CellMap?
  var problems: [Problem] = []
  /// The temporary CSV made from a workbook, deleted once the import is done.
  var temporary: WorkbookTable?

  /// The footer the worksheet's table ended with, said as a warning on its row.
  var footerWarnings: [Problem] {
    guard let footer = temporary?.footer, let map else { return [] }
    return [
      Problem(
        Diagnostic(
          file: map.file, line: footer.row,
          message: footer.message, severity: .warning,
          cell: "\(map.sheet)!\(footer.row):\(footer.row)"))
    ]
  }
}

extension Workflow {
  /// A workbook (recognised by its content) as the CSV its import reads; any other file as
  /// it is. `sheet` names the worksheet; by default the first with a header naming the
  /// required columns.
  func tabular(_ source: FileSource, sheet: String?, kind: TableKind) throws(WorkflowError)
    -> Tabular
  {
    let table = try attempt { try source.workbookTable(sheet: sheet, kind: kind) }
    guard let table else { return Tabular(source: source) }
    return Tabular(
      source: .file(table.csvPath, name: source.name), map: table.map,
      problems: table.problems.map(Problem.init), temporary: table)
  }

  /// Runs an import of a workbook's CSV, naming each problem by its worksheet and cell. When
  /// some cells could not be read, the rest is still checked (as a dry run), and every
  /// problem is listed together.
  func importing<T>(
    _ table: Tabular, dryRun: Bool, _ body: (_ dryRun: Bool) throws(WorkflowError) -> T
  ) throws(WorkflowError) -> T {
    defer { table.temporary?.remove() }
    guard let map = table.map else { return try body(dryRun) }
    let early = table.problems
    var later: [Problem] = []
    var omitted = 0
    var result: T?
    do {
      result = try body(dryRun || !early.isEmpty)
    } catch .invalid(let problems, let more) {
      later = Self.locate(problems, map)
      omitted = more
    } catch {
      throw error
    }
    if early.isEmpty, later.isEmpty, let result { return result }
    // A cell already named (its field was left empty) is not named again; the footer left
    // unread is said with the refusal too.
    let named = Set(early.compactMap(\.cell))
    let all =
      early + later.filter { $0.cell.map { !named.contains($0) } ?? true } + table.footerWarnings
    throw .invalid(all.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, omitted: omitted)
  }

  static func locate(_ problems: [Problem], _ map: CellMap?) -> [Problem] {
    guard let map else { return problems }
    return problems.map { Problem(map.locate($0.diagnostic(source: map.file))) }
  }
}
