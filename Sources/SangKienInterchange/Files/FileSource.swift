import Foundation

/// A file handed to an import: a path on this machine, or bytes already received (an upload
/// in the web application). Both go through the same readers.
public enum FileSource: Sendable, Hashable {
  /// A file on disk, read in chunks.
  case path(String)
  /// Bytes in memory, with the name to give in messages.
  case bytes([UInt8], name: String)
  /// A file on disk named otherwise in messages (the CSV made from a workbook).
  case file(String, name: String)

  /// The name messages give the file.
  public var name: String {
    switch self {
    case .path(let path): path
    case .bytes(_, let name), .file(_, let name): name
    }
  }

  /// A CSV reader over the file.
  public func csvReader() throws(InterchangeError) -> CSVReader {
    switch self {
    case .path(let path), .file(let path, _): try CSVReader(path: path)
    case .bytes(let bytes, _): CSVReader(bytes: bytes)
    }
  }

  /// The file converted to UTF-8 from a legacy encoding: raw legacy bytes, or the UTF-8 that
  /// Excel writes when it re-saves such a file.
  public func decoded(from encoding: LegacyEncoding) throws(InterchangeError) -> FileSource {
    let bytes: [UInt8]
    switch self {
    case .path(let path), .file(let path, _):
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

extension FileSource {
  /// Whether the file is a zip container (an `.xlsx` whatever its name).
  public var isZip: Bool {
    switch self {
    case .bytes(let bytes, _): return XLSXArchive.looksLikeZip(bytes)
    case .path(let path), .file(let path, _):
      guard let handle = FileHandle(forReadingAtPath: path) else { return false }
      defer { try? handle.close() }
      let prefix = (try? handle.read(upToCount: 4)) ?? nil
      return prefix.map { XLSXArchive.looksLikeZip([UInt8]($0)) } ?? false
    }
  }

  /// For a workbook, the worksheet as the CSV the imports read, with the map from its
  /// records back to cells; nil for any other file (read as CSV).
  public func workbookTable(sheet: String?, kind: TableKind) throws -> WorkbookTable? {
    guard isZip else {
      if let sheet {
        throw WorkbookError.noSuchSheet(file: name, sheet: sheet, sheets: [])
      }
      return nil
    }
    switch self {
    case .bytes(let given, _):
      return try WorkbookTable.read(bytes: given, file: name, sheet: sheet, kind: kind)
    case .path(let path), .file(let path, _):
      guard FileManager.default.isReadableFile(atPath: path) else {
        throw InterchangeError.cannotRead(path: path)
      }
      return try WorkbookTable.read(path: path, file: name, sheet: sheet, kind: kind)
    }
  }
}
