import Foundation
import FuzzSupport
import SangKienInterchange
import SangKienModel

/// The dossier's type sniffer (magic numbers, the zip directory, the OLE compound file's
/// directory, UTF-8 text): any bytes get a type, accepted or refused with a name, never a
/// crash or a hang; text is accepted only when it is UTF-8.
let path = NSTemporaryDirectory() + "sangkien-fuzz-sniff-\(getpid()).bin"

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSniff(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Fuzz.bytes(data, size)
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return 0 }
  defer { try? FileManager.default.removeItem(atPath: path) }
  do {
    let found = try MediaSniffer.sniff(path: path, name: "tep.bin")
    Fuzz.require(!found.label.isEmpty && !found.mediaType.isEmpty, "a type without a name")
    if found.accepted && found.mediaType == "text/plain" {
      Fuzz.require(String(validating: bytes, as: UTF8.self) != nil, "non-UTF-8 bytes taken as text")
    }
  } catch {
    Fuzz.require(false, "an unexpected error: \(error)")
  }
  return 0
}
