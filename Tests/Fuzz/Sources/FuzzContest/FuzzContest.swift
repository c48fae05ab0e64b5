import Foundation
import FuzzSupport
import SangKienInterchange

/// The contest and rubric readers (YAML): the first byte picks which. Any file of a few KB
/// is answered, accepted or refused with its problems, and never crashes or hangs; libFuzzer
/// is run with `-timeout` and `-rss_limit_mb`, so an alias bomb is a failure.
let folder = Fuzz.scratch + "/contest/hanoi"
let prepared: Void = {
  let manager = FileManager.default
  try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
  // The seed contest names `../../Rubrics/…`: the same place under the scratch folder.
  let rubrics = Fuzz.scratch + "/Rubrics"
  try? manager.removeItem(atPath: rubrics)
  try? manager.copyItem(atPath: Fuzz.root + "/Rubrics", toPath: rubrics)
}()

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  _ = prepared
  let all = Fuzz.bytes(data, size)
  guard let kind = all.first else { return 0 }
  let path = folder + (kind % 2 == 0 ? "/fuzz-contest.yml" : "/fuzz-rubric.yml")
  guard FileManager.default.createFile(atPath: path, contents: Data(all.dropFirst())) else {
    return 0
  }
  do {
    if kind % 2 == 0 {
      _ = try ContestFile.load(path: path)
    } else {
      _ = try RubricFile.load(path: path)
    }
  } catch {
    Fuzz.require(!error.diagnostics.isEmpty, "refused without a reason")
    for diagnostic in error.diagnostics {
      Fuzz.require(!diagnostic.message.isEmpty, "an empty message")
    }
  }
  return 0
}
