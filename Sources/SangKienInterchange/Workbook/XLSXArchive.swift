import Foundation
import SangKienModel
import ZIPFoundation

/// Why a workbook cannot be read: each limit and each refusal with its own words.
public enum WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Not a zip container, or one whose central directory cannot be read (a truncated file).
  case notAWorkbook(file: String)
  /// The zip holds no `xl/workbook.xml`: a Word or other Office file.
  case notExcel(file: String)
  /// `.xlsm`: a workbook with macros (`vbaProject.bin`).
  case macros(file: String)
  /// A part would unpack to more than the limit, or claims one size and unpacks to more.
  case partTooLarge(file: String, part: String, limitMB: Int)
  /// A part unpacks to far more than it takes packed: a zip bomb.
  case compressionRatio(file: String, part: String, ratio: Int)
  /// The parts together unpack to more than the limit.
  case totalTooLarge(file: String, limitMB: Int)
  /// XML with a document type declaration (DTDs and entities are never read).
  case doctype(file: String, part: String)
  /// XML that does not parse.
  case malformedXML(file: String, part: String, line: Int, message: String)
  /// A part the workbook names is missing.
  case missingPart(file: String, part: String)
  /// `--sheet NAME` names no worksheet.
  case noSuchSheet(file: String, sheet: String, sheets: [String])
  /// No worksheet has a header row naming the required columns in its first 20 rows.
  case noHeader(file: String, sheets: [String], required: [String])
  /// A cell beyond Excel's limits (1,048,576 rows, 16,384 columns), or too many columns.
  case tooBig(file: String, sheet: String, what: String)

  /// The file the problem is in.
  public var file: String {
    switch self {
    case .notAWorkbook(let file), .notExcel(let file), .macros(let file),
      .partTooLarge(let file, _, _), .compressionRatio(let file, _, _),
      .totalTooLarge(let file, _), .doctype(let file, _), .malformedXML(let file, _, _, _),
      .missingPart(let file, _), .noSuchSheet(let file, _, _), .noHeader(let file, _, _),
      .tooBig(let file, _, _):
      file
    }
  }

  /// The message, naming the file.
  public var description: String { "\(file): \(message)" }

  /// What is wrong, without the file.
  public var message: String {
    switch self {
    case .notAWorkbook:
      Language.text(
        vi: "không phải sổ tính Excel (.xlsx) đọc được: tệp zip hỏng hoặc bị cắt cụt",
        en:
          "not a readable Excel workbook (.xlsx): the zip container is damaged or cut short"
      )
    case .notExcel:
      Language.text(
        vi: "tệp zip này không phải sổ tính Excel (không có xl/workbook.xml)",
        en: "this zip file is not an Excel workbook (it has no xl/workbook.xml)")
    case .macros:
      Language.text(
        vi:
          "sổ tính có macro (.xlsm, vbaProject.bin) không được nhận; hãy lưu lại dạng .xlsx",
        en: "a workbook with macros (.xlsm, vbaProject.bin) is refused; save it as .xlsx")
    case .partTooLarge(_, let part, let limit):
      Language.text(
        vi: "phần '\(part)' khi giải nén vượt \(limit) MB; tệp bị từ chối, không giải nén",
        en: "part '\(part)' unpacks to more than \(limit) MB; refused, not unpacked")
    case .compressionRatio(_, let part, let ratio):
      Language.text(
        vi: "phần '\(part)' nén với tỉ lệ \(ratio):1, dấu hiệu bom zip; tệp bị từ chối",
        en: "part '\(part)' is compressed \(ratio):1, the mark of a zip bomb; refused")
    case .totalTooLarge(_, let limit):
      Language.text(
        vi: "các phần của sổ tính khi giải nén vượt \(limit) MB; tệp bị từ chối",
        en: "the workbook's parts unpack to more than \(limit) MB; refused")
    case .doctype(_, let part):
      Language.text(
        vi: "phần '\(part)' có khai báo DOCTYPE (DTD, thực thể); sổ tính bị từ chối",
        en: "part '\(part)' has a DOCTYPE declaration (DTD, entities); refused")
    case .malformedXML(_, let part, let line, let message):
      Language.text(
        vi: "phần '\(part)' dòng \(line): XML hỏng (\(message))",
        en: "part '\(part)' line \(line): malformed XML (\(message))")
    case .missingPart(_, let part):
      Language.text(
        vi: "sổ tính thiếu phần '\(part)'",
        en: "the workbook lacks part '\(part)'")
    case .noSuchSheet(_, let sheet, let sheets):
      Language.text(
        vi: "không có trang tính '\(sheet)' (có: \(sheets.joined(separator: ", ")))",
        en: "no worksheet '\(sheet)' (there are: \(sheets.joined(separator: ", ")))")
    case .noHeader(_, let sheets, let required):
      Language.text(
        vi:
          "không trang tính nào (\(sheets.joined(separator: ", "))) có dòng tiêu đề với các cột \(required.joined(separator: ", ")) trong 20 dòng đầu",
        en:
          "no worksheet (\(sheets.joined(separator: ", "))) has a header row naming \(required.joined(separator: ", ")) in its first 20 rows"
      )
    case .tooBig(_, let sheet, let what):
      Language.text(
        vi: "\(file):\(sheet): \(what) vượt giới hạn",
        en: "\(file):\(sheet): \(what) beyond the limit")
    }
  }
}

/// The zip container of a workbook, read with limits: no part is unpacked past its limit or
/// its declared size, and a part packed far tighter than any spreadsheet is refused.
struct XLSXArchive {
  /// The most one part may unpack to.
  static let partLimitMB = 256
  /// The most all parts read may unpack to.
  static let totalLimitMB = 512
  /// The most a part over 1 MB may be compressed (sheet XML packs 10–40:1).
  static let ratioLimit = 200

  let file: String
  private let archive: Archive
  private var unpacked = 0
  /// The container's size: no part's packed bytes can be more.
  private let size: UInt64

  /// Whether the bytes start as a zip file does.
  static func looksLikeZip(_ prefix: some Collection<UInt8>) -> Bool {
    Array(prefix.prefix(4)) == [0x50, 0x4B, 0x03, 0x04]
  }

  /// Opens the workbook at `path` (read from disk as needed) or in `bytes`.
  init(path: String? = nil, bytes: [UInt8] = [], file: String) throws(WorkbookError) {
    self.file = file
    // Bytes go through a temporary file too: ZIPFoundation 0.9.20's in-memory archive traps
    // ("Range requires lowerBound <= upperBound", MemoryFile.readData) when a damaged
    // file's offsets point past its end, which the fuzzer found; its file-backed archive
    // reports an error instead. The file is unlinked once open.
    var opened = path
    if path == nil {
      let temporary = NSTemporaryDirectory() + "sangkien-upload-\(UUID().uuidString).xlsx"
      guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
        throw .notAWorkbook(file: file)
      }
      opened = temporary
    }
    defer { if path == nil, let opened { try? FileManager.default.removeItem(atPath: opened) } }
    do {
      archive = try Archive(url: URL(fileURLWithPath: opened!), accessMode: .read)
    } catch {
      throw .notAWorkbook(file: file)
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: opened!)
    size = (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    var paths: [String] = []
    for entry in archive { paths.append(entry.path) }
    guard !paths.isEmpty else { throw .notAWorkbook(file: file) }
    if paths.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) {
      throw .macros(file: file)
    }
    guard paths.contains("xl/workbook.xml") else { throw .notExcel(file: file) }
  }

  /// Whether the part exists.
  func has(_ path: String) -> Bool { archive[path] != nil }

  /// The part's bytes, unpacked within the limits.
  mutating func part(_ path: String) throws(WorkbookError) -> Data {
    var data = Data()
    try unpack(path) { data.append($0) }
    return data
  }

  /// The part unpacked into a temporary file (a worksheet can be hundreds of MB of XML),
  /// within the limits; the caller removes it.
  mutating func partFile(_ path: String) throws(WorkbookError) -> String {
    let target = NSTemporaryDirectory() + "sangkien-part-\(UUID().uuidString).xml"
    guard FileManager.default.createFile(atPath: target, contents: nil),
      let handle = FileHandle(forWritingAtPath: target)
    else { throw .notAWorkbook(file: file) }
    defer { try? handle.close() }
    do {
      try unpack(path) { handle.write($0) }
    } catch {
      try? FileManager.default.removeItem(atPath: target)
      throw error
    }
    return target
  }

  private mutating func unpack(_ path: String, into sink: (Data) -> Void) throws(WorkbookError) {
    guard let entry = archive[path] else { throw .missingPart(file: file, part: path) }
    // A packed size past the end of the file is damage: ZIPFoundation 0.9.20 would read on
    // at the end of the file for ever (the fuzzer found it).
    guard entry.compressedSize <= size else { throw .notAWorkbook(file: file) }
    let limit = Self.partLimitMB << 20
    let declared = entry.uncompressedSize
    if declared > UInt64(limit) {
      throw .partTooLarge(file: file, part: path, limitMB: Self.partLimitMB)
    }
    if declared > 1 << 20, declared / max(entry.compressedSize, 1) > UInt64(Self.ratioLimit) {
      throw .compressionRatio(
        file: file, part: path, ratio: Int(declared / max(entry.compressedSize, 1)))
    }
    // The header may lie about the size: count what really comes out. The prolog (where a
    // DTD would be) is kept to be searched.
    struct Over: Error {}
    var count = 0
    var prolog = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        count += chunk.count
        if count > max(Int(declared), 0) || count > limit { throw Over() }
        if prolog.count < 1 << 16 { prolog.append(chunk.prefix((1 << 16) - prolog.count)) }
        sink(chunk)
      }
    } catch is Over {
      throw .partTooLarge(file: file, part: path, limitMB: Self.partLimitMB)
    } catch {
      throw .notAWorkbook(file: file)
    }
    unpacked += count
    if unpacked > Self.totalLimitMB << 20 {
      throw .totalTooLarge(file: file, limitMB: Self.totalLimitMB)
    }
    try Self.refuseDoctype(prolog, file: file, part: path)
  }

  /// A DTD can only come before the root element: the prolog is searched for `<!DOCTYPE`
  /// (and `<!ENTITY`), and the parser is never asked to resolve anything.
  static func refuseDoctype(_ data: Data, file: String, part: String) throws(WorkbookError) {
    var index = data.startIndex
    let end = data.endIndex
    while index < end {
      guard data[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      let next = index + 1 < end ? data[index + 1] : 0
      if next == UInt8(ascii: "?") {
        // A processing instruction (`<?xml …?>`): skip to its end.
        while index < end && data[index] != UInt8(ascii: ">") { index += 1 }
        continue
      }
      if next == UInt8(ascii: "!") {
        let word = String(decoding: data[(index + 2)..<min(end, index + 9)], as: UTF8.self)
        if word.uppercased().hasPrefix("DOCTYPE") || word.uppercased().hasPrefix("ENTITY") {
          throw .doctype(file: file, part: part)
        }
        // A comment: skip it.
        while index < end && data[index] != UInt8(ascii: ">") { index += 1 }
        continue
      }
      return  // the root element: no DTD can follow
    }
  }
}
