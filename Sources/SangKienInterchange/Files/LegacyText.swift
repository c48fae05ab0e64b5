import Foundation
import SangKienModel

#if canImport(Glibc)
  import Glibc
#endif

/// The encodings Vietnamese offices' files still come in, from before Unicode.
public enum LegacyEncoding: String, Sendable, CaseIterable {
  /// TCVN 5712:1993 (VN3), the ".Vn" fonts of the ABC keyboard.
  case tcvn3
  /// VNI-Windows: a base letter followed by a mark byte, the "VNI-" fonts.
  case vni
  /// Windows-1258.
  case cp1258

  /// The name the system's converter (iconv) knows it by, when it knows it.
  var iconvName: String? {
    switch self {
    case .tcvn3: "TCVN5712-1"
    case .cp1258: "CP1258"
    case .vni: nil
    }
  }
}

/// Vietnamese text in a legacy encoding: read as it is, put right once Excel re-saved it as
/// "CSV UTF-8" (each legacy byte turned into the Windows-1252 character of that byte:
/// "NhËn hå s¬ ®Êt ®ai" for "Nhận hồ sơ đất đai"), and recognised when it comes in garbled.
///
/// TCVN3 and Windows-1258 go through the C library's converter (iconv, glibc's published
/// tables); VNI, which no converter ships, through the table in `VNIText`.
public enum LegacyText {
  /// The text of `bytes` in `encoding`: read directly when they are not UTF-8 (the raw
  /// file), or put right when they are UTF-8 holding the Windows-1252 reading of legacy bytes
  /// (the re-saved file). Nil when they are neither.
  public static func decode(_ bytes: [UInt8], from encoding: LegacyEncoding) -> String? {
    if let text = String(validating: bytes, as: UTF8.self) {
      var body = Substring(text)
      if body.first == "\u{FEFF}" { body = body.dropFirst() }
      guard let legacy = windows1252Bytes(String(body)) else { return nil }
      return decodeRaw(legacy, from: encoding)
    }
    return decodeRaw(bytes, from: encoding)
  }

  /// The text of raw legacy bytes.
  static func decodeRaw(_ bytes: [UInt8], from encoding: LegacyEncoding) -> String? {
    if let name = encoding.iconvName { return iconv(bytes, from: name) }
    guard let text = iconv(bytes, from: "CP1252") else { return nil }
    return VNIText.compose(text)
  }

  /// The bytes whose Windows-1252 reading is `text`, or nil when a character has none.
  static func windows1252Bytes(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
        bytes.append(UInt8(scalar.value))
      } else if let byte = cp1252High[scalar] {
        bytes.append(byte)
      } else {
        return nil
      }
    }
    return bytes
  }

  /// Windows-1252's characters at 0x80–0x9F.
  static let cp1252High: [Unicode.Scalar: UInt8] = [
    "\u{20AC}": 0x80, "\u{201A}": 0x82, "\u{0192}": 0x83, "\u{201E}": 0x84, "\u{2026}": 0x85,
    "\u{2020}": 0x86, "\u{2021}": 0x87, "\u{02C6}": 0x88, "\u{2030}": 0x89, "\u{0160}": 0x8A,
    "\u{2039}": 0x8B, "\u{0152}": 0x8C, "\u{017D}": 0x8E, "\u{2018}": 0x91, "\u{2019}": 0x92,
    "\u{201C}": 0x93, "\u{201D}": 0x94, "\u{2022}": 0x95, "\u{2013}": 0x96, "\u{2014}": 0x97,
    "\u{02DC}": 0x98, "\u{2122}": 0x99, "\u{0161}": 0x9A, "\u{203A}": 0x9B, "\u{0153}": 0x9C,
    "\u{017E}": 0x9E, "\u{0178}": 0x9F,
  ]

  /// Converts with the C library's iconv; nil when it cannot.
  static func iconv(_ bytes: [UInt8], from name: String) -> String? {
    let converter = iconv_open("UTF-8", name)
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
    let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer = outBuffer.baseAddress
        var outLeft = outBuffer.count
        let result = Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != -1, inLeft == 0 else { return nil }
        // TCVN's converter holds the last letter back (a mark byte could still follow it):
        // flush it.
        guard Glibc.iconv(converter, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
        return outBuffer.count - outLeft
      }
    }
    guard let produced else { return nil }
    return String(decoding: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Which legacy encoding `text` looks like, read as Windows-1252 (what Excel does to a
  /// legacy file it re-saves as "CSV UTF-8"), or nil when it looks like Vietnamese or plain
  /// text. It looks garbled when it holds characters of Windows-1252's upper half that
  /// Vietnamese never uses, and none of the letters only Unicode Vietnamese has.
  public static func garbled(_ text: String) -> LegacyEncoding? {
    // Plain ASCII (most fields) is never garbled.
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
    // A letter only Unicode Vietnamese has (ơ, ư, đ, ắ…), found early in nearly every
    // Vietnamese field: the text is Unicode, and nothing more needs looking at.
    for scalar in text.unicodeScalars where scalar.value >= 0x100 && cp1252High[scalar] == nil {
      return nil
    }
    let scalars = Array(text.unicodeScalars)
    var foreign = 0
    var strong = 0
    var vniMarks = 0
    for (index, scalar) in scalars.enumerated() {
      guard scalar.value >= 0x80, !vietnameseLatin1.contains(scalar) else { continue }
      // Only a character inside a word counts: "NhËn", "s¬", "®Êt" — not "® 2019".
      let before = index > 0 && scalars[index - 1].properties.isAlphabetic
      let after = index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
      guard before || after else { continue }
      foreign += 1
      if !weak.contains(scalar) { strong += 1 }
      if vniMarkers.contains(scalar) { vniMarks += 1 }
    }
    guard strong >= 1 || foreign >= 2 else { return nil }
    return vniMarks > 0 && vniMarks * 2 >= foreign ? .vni : .tcvn3
  }

  /// Signs Western text writes beside words (`Microsoft®`, `25°C`): alone, they do not make a
  /// text garbled.
  static let weak: Set<Unicode.Scalar> = Set("®°©«»±½¼¾²³¹×÷¿¡¢£ªº".unicodeScalars)

  /// What to say of a garbled field.
  static func garbledMessage(_ text: String, _ encoding: LegacyEncoding) -> String {
    let sample = String(text.prefix(40))
    let name = encoding == .vni ? "VNI" : "TCVN3 (ABC)"
    let fixed =
      decode(Array(text.utf8), from: encoding).map { " → «\(String($0.prefix(40)))»" } ?? ""
    return Language.text(
      vi:
        "«\(sample)» trông như chữ \(name) bị Excel lưu lại thành UTF-8\(fixed); \(Remedy.convertEncoding(encoding.rawValue).text)",
      en:
        "«\(sample)» looks like \(name) text that Excel re-saved as UTF-8\(fixed); \(Remedy.convertEncoding(encoding.rawValue).text)"
    )
  }

  /// The characters of Latin-1 that Vietnamese writes.
  static let vietnameseLatin1: Set<Unicode.Scalar> = Set(
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".unicodeScalars)

  /// Bytes of VNI's marks that Vietnamese never writes as characters.
  static let vniMarkers: Set<Unicode.Scalar> = Set("ñÑäÄëËïÏöÖüÜøØåÅæÆîÎûÛ".unicodeScalars)
}

/// VNI-Windows: Vietnamese letters written as a base letter and a mark byte, read as
/// Windows-1252 characters (`aù` is á, `oà` is ồ, `ô` is ơ, `ñ` is đ).
public enum VNIText {
  /// Tone marks after a vowel: acute, grave, hook, tilde, dot below.
  static let tones: [Character: Int] = ["ù": 1, "ø": 2, "û": 3, "õ": 4, "ï": 5]
  /// Circumflex, alone or with a tone.
  static let circumflex: [Character: Int] = ["â": 0, "á": 1, "à": 2, "å": 3, "ã": 4, "ä": 5]
  /// Breve, alone or with a tone.
  static let breve: [Character: Int] = ["ê": 0, "é": 1, "è": 2, "ú": 3, "ü": 4, "ë": 5]
  /// Single characters that stand for one Vietnamese letter.
  static let singles: [Character: Character] = [
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
  ]

  /// The Unicode combining marks of the tones, in the order of `tones`.
  static let toneMarks: [Unicode.Scalar] = [
    "\u{0301}", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0323}",
  ]

  /// VNI text (already read as Windows-1252 characters) as Unicode, NFC.
  public static func compose(_ text: String) -> String {
    var result = ""
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let upper = character.isUppercase
      let lower = Character(character.lowercased())
      let next = index + 1 < characters.count ? Character(characters[index + 1].lowercased()) : nil
      var base: String? = nil
      var mark: Int? = nil
      var used = 1
      if let single = singles[lower] {
        base = String(single)
        // ơ and ư take a tone after them too.
        if (single == "ơ" || single == "ư"), let next, let tone = tones[next] {
          mark = tone
          used = 2
        }
      } else if "aeiouy".contains(lower), let next {
        if let tone = tones[next] {
          base = String(lower)
          mark = tone
          used = 2
        } else if "aeo".contains(lower), let tone = circumflex[next] {
          base = String(lower) + "\u{0302}"
          mark = tone == 0 ? nil : tone
          used = 2
        } else if lower == "a", let tone = breve[next] {
          base = "a\u{0306}"
          mark = tone == 0 ? nil : tone
          used = 2
        }
      }
      guard var letter = base else {
        result.append(character)
        index += 1
        continue
      }
      if let mark { letter += String(toneMarks[mark - 1]) }
      letter = letter.precomposedStringWithCanonicalMapping
      result += upper ? letter.uppercased() : letter
      index += used
    }
    return result.precomposedStringWithCanonicalMapping
  }
}
