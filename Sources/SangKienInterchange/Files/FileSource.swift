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
}
