import FuzzSupport
import SangKienInterchange
import SangKienWorkflow

/// The entry, judge, score and assignment readers with every check behind them, as dry
/// runs against the demo contest (nothing is written): the first byte picks the reader.
/// Never a crash or a hang, and every refusal in words meant for a person.
let contest = Fuzz.Contest(name: "rows", demo: true)

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRows(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let all = Fuzz.bytes(data, size)
  guard let kind = all.first else { return 0 }
  let source = FileSource.bytes(Array(all.dropFirst()), name: "fuzz.csv")
  let w = contest.workflow
  let person = contest.secretariat
  do {
    switch kind % 4 {
    case 0:
      _ = try w.importEntries(
        source, allowances: Allowances(duplicates: kind & 0x10 != 0), dryRun: true, by: person)
    case 1:
      // The reader alone: an import of judges has no dry run, and would grow the jury.
      _ = try JudgeCSV.rows(source)
    case 2:
      _ = try w.importSheets(
        source, round: "so-khao", dryRun: true, skipUnassigned: kind & 0x10 != 0, by: person)
    default:
      _ = try w.importAssignments(source, round: "so-khao", dryRun: true, by: person)
    }
  } catch let error as WorkflowError {
    Fuzz.checkRefusal(error)
  } catch {
    // The reader's own errors (judges) name the file.
    Fuzz.require(String(describing: error).contains("fuzz.csv"), "unnamed: \(error)")
  }
  return 0
}
