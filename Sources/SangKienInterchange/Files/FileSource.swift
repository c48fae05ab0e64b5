import Foundation

/// A file handed to an import: a path on this machine, or bytes already received (an upload
/// in the web application). Both go through the same readers.
public enum FileSource: Sendable, Hashable {
  /// A file on disk, read in chunks.
  case path(String)
  /// Bytes in memory, with the name to give in messages.
  case bytes([UInt8], name: String)

  /// The name messages give the file.
  public var name: String {
    switch self {
    case .path(let path): path
    case .bytes(_, let name): name
    }
  }

  /// A CSV reader over the file.
  public func csvReader() throws(InterchangeError) -> CSVReader {
    switch self {
    case .path(let path): try CSVReader(path: path)
    case .bytes(let bytes, _): CSVReader(bytes: bytes)
    }
  }

  /// The file converted to UTF-8 from a legacy encoding: raw legacy bytes, or the UTF-8 that
  /// Excel writes when it re-saves such a file.
  public func decoded(from encoding: LegacyEncoding) throws(InterchangeError) -> FileSource {
    let bytes: [UInt8]
    switch self {
    case .path(let path):
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .cannotRead(path: path)
      }
      bytes = [UInt8](data)
    case .bytes(let given, _): bytes = given
    }
    guard let text = LegacyText.decode(bytes, from: encoding) else {
      throw .notInEncoding(path: name, encoding: encoding.rawValue)
    }
    return .bytes(Array(text.utf8), name: name)
  }
}
