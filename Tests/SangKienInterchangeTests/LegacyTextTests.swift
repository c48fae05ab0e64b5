import Foundation
import SangKienModel
import Testing

@testable import SangKienInterchange

@Suite("legacy Vietnamese encodings")
struct LegacyTextTests {
  /// Every precomposed Vietnamese letter, lower and upper case.
  static let letters: [String] = {
    let bases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    let tones = ["", "\u{0301}", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0323}"]
    var result: [String] = ["đ", "Đ"]
    for base in bases {
      for tone in tones {
        let letter = (base + tone).precomposedStringWithCanonicalMapping
        result += [letter, letter.uppercased()]
      }
    }
    return result
  }()

  /// `text` as the system's converter writes it in `name`, then read as Windows-1252 the way
  /// Excel reads a legacy file it re-saves as "CSV UTF-8" (Foundation's table, not ours).
  static func garble(_ text: String, _ name: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", name]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    guard (try? process.run()) != nil else { return nil }
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(data: data, encoding: .windowsCP1252)
  }

  @Test(
    "TCVN3 and Windows-1258: every letter a re-saved file holds comes back",
    arguments: ["TCVN5712-1", "CP1258"])
  func resaved(name: String) throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv") else { return }
    let encoding: LegacyEncoding = name == "CP1258" ? .cp1258 : .tcvn3
    var checked = 0
    for letter in Self.letters {
      guard let garbled = Self.garble(letter, name) else { continue }
      #expect(
        LegacyText.decode(Array(garbled.utf8), from: encoding) == letter, "\(letter) via \(name)")
      checked += 1
    }
    #expect(checked >= 130, "only \(checked) letters could be written in \(name)")
    let phrase = "Nhận hồ sơ đất đai tại Ủy ban nhân dân quận Cầu Giấy"
    let garbled = try #require(Self.garble(phrase, name))
    #expect(LegacyText.decode(Array(garbled.utf8), from: encoding) == phrase)
  }

  @Test("a raw TCVN3 file is read directly")
  func raw() {
    let bytes: [UInt8] = [
      0x4E, 0x68, 0xCB, 0x6E, 0x20, 0x68, 0xE5, 0x20, 0x73, 0xAC, 0x20, 0xAE, 0xCA, 0x74, 0x20,
      0xAE, 0x61, 0x69,
    ]
    #expect(LegacyText.decode(bytes, from: .tcvn3) == "Nhận hồ sơ đất đai")
  }

  @Test(
    "VNI: published examples",
    arguments: [
      ("Xin chaøo caùc baïn", "Xin chào các bạn"), ("Nhaän hoà sô ñaát ñai", "Nhận hồ sơ đất đai"),
      ("ÑAÏI HOÏC", "ĐẠI HỌC"), ("Tröôøng", "Trường"), ("khoâng", "không"),
      ("thöïc hieän", "thực hiện"),
      ("naêm", "năm"), ("Vieät Nam", "Việt Nam"), ("Uûy ban", "Ủy ban"),
    ])
  func vni(garbled: String, text: String) {
    #expect(VNIText.compose(garbled) == text)
  }

  @Test(
    "garbled text is recognised, Vietnamese and Western text are not",
    arguments: [
      ("NhËn hå s¬ ®Êt ®ai", LegacyEncoding?.some(.tcvn3)), ("Hµ Néi", .some(.tcvn3)),
      ("Nhaän hoà sô ñaát ñai", .some(.vni)), ("Nhận hồ sơ đất đai", nil), ("Hà Nội", nil),
      ("Microsoft® Office", nil), ("25°C", nil), ("Café crème", nil), ("plain text", nil),
    ])
  func garbled(text: String, expected: LegacyEncoding?) {
    #expect(LegacyText.garbled(text) == expected)
  }
}
