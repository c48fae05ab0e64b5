import Foundation
import SangKienModel

/// One record of a CSV file, with where it starts.
public struct CSVRecord: Sendable {
  /// The fields, decoded as UTF-8 (NFD or NFC as they came; callers clean them).
  public var fields: [String]
  /// The physical line the record starts on, counting from 1.
  public var line: Int
  /// The record's number, the header being 1: the row Excel shows.
  public var row: Int
  /// What is wrong with the record, if anything; its fields are then unreliable.
  public var problems: [CSVProblem]
}

/// Something wrong in the bytes of a CSV record.
public enum CSVProblem: Hashable, Sendable {
  /// The record holds bytes that are not UTF-8 (TCVN3, VNI or Windows-1258 text).
  case notUTF8
  /// A quoted field opened on this record is never closed.
  case unclosedQuote
  /// Text follows a closing quote in the field at this (0-based) position.
  case textAfterQuote(field: Int)
  /// The field at this (0-based) position is longer than the reader keeps.
  case fieldTooLong(field: Int)
}

/// A streaming RFC 4180 CSV reader over bytes, reading a file in chunks so memory stays flat.
///
/// Accepts a UTF-8 byte-order mark, LF, CRLF or CR line ends, quoted fields with embedded
/// commas, quotes and newlines. Unlike a lenient reader it reports an unclosed quote, text
/// after a closing quote, bytes that are not UTF-8 and over-long fields, each with the line
/// of the record, instead of quietly reading on.
public struct CSVReader {
  /// The most bytes kept of one field; longer fields are reported, not kept.
  public static let maxFieldBytes = 1 << 20

  private let handle: FileHandle?
  private var buffer: [UInt8]
  private var position = 0
  private var atEOF = false
  private var line = 1
  private var row = 0
  private var started = false
  private var skipLineFeed = false
  /// Whether the file began with a UTF-16 byte-order mark ("Unicode Text" from Excel): it is
  /// then read as UTF-16, converted to UTF-8 as a whole before reading.
  public private(set) var isUTF16 = false
  /// The field separator, found from the header row: `,`, `;` (Excel under Vietnamese
  /// regional settings, whose decimal mark is `,`) or a tab ("Unicode Text").
  public private(set) var separator: UInt8 = 0x2C
  /// Whether the separator was chosen by the caller rather than found.
  private var separatorFixed = false

  /// The separator and the encoding the file was read with, for messages about its header.
  public var readAs: String {
    let name: String
    switch separator {
    case 0x3B: name = "';'"
    case 0x09: name = Language.text(vi: "dấu tab", en: "tab")
    default: name = "','"
    }
    let encoding = isUTF16 ? "UTF-16" : "UTF-8"
    return Language.text(
      vi: "đọc với dấu phân cách \(name), mã \(encoding)",
      en: "read with separator \(name), encoding \(encoding)")
  }

  /// Reads the file at `path`.
  public init(path: String) throws(InterchangeError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotRead(path: path)
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .cannotRead(path: path)
    }
    self.handle = handle
    self.buffer = []
  }

  /// Reads bytes already in memory.
  public init(bytes: [UInt8]) {
    self.handle = nil
    self.buffer = bytes
    self.atEOF = true
  }

  /// Reads bytes already in memory with a given separator (not found from the header).
  public init(bytes: [UInt8], separator: UInt8) {
    self.init(bytes: bytes)
    self.separator = separator
    self.separatorFixed = true
  }

  /// Reads a string (as its UTF-8 bytes).
  public init(text: String) {
    self.init(bytes: Array(text.utf8))
  }

  private mutating func nextByte() -> UInt8? {
    if position < buffer.count {
      defer { position += 1 }
      return buffer[position]
    }
    guard !atEOF, let handle else { return nil }
    let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
    guard let chunk, !chunk.isEmpty else {
      atEOF = true
      try? handle.close()
      return nil
    }
    buffer = [UInt8](chunk)
    position = 1
    return buffer[0]
  }

  private mutating func skipByteOrderMark() {
    started = true
    guard let first = nextByte() else { return }
    if first == 0xEF {
      let second = nextByte()
      let third = nextByte()
      if second == 0xBB && third == 0xBF { return }
      // Not a BOM: put the bytes back in front of what is left.
      let rest = Array(buffer[position...])
      buffer = [first] + [second, third].compactMap { $0 } + rest
      position = 0
      return
    }
    if first == 0xFF || first == 0xFE {
      let second = nextByte()
      if (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF) {
        isUTF16 = true
        convertFromUTF16(littleEndian: first == 0xFF)
        return
      }
      buffer = [first] + [second].compactMap { $0 } + Array(buffer[position...])
      position = 0
      return
    }
    position -= 1
  }

  /// Replaces the rest of the input by its UTF-8: a "Unicode Text" file is small (Excel
  /// writes it for one sheet), and reading it as UTF-8 from here on keeps one reader.
  /// Unpaired surrogates become U+FFFD, which the importers refuse as unreadable text.
  private mutating func convertFromUTF16(littleEndian: Bool) {
    var bytes = Array(buffer[position...])
    while !atEOF, let handle {
      guard let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil, !chunk.isEmpty else {
        atEOF = true
        try? handle.close()
        break
      }
      bytes += chunk
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 0
    while index + 1 < bytes.count {
      let a = UInt16(bytes[index])
      let b = UInt16(bytes[index + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      index += 2
    }
    buffer = Array(String(decoding: units, as: UTF16.self).utf8)
    position = 0
    atEOF = true
  }

  /// Finds the separator from the header row: of `,`, `;` and tab outside quotes on the first
  /// line, the most frequent (`,` on a tie, or when none is there).
  private mutating func findSeparator() {
    guard !separatorFixed else { return }
    var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
    var quoted = false
    var index = position
    while index < buffer.count {
      let byte = buffer[index]
      if byte == 0x22 {
        quoted.toggle()
      } else if !quoted {
        if byte == 0x0A || byte == 0x0D { break }
        if counts[byte] != nil { counts[byte]! += 1 }
      }
      index += 1
    }
    let best = [UInt8(0x2C), 0x3B, 0x09].max { counts[$0]! < counts[$1]! }!
    if counts[best]! > counts[0x2C]! { separator = best }
  }

  /// The next record that is not blank, or nil at the end of the file.
  public mutating func next() -> CSVRecord? {
    if !started {
      skipByteOrderMark()
      findSeparator()
    }
    while true {
      guard let record = readRecord() else { return nil }
      let blank = record.problems.isEmpty && record.fields.allSatisfy { $0.isEmpty }
      if !blank { return record }
    }
  }

  private enum State {
    case fieldStart, unquoted, quoted, quoteInQuoted
  }

  private mutating func readRecord() -> CSVRecord? {
    let startLine = line
    var fields: [String] = []
    var field: [UInt8] = []
    var problems: [CSVProblem] = []
    var state = State.fieldStart
    var sawAnything = false
    var tooLong = false
    var invalid = false

    func finishField() {
      if tooLong {
        problems.append(.fieldTooLong(field: fields.count))
        fields.append("")
      } else if let text = String(validating: field, as: UTF8.self) {
        fields.append(text)
      } else {
        invalid = true
        fields.append(String(decoding: field, as: UTF8.self))
      }
      field.removeAll(keepingCapacity: true)
      tooLong = false
    }

    while let byte = nextByte() {
      if skipLineFeed {
        skipLineFeed = false
        if byte == 0x0A { continue }
      }
      sawAnything = true
      switch state {
      case .fieldStart, .unquoted:
        switch byte {
        case 0x22 where state == .fieldStart:
          state = .quoted
          takeRun(quoted: true, into: &field, tooLong: &tooLong)
        case separator:
          finishField()
          state = .fieldStart
        case 0x0A, 0x0D:
          if byte == 0x0D { skipLineFeed = true }
          line += 1
          finishField()
          return makeRecord(fields, startLine, problems, invalid)
        default:
          state = .unquoted
          append(byte, to: &field, tooLong: &tooLong)
          takeRun(quoted: false, into: &field, tooLong: &tooLong)
        }
      case .quoted:
        if byte == 0x22 {
          state = .quoteInQuoted
        } else {
          if byte == 0x0A { line += 1 }
          append(byte, to: &field, tooLong: &tooLong)
          takeRun(quoted: true, into: &field, tooLong: &tooLong)
        }
      case .quoteInQuoted:
        switch byte {
        case 0x22:
          append(byte, to: &field, tooLong: &tooLong)
          state = .quoted
          takeRun(quoted: true, into: &field, tooLong: &tooLong)
        case separator:
          finishField()
          state = .fieldStart
        case 0x0A, 0x0D:
          if byte == 0x0D { skipLineFeed = true }
          line += 1
          finishField()
          return makeRecord(fields, startLine, problems, invalid)
        default:
          if !problems.contains(.textAfterQuote(field: fields.count)) {
            problems.append(.textAfterQuote(field: fields.count))
          }
          append(byte, to: &field, tooLong: &tooLong)
          state = .unquoted
          takeRun(quoted: false, into: &field, tooLong: &tooLong)
        }
      }
    }
    guard sawAnything else { return nil }
    if state == .quoted { problems.append(.unclosedQuote) }
    finishField()
    return makeRecord(fields, startLine, problems, invalid)
  }

  /// Appends the buffered bytes from the current position up to (not including) the next
  /// quote (inside quotes) or comma or line break (outside), counting the line feeds
  /// inside quotes. Byte by byte, the reader spent 85 instructions per byte of a file.
  private mutating func takeRun(quoted: Bool, into field: inout [UInt8], tooLong: inout Bool) {
    let start = position
    var end = position
    var feeds = 0
    let separator = separator
    buffer.withUnsafeBufferPointer { bytes in
      if quoted {
        while end < bytes.count && bytes[end] != 0x22 {
          if bytes[end] == 0x0A { feeds += 1 }
          end += 1
        }
      } else {
        while end < bytes.count {
          let byte = bytes[end]
          if byte == separator || byte == 0x0A || byte == 0x0D { break }
          end += 1
        }
      }
      let room = max(0, CSVReader.maxFieldBytes - field.count)
      field.append(contentsOf: bytes[start..<min(end, start + room)])
      if end - start > room { tooLong = true }
    }
    line += feeds
    position = end
  }

  private func append(_ byte: UInt8, to field: inout [UInt8], tooLong: inout Bool) {
    if field.count < CSVReader.maxFieldBytes {
      field.append(byte)
    } else {
      tooLong = true
    }
  }

  private mutating func makeRecord(
    _ fields: [String], _ startLine: Int, _ problems: [CSVProblem], _ invalid: Bool
  ) -> CSVRecord {
    row += 1
    var all = problems
    if invalid { all.insert(.notUTF8, at: 0) }
    return CSVRecord(fields: fields, line: startLine, row: row, problems: all)
  }
}

/// Finding where a byte sequence stops being UTF-8.
public enum UTF8Check {
  /// The line (from 1) holding the first byte that is not UTF-8, or nil when all are.
  public static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
    var line = 1
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return String(validating: bytes[start...], as: UTF8.self) == nil ? line : nil
  }

  /// What to tell a person whose file is not UTF-8.
  public static var message: String {
    Language.text(
      vi:
        "dòng này không phải Unicode UTF-8 (có thể là bảng mã TCVN3/ABC, VNI hoặc Windows-1258); \(Remedy.convertEncoding(nil).text), hoặc lưu tệp dưới dạng Unicode (UTF-8), ví dụ trong Excel chọn \"CSV UTF-8\"",
      en:
        "this line is not Unicode UTF-8 (perhaps TCVN3/ABC, VNI or Windows-1258 bytes); \(Remedy.convertEncoding(nil).text), or save the file as Unicode (UTF-8), e.g. \"CSV UTF-8\" in Excel"
    )
  }
}
