import Foundation
import FuzzSupport
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What is stored is what is logged: entries and judges files are imported for real (the
/// first byte picks which), and after each accepted import `audit verify` must find the
/// data and the log the same, and every entry it added must read back field for field as
/// its audit record says. A fresh contest every 50 inputs keeps each verify small.
nonisolated(unsafe) var contest = Fuzz.Contest(name: "stored", demo: false)
nonisolated(unsafe) var inputs = 0
nonisolated(unsafe) var seen: Set<String> = []
nonisolated(unsafe) var accepted = 0
/// How many imports were accepted and verified, said when libFuzzer stops.
let counting: Void = {
  atexit {
    FileHandle.standardError.write(Data("stored: \(accepted) imports accepted and verified\n".utf8))
  }
}()

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStored(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let all = Fuzz.bytes(data, size)
  guard let kind = all.first else { return 0 }
  _ = counting
  inputs += 1
  if inputs % 50 == 0 {
    contest = Fuzz.Contest(name: "stored", demo: false)
    seen = []
  }
  let w = contest.workflow
  let person = contest.secretariat
  let source = FileSource.bytes(Array(all.dropFirst()), name: "fuzz.csv")
  do {
    if kind % 2 == 0 {
      _ = try w.importEntries(
        source, allowances: Allowances(lateReason: "Fuzz", duplicates: true), by: person)
      for entry in try w.entries(by: person) where !seen.contains(entry.code) {
        seen.insert(entry.code)
        let detail = try w.entry(code: entry.code, by: person)
        Fuzz.require(detail.entry == entry, "\(entry.code) reads back changed")
        guard let logged = detail.history.last?.after,
          case .object(let members)? = JSONValue(parsing: logged)
        else {
          Fuzz.require(false, "\(entry.code) has no readable audit record")
          return 0
        }
        Fuzz.require(
          JSONValue.object(members).canonicalText == entry.jsonValue.canonicalText,
          "\(entry.code): stored \(entry.jsonValue.canonicalText) logged \(logged)")
      }
    } else {
      _ = try w.importJudges(source, by: person)
    }
  } catch {
    Fuzz.checkRefusal(error)
    return 0
  }
  do {
    let verification = try w.verifyAudit(by: person)
    Fuzz.require(
      verification.isIntact,
      "accepted, then audit verify fails: \(verification.dataProblems.prefix(3))")
    accepted += 1
  } catch {
    Fuzz.require(false, "audit verify failed: \(error)")
  }
  return 0
}
