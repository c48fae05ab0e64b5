import FuzzSupport
import SangKienInterchange

/// The CSV reader: never crashes or hangs on any bytes, and every record it reads without
/// a problem is written back by `CSVWriter` and read again to the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Fuzz.bytes(data, size)
  _ = UTF8Check.firstInvalidLine(bytes)
  var reader = CSVReader(bytes: bytes)
  var records: [[String]] = []
  while let record = reader.next() {
    // Blank records are skipped by the importers; they do not round-trip as records.
    if record.problems.isEmpty && record.fields.contains(where: { !$0.isEmpty }) {
      records.append(record.fields)
    }
  }
  // What sangkien writes (a byte-order mark, then the rows) reads back as it was.
  let written =
    "\u{FEFF}" + records.map { $0.map(CSVWriter.escape).joined(separator: ",") + "\r\n" }.joined()
  var again = CSVReader(bytes: Array(written.utf8))
  var index = 0
  while let record = again.next() {
    Fuzz.require(record.problems.isEmpty, "a written record reads with problems: \(record)")
    Fuzz.require(index < records.count, "more records read back than written")
    let read = record.fields.map(CSVWriter.unneutralise)
    Fuzz.require(
      read.elementsEqual(records[index]) { $0.unicodeScalars.elementsEqual($1.unicodeScalars) },
      "round trip changed \(records[index].debugDescription) into \(read.debugDescription)")
    index += 1
  }
  Fuzz.require(index == records.count, "\(records.count) records written, \(index) read back")
  return 0
}
