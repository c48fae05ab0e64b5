import Foundation
import FuzzSupport
import SangKienInterchange
import SangKienModel

/// The workbook reader (zip container, parts, the worksheet scanner): any bytes are read as
/// a register or refused with a `WorkbookError` or problems, never a crash, a hang or more
/// memory than the limits allow (libFuzzer's -rss_limit_mb).
/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Fuzz.bytes(data, size)
  do {
    let table = try WorkbookTable.read(bytes: bytes, file: "fuzz.xlsx", sheet: nil, kind: .entries)
    defer { table.remove() }
    // What it made is a CSV every import reads.
    var reader = try CSVReader(path: table.csvPath)
    while let record = reader.next() {
      Fuzz.require(record.problems.isEmpty, "the CSV made from a workbook is malformed: \(record)")
    }
  } catch let error as WorkbookError {
    Fuzz.require(!error.description.isEmpty, "an empty refusal")
  } catch let error as DiagnosticsError {
    Fuzz.require(!error.diagnostics.isEmpty, "refused without a reason")
  } catch {
    Fuzz.require(false, "an unexpected error: \(error)")
  }
  return 0
}
