import Foundation

/// A streaming scanner for worksheet XML, read from a file in chunks: element starts (with
/// their attributes), ends and text, entities decoded, comments and processing instructions
/// skipped, CDATA read as text.
///
/// Every part of a workbook is read with it. FoundationXML's `XMLParser` was tried and left:
/// it builds a dictionary and strings for every element (on a worksheet, four elements a
/// cell, 3.5 µs a cell: a register read from a workbook took 1.9× the time of the same CSV),
/// it stops on a part of more than 10 MB handed over whole, and the fuzzer found inputs that
/// trap inside it (`_NSXMLParserStartElementNs`). A DTD never reaches here (`XLSXArchive`
/// refuses it).
struct SheetScanner {
  enum Event {
    case start(name: String, attributes: [(String, String)], empty: Bool)
    case end(name: String)
    case text(String)
  }

  struct Malformed: Error {
    var offset: Int
    var message: String
  }

  private let handle: FileHandle?
  private var buffer: [UInt8] = []
  private var position = 0
  private var consumed = 0
  private var atEnd = false
  static let chunk = 1 << 20

  init?(path: String) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    self.handle = handle
  }

  /// Scans bytes in memory (a workbook's small parts).
  init(bytes: [UInt8]) {
    handle = nil
    buffer = bytes
    atEnd = true
  }

  /// Keeps the bytes from `position` on and appends the next chunk; false at the end.
  private mutating func more() -> Bool {
    guard !atEnd, let handle else { return false }
    let data = (try? handle.read(upToCount: Self.chunk)) ?? nil
    guard let data, !data.isEmpty else {
      atEnd = true
      try? handle.close()
      return false
    }
    if position > 0 {
      consumed += position
      buffer.removeFirst(position)
      position = 0
    }
    buffer.append(contentsOf: data)
    return true
  }

  /// The index of `byte` at or after `from`, reading more as needed (indexes shift by what a
  /// refill drops, so `from` is relative to `position`).
  private mutating func find(_ byte: UInt8, after offset: Int) -> Int? {
    var index = position + offset
    while true {
      while index < buffer.count {
        if buffer[index] == byte { return index - position }
        index += 1
      }
      let scanned = index - position
      guard more() else { return nil }
      index = position + scanned
    }
  }

  private mutating func find(_ bytes: [UInt8], after offset: Int) -> Int? {
    var start = offset
    while let found = find(bytes[0], after: start) {
      while position + found + bytes.count > buffer.count {
        guard more() else { return nil }
      }
      if Array(buffer[(position + found)..<(position + found + bytes.count)]) == bytes {
        return found
      }
      start = found + 1
    }
    return nil
  }

  /// The next event, nil at the end of the document.
  mutating func next() throws -> Event? {
    while true {
      if position >= buffer.count && !more() { return nil }
      if buffer[position] != UInt8(ascii: "<") {
        let end = find(UInt8(ascii: "<"), after: 0) ?? (buffer.count - position)
        let text = Self.decode(buffer[position..<(position + end)])
        position += end
        return .text(text)
      }
      // Markup.
      while position + 2 > buffer.count {
        guard more() else { throw Malformed(offset: consumed + position, message: "cut short") }
      }
      let second = buffer[position + 1]
      if second == UInt8(ascii: "?") {
        guard let end = find(Array("?>".utf8), after: 2) else {
          throw Malformed(offset: consumed + position, message: "unclosed <?")
        }
        position += end + 2
        continue
      }
      if second == UInt8(ascii: "!") {
        if let cdata = try cdata() { return .text(cdata) }
        while position + 4 > buffer.count {
          guard more() else { throw Malformed(offset: consumed + position, message: "cut short") }
        }
        if buffer[position + 2] == UInt8(ascii: "-") && buffer[position + 3] == UInt8(ascii: "-") {
          guard let end = find(Array("-->".utf8), after: 4) else {
            throw Malformed(offset: consumed + position, message: "unclosed comment")
          }
          position += end + 3
        } else {
          guard let end = find(UInt8(ascii: ">"), after: 2) else {
            throw Malformed(offset: consumed + position, message: "unclosed <!")
          }
          position += end + 1
        }
        continue
      }
      guard let close = tagEnd() else {
        throw Malformed(offset: consumed + position, message: "unclosed tag")
      }
      let tag = buffer[(position + 1)..<(position + close)]
      position += close + 1
      if tag.first == UInt8(ascii: "/") {
        return .end(name: Self.local(tag.dropFirst()))
      }
      return try Self.startTag(tag)
    }
  }

  /// `<![CDATA[…]]>` as its text, or nil when the markup is something else.
  private mutating func cdata() throws -> String? {
    let opening = Array("<![CDATA[".utf8)
    while position + opening.count > buffer.count {
      guard more() else { return nil }
    }
    guard Array(buffer[position..<(position + opening.count)]) == opening else { return nil }
    guard let end = find(Array("]]>".utf8), after: opening.count) else {
      throw Malformed(offset: consumed + position, message: "unclosed CDATA")
    }
    let text = String(
      decoding: buffer[(position + opening.count)..<(position + end)], as: UTF8.self)
    position += end + 3
    return text
  }

  /// The offset of the `>` closing the tag at `position`, outside attribute quotes.
  private mutating func tagEnd() -> Int? {
    var index = position + 1
    var quote: UInt8 = 0
    while true {
      while index < buffer.count {
        let byte = buffer[index]
        if quote != 0 {
          if byte == quote { quote = 0 }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: ">") {
          return index - position
        }
        index += 1
      }
      let scanned = index - position
      guard more() else { return nil }
      index = position + scanned
    }
  }

  static func local(_ name: ArraySlice<UInt8>) -> String {
    var slice = name
    while let last = slice.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 {
      slice = slice.dropLast()
    }
    if let colon = slice.firstIndex(of: UInt8(ascii: ":")) { slice = slice[(colon + 1)...] }
    return String(decoding: slice, as: UTF8.self)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  static func startTag(_ tag: ArraySlice<UInt8>) throws -> Event {
    var body = tag
    var empty = false
    if body.last == UInt8(ascii: "/") {
      empty = true
      body = body.dropLast()
    }
    var index = body.startIndex
    while index < body.endIndex && !isSpace(body[index]) { index += 1 }
    let name = local(body[body.startIndex..<index])
    var attributes: [(String, String)] = []
    while index < body.endIndex {
      while index < body.endIndex && isSpace(body[index]) { index += 1 }
      guard index < body.endIndex else { break }
      let keyStart = index
      while index < body.endIndex && body[index] != UInt8(ascii: "=") && !isSpace(body[index]) {
        index += 1
      }
      let key = String(decoding: body[keyStart..<index], as: UTF8.self)
      while index < body.endIndex && (isSpace(body[index]) || body[index] == UInt8(ascii: "=")) {
        index += 1
      }
      guard index < body.endIndex else { break }
      let quote = body[index]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
        throw Malformed(offset: 0, message: "attribute \(key) without quotes")
      }
      index += 1
      let valueStart = index
      while index < body.endIndex && body[index] != quote { index += 1 }
      attributes.append((key, decode(body[valueStart..<index])))
      index += 1
    }
    return .start(name: name, attributes: attributes, empty: empty)
  }

  /// Text with its entities (`&amp;`, `&#x1EA1;`, …) decoded.
  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "&"),
        let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";"))
      else {
        out.append(byte)
        index += 1
        continue
      }
      let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
      var scalar: Unicode.Scalar?
      switch name {
      case "amp": scalar = "&"
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      default:
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
          scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        }
      }
      if let scalar {
        out.append(contentsOf: Array(String(scalar).utf8))
        index = semicolon + 1
      } else {
        out.append(byte)
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
