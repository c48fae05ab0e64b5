import Foundation
import SangKienModel

/// A reading of a small part (the workbook, its relationships, styles, shared strings) with
/// `SheetScanner`: element starts and ends and text, namespace prefixes dropped (`x:row` is
/// `row`). No tree is built, no entity is resolved.
final class XMLEvents {
  var start: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
  var end: (_ name: String) -> Void = { _ in }
  var text: (_ characters: String) -> Void = { _ in }

  /// Reads `data`, or throws naming the part.
  func parse(_ data: Data, file: String, part: String) throws(WorkbookError) {
    try parse(SheetScanner(bytes: [UInt8](data)), file: file, part: part)
  }

  /// Reads the part unpacked at `path` a chunk at a time (a part of hundreds of MB is never
  /// held whole), or throws naming the part.
  func parse(path: String, file: String, part: String) throws(WorkbookError) {
    guard let scanner = SheetScanner(path: path) else {
      throw .malformedXML(file: file, part: part, line: 1, message: "unreadable")
    }
    try parse(scanner, file: file, part: part)
  }

  private func parse(_ scanner: SheetScanner, file: String, part: String) throws(WorkbookError) {
    var scanner = scanner
    do {
      while let event = try scanner.next() {
        switch event {
        case .start(let name, let attributes, let empty):
          var dictionary: [String: String] = [:]
          for (key, value) in attributes { dictionary[key] = value }
          start(name, dictionary)
          if empty { end(name) }
        case .end(let name): end(name)
        case .text(let characters): text(characters)
        }
      }
    } catch let malformed as SheetScanner.Malformed {
      throw .malformedXML(
        file: file, part: part, line: 1,
        message: "\(malformed.message) at byte \(malformed.offset)")
    } catch {
      throw .malformedXML(file: file, part: part, line: 1, message: "\(error)")
    }
  }
}

/// The workbook's parts other than the sheets: its worksheets in order, the date system,
/// the styles that show dates, and the shared strings.
struct XLSXWorkbook {
  struct Sheet {
    var name: String
    var part: String
  }

  var sheets: [Sheet] = []
  /// Dates count from 1904-01-01 (old Mac Excel) rather than from 1900.
  var date1904 = false
  /// For each cell style index (`s`), whether it shows a date.
  var dateStyles: [Bool] = []
  /// The shared strings, in one byte buffer with offsets: a large register's strings are
  /// most of its text, and one `String` each would double it.
  var stringBytes: [UInt8] = []
  var stringEnds: [Int] = []

  func sharedString(_ index: Int) -> String? {
    guard index >= 0, index < stringEnds.count else { return nil }
    let start = index == 0 ? 0 : stringEnds[index - 1]
    return String(decoding: stringBytes[start..<stringEnds[index]], as: UTF8.self)
  }

  init(archive: inout XLSXArchive) throws(WorkbookError) {
    let file = archive.file
    // Relationships: id → part.
    var targets: [String: String] = [:]
    let relsPath = "xl/_rels/workbook.xml.rels"
    if archive.has(relsPath) {
      let events = XMLEvents()
      events.start = { name, attributes in
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"]
        else { return }
        targets[id] = Self.resolve(target)
      }
      try events.parse(try archive.part(relsPath), file: file, part: relsPath)
    }
    // The workbook: sheets in order, the date system.
    var found: [Sheet] = []
    var index = 0
    var date1904 = false
    let events = XMLEvents()
    events.start = { name, attributes in
      switch name {
      case "workbookPr":
        let value = attributes["date1904"]?.lowercased()
        date1904 = value == "1" || value == "true"
      case "sheet":
        index += 1
        let id = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value
        let part = id.flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index).xml"
        found.append(Sheet(name: attributes["name"] ?? "Sheet\(index)", part: part))
      default: break
      }
    }
    try events.parse(try archive.part("xl/workbook.xml"), file: file, part: "xl/workbook.xml")
    sheets = found
    self.date1904 = date1904
    if archive.has("xl/styles.xml") {
      dateStyles = try Self.dateStyles(try archive.part("xl/styles.xml"), file: file)
    }
    if archive.has("xl/sharedStrings.xml") {
      // Unpacked to a file and read from it in chunks: the attack's 2.6 MB workbook whose
      // shared strings unpack to 244 MB held them twice in memory (the part, then a copy).
      let path = try archive.partFile("xl/sharedStrings.xml")
      defer { try? FileManager.default.removeItem(atPath: path) }
      try readSharedStrings(path: path, file: file)
    }
  }

  /// `worksheets/sheet1.xml` (relative to xl/) or `/xl/worksheets/sheet1.xml`.
  static func resolve(_ target: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = ["xl"]
    for piece in target.split(separator: "/") {
      if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
    }
    return parts.joined(separator: "/")
  }

  /// Built-in number formats that show dates (14–22 and the East Asian 27–36, 50–58).
  static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

  /// A custom format shows a date when, outside quotes, brackets (`[Red]`, `[h]`, `[$-42A]`)
  /// and escaped characters, it has `d` or `y`, or an `m` that is a month, not minutes
  /// (no hours or seconds beside it).
  static func isDateFormat(_ code: String) -> Bool {
    var kept = ""
    var inQuote = false
    var inBracket = false
    var escaped = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        inQuote.toggle()
      } else if inQuote {
        continue
      } else if character == "[" {
        inBracket = true
      } else if character == "]" {
        inBracket = false
      } else if !inBracket {
        kept.append(character)
      }
    }
    if kept.contains("d") || kept.contains("y") { return true }
    return kept.contains("m") && !kept.contains("h") && !kept.contains("s")
  }

  static func dateStyles(_ data: Data, file: String) throws(WorkbookError) -> [Bool] {
    var custom: [Int: Bool] = [:]
    var styles: [Bool] = []
    var inCellXfs = false
    let events = XMLEvents()
    events.start = { name, attributes in
      switch name {
      case "numFmt":
        if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
          custom[id] = isDateFormat(code)
        }
      case "cellXfs": inCellXfs = true
      case "xf" where inCellXfs:
        let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
        styles.append(custom[id] ?? builtInDates.contains(id))
      default: break
      }
    }
    events.end = { name in if name == "cellXfs" { inCellXfs = false } }
    try events.parse(data, file: file, part: "xl/styles.xml")
    return styles
  }

  /// `<si>` items: plain `<t>` or rich-text runs `<r><t>`; phonetic runs (`<rPh>`) are not
  /// the text.
  mutating func readSharedStrings(path: String, file: String) throws(WorkbookError) {
    var bytes: [UInt8] = []
    // The text is never longer than the part: reserved once, so the array never doubles
    // (pages not written are not resident).
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    bytes.reserveCapacity(size)
    var ends: [Int] = []
    var inText = false
    var inPhonetic = false
    let events = XMLEvents()
    events.start = { name, _ in
      switch name {
      case "t": inText = !inPhonetic
      case "rPh": inPhonetic = true
      default: break
      }
    }
    events.end = { name in
      switch name {
      case "t": inText = false
      case "rPh": inPhonetic = false
      case "si": ends.append(bytes.count)
      default: break
      }
    }
    events.text = { characters in if inText { bytes += characters.utf8 } }
    try events.parse(path: path, file: file, part: "xl/sharedStrings.xml")
    stringBytes = bytes
    stringEnds = ends
  }
}
