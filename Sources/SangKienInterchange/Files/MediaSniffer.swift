import Foundation
import SangKienModel
import ZIPFoundation

/// What a file is, found from its bytes (never from its name alone).
public struct SniffedType: Hashable, Sendable {
  /// The media type (`application/pdf`).
  public var mediaType: String
  /// What people call it, in the session's language (`PDF`, `tài liệu Word (.docx)`).
  public var label: String
  /// Whether a dossier may hold it.
  public var accepted: Bool
}

/// Finds a file's type from its bytes: the dossier accepts PDF, the Office formats (OOXML
/// and the old binary ones), OpenDocument, RTF, JPEG, PNG and plain UTF-8 text; it names
/// what anything else is (a program, a script, an archive, another image format) so the
/// refusal says what was found.
public enum MediaSniffer {
  static func accepted(_ type: String, _ vi: String, _ en: String) -> SniffedType {
    SniffedType(mediaType: type, label: Language.text(vi: vi, en: en), accepted: true)
  }
  static func refused(_ type: String, _ vi: String, _ en: String) -> SniffedType {
    SniffedType(mediaType: type, label: Language.text(vi: vi, en: en), accepted: false)
  }

  /// Names ending so are programs or scripts whatever their bytes look like.
  static let programExtensions: Set<String> = [
    "exe", "com", "scr", "msi", "dll", "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf",
    "sh", "bash", "py", "pl", "rb", "php", "jar", "apk", "app", "lnk", "hta", "cpl", "reg",
  ]

  /// The type of the file at `path`, called `name`.
  public static func sniff(path: String, name: String) throws(InterchangeError) -> SniffedType {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotRead(path: path)
    }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
    let ext = (name as NSString).pathExtension.lowercased()
    if programExtensions.contains(ext) {
      return refused(
        "application/octet-stream", "chương trình hoặc tập lệnh (.\(ext))",
        "a program or script (.\(ext))")
    }
    return sniff(head: head, path: path, handle: handle)
  }

  static func starts(_ head: [UInt8], _ magic: [UInt8], at offset: Int = 0) -> Bool {
    head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
  }

  static func sniff(head: [UInt8], path: String, handle: FileHandle) -> SniffedType {
    let ascii = { (text: String) in Array(text.utf8) }
    if starts(head, ascii("%PDF-")) { return accepted("application/pdf", "PDF", "PDF") }
    if starts(head, [0xFF, 0xD8, 0xFF]) {
      return accepted("image/jpeg", "ảnh JPEG", "a JPEG image")
    }
    if starts(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      return accepted("image/png", "ảnh PNG", "a PNG image")
    }
    if starts(head, ascii("{\\rtf")) {
      return accepted("application/rtf", "văn bản RTF", "an RTF document")
    }
    if starts(head, [0x50, 0x4B, 0x03, 0x04]) { return zip(head: head, path: path) }
    if starts(head, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      return compound(handle: handle)
    }
    if let program = program(head) { return program }
    if let other = otherFormat(head) { return other }
    return text(head: head, handle: handle)
  }

  /// Executables of Windows, Linux and macOS.
  static func program(_ head: [UInt8]) -> SniffedType? {
    if starts(head, [0x4D, 0x5A]) {
      return refused(
        "application/x-msdownload", "chương trình Windows (.exe, .dll)",
        "a Windows program (.exe, .dll)")
    }
    if starts(head, [0x7F, 0x45, 0x4C, 0x46]) {
      return refused(
        "application/x-executable", "chương trình Linux (ELF)", "a Linux program (ELF)")
    }
    let machO: [[UInt8]] = [
      [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE],
      [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],
    ]
    if machO.contains(where: { starts(head, $0) }) {
      return refused("application/x-mach-binary", "chương trình macOS", "a macOS program")
    }
    if starts(head, Array("#!".utf8)) {
      return refused("text/x-script", "tập lệnh (#!)", "a script (#!)")
    }
    return nil
  }

  /// Archives, and images and media the dossier does not take.
  static func otherFormat(_ head: [UInt8]) -> SniffedType? {
    let archive = { (type: String, name: String) in
      refused(type, "tệp nén \(name)", "a \(name) archive")
    }
    if starts(head, Array("Rar!".utf8)) { return archive("application/vnd.rar", "RAR") }
    if starts(head, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
      return archive("application/x-7z-compressed", "7z")
    }
    if starts(head, [0x1F, 0x8B]) { return archive("application/gzip", "gzip") }
    if starts(head, Array("BZh".utf8)) { return archive("application/x-bzip2", "bzip2") }
    if starts(head, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) {
      return archive("application/x-xz", "xz")
    }
    if starts(head, Array("ustar".utf8), at: 257) { return archive("application/x-tar", "tar") }
    if starts(head, [0x50, 0x4B, 0x05, 0x06]) { return archive("application/zip", "zip") }
    let image = { (type: String, name: String) in
      refused(
        type, "ảnh \(name) (hồ sơ nhận ảnh JPEG hoặc PNG)",
        "a \(name) image (the dossier takes JPEG or PNG)")
    }
    if starts(head, Array("GIF8".utf8)) { return image("image/gif", "GIF") }
    if starts(head, Array("BM".utf8)) { return image("image/bmp", "BMP") }
    if starts(head, [0x49, 0x49, 0x2A, 0x00]) || starts(head, [0x4D, 0x4D, 0x00, 0x2A]) {
      return image("image/tiff", "TIFF")
    }
    if starts(head, Array("RIFF".utf8)) && starts(head, Array("WEBP".utf8), at: 8) {
      return image("image/webp", "WebP")
    }
    if starts(head, Array("ftyp".utf8), at: 4) {
      let brand = head.count >= 12 ? String(decoding: head[8..<12], as: UTF8.self) : ""
      if ["heic", "heix", "mif1", "heim", "heis"].contains(brand) {
        return image("image/heic", "HEIC")
      }
      return refused("video/mp4", "tệp video hoặc âm thanh", "a video or sound file")
    }
    return nil
  }

  /// A zip: an OOXML document (without macros), an OpenDocument file, or an archive.
  static func zip(head: [UInt8], path: String) -> SniffedType {
    // OpenDocument stores its type first, uncompressed: `mimetype` then the type.
    if starts(head, Array("mimetype".utf8), at: 30) {
      let full = String(decoding: head.dropFirst(38).prefix(80), as: UTF8.self)
      for (suffix, vi, en) in [
        ("text", "văn bản OpenDocument (.odt)", "an OpenDocument text (.odt)"),
        ("spreadsheet", "bảng tính OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)"),
        ("presentation", "trình chiếu OpenDocument (.odp)", "an OpenDocument presentation (.odp)"),
      ] where full.hasPrefix("application/vnd.oasis.opendocument.\(suffix)") {
        return accepted("application/vnd.oasis.opendocument.\(suffix)", vi, en)
      }
    }
    let names: [String]
    do {
      let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
      names = archive.prefix(20_000).map(\.path)
    } catch {
      return refused("application/zip", "tệp zip hỏng", "a damaged zip file")
    }
    let set = Set(names.map { $0.lowercased() })
    if set.contains("[content_types].xml") {
      if names.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) {
        return refused(
          "application/vnd.ms-office.macroEnabled",
          "tài liệu Office có macro (.docm, .xlsm, .pptm)",
          "an Office document with macros (.docm, .xlsm, .pptm)")
      }
      let office = "application/vnd.openxmlformats-officedocument."
      if set.contains("word/document.xml") {
        return accepted(
          office + "wordprocessingml.document", "tài liệu Word (.docx)", "a Word document (.docx)")
      }
      if set.contains("xl/workbook.xml") {
        return accepted(
          office + "spreadsheetml.sheet", "bảng tính Excel (.xlsx)", "an Excel workbook (.xlsx)")
      }
      if set.contains("ppt/presentation.xml") {
        return accepted(
          office + "presentationml.presentation", "trình chiếu PowerPoint (.pptx)",
          "a PowerPoint presentation (.pptx)")
      }
    }
    return refused("application/zip", "tệp nén zip", "a zip archive")
  }

  /// An OLE compound file: Word, Excel or PowerPoint 97–2003 by the stream they hold; an
  /// encrypted Office file, an installer or anything else is refused.
  static func compound(handle: FileHandle) -> SniffedType {
    let names = CompoundFile.streamNames(handle) ?? []
    if names.contains("WordDocument") {
      return accepted(
        "application/msword", "tài liệu Word 97–2003 (.doc)", "a Word 97–2003 document (.doc)")
    }
    if names.contains("Workbook") || names.contains("Book") {
      return accepted(
        "application/vnd.ms-excel", "bảng tính Excel 97–2003 (.xls)",
        "an Excel 97–2003 workbook (.xls)")
    }
    if names.contains("PowerPoint Document") {
      return accepted(
        "application/vnd.ms-powerpoint", "trình chiếu PowerPoint 97–2003 (.ppt)",
        "a PowerPoint 97–2003 presentation (.ppt)")
    }
    if names.contains("EncryptedPackage") {
      return refused(
        "application/x-ole-storage", "tài liệu Office có mật khẩu (giám khảo không mở được)",
        "a password-protected Office document (judges could not open it)")
    }
    return refused(
      "application/x-ole-storage", "tệp OLE khác (bộ cài đặt .msi, thư Outlook, …)",
      "another OLE file (an .msi installer, an Outlook message, …)")
  }

  /// Plain UTF-8 text without control characters, and not markup (which may carry scripts).
  static func text(head: [UInt8], handle: FileHandle) -> SniffedType {
    let unknown = refused(
      "application/octet-stream", "dữ liệu nhị phân không rõ loại", "binary data of an unknown kind"
    )
    var body = head
    if starts(body, [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
    let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    if first == UInt8(ascii: "<") {
      return refused(
        "text/html", "trang HTML hoặc XML (có thể chứa mã chạy)",
        "an HTML or XML page (it may carry scripts)")
    }
    // The whole file is read, in pieces, as UTF-8 without control characters.
    var decoder = TextScan()
    var piece = head
    repeat {
      guard decoder.feed(piece) else {
        return decoder.sawControl
          ? unknown
          : refused(
            "text/plain", "văn bản không phải UTF-8 (hãy lưu lại dạng UTF-8 hoặc PDF)",
            "text not in UTF-8 (save it as UTF-8 or PDF)")
      }
      piece = [UInt8]((try? handle.read(upToCount: 1 << 20)) ?? Data())
    } while !piece.isEmpty
    guard decoder.finish() else { return unknown }
    return accepted("text/plain", "văn bản thuần (UTF-8)", "plain text (UTF-8)")
  }
}

/// Checks bytes, fed in pieces, for well-formed UTF-8 without control characters other than
/// tab, line breaks and form feed.
struct TextScan {
  private var pending = 0
  /// The range the next continuation byte must fall in: narrower than 80…BF right after a
  /// lead byte that would otherwise allow an overlong form, a surrogate (ED A0…) or a code
  /// point past U+10FFFF (Unicode's table 3-7 of well-formed byte sequences; found by the
  /// sniff fuzzer with ED AA AA, a lone surrogate taken as text).
  private var next: ClosedRange<UInt8> = 0x80...0xBF
  private(set) var sawControl = false

  mutating func feed(_ bytes: [UInt8]) -> Bool {
    for byte in bytes {
      if pending > 0 {
        guard next.contains(byte) else { return false }
        next = 0x80...0xBF
        pending -= 1
      } else if byte < 0x80 {
        if byte < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains(byte) || byte == 0x7F {
          sawControl = true
          return false
        }
      } else if byte >= 0xC2 && byte <= 0xDF {
        pending = 1
      } else if byte >= 0xE0 && byte <= 0xEF {
        pending = 2
        next = byte == 0xE0 ? 0xA0...0xBF : byte == 0xED ? 0x80...0x9F : 0x80...0xBF
      } else if byte >= 0xF0 && byte <= 0xF4 {
        pending = 3
        next = byte == 0xF0 ? 0x90...0xBF : byte == 0xF4 ? 0x80...0x8F : 0x80...0xBF
      } else {
        return false
      }
    }
    return true
  }

  func finish() -> Bool { pending == 0 }
}

/// Just enough of the OLE compound file format ([MS-CFB]) to list the names in its
/// directory: the header, the FAT sectors it lists, the directory's chain of sectors.
enum CompoundFile {
  static func streamNames(_ handle: FileHandle) -> [String]? {
    func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
      guard (try? handle.seek(toOffset: offset)) != nil,
        let data = try? handle.read(upToCount: count), data.count == count
      else { return nil }
      return [UInt8](data)
    }
    func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
      UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
        | UInt32(bytes[at + 3]) << 24
    }
    guard let header = read(0, 512) else { return nil }
    let shift = Int(header[0x1E]) | Int(header[0x1F]) << 8
    guard shift == 9 || shift == 12 else { return nil }
    let size = 1 << shift
    let fatCount = Int(u32(header, 0x2C))
    let firstDirectory = u32(header, 0x30)
    // The first 109 FAT sectors are listed in the header; enough for files of ~6.8 MB at
    // 512-byte sectors, and the directory sits early in every Office file.
    var fat: [UInt32] = []
    for index in 0..<min(fatCount, 109) {
      let sector = u32(header, 0x4C + 4 * index)
      guard sector < 0xFFFF_FFFA, let bytes = read(UInt64(sector + 1) * UInt64(size), size)
      else { break }
      for at in stride(from: 0, to: size, by: 4) { fat.append(u32(bytes, at)) }
    }
    var names: [String] = []
    var sector = firstDirectory
    var visited = 0
    while sector < 0xFFFF_FFFA && visited < 4_096 {
      guard let bytes = read(UInt64(sector + 1) * UInt64(size), size) else { break }
      for entry in stride(from: 0, to: size, by: 128) {
        let length = Int(bytes[entry + 64]) | Int(bytes[entry + 65]) << 8
        guard length >= 2 && length <= 64 else { continue }
        var units: [UInt16] = []
        for at in stride(from: entry, to: entry + length - 2, by: 2) {
          units.append(UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
        }
        names.append(String(decoding: units, as: UTF16.self))
      }
      visited += 1
      guard Int(sector) < fat.count else { break }
      sector = fat[Int(sector)]
    }
    return names
  }
}
