import Foundation

/// Helpers for Vietnamese text: normal form, folding, collation, names and display width.
public enum VietnameseText {
  /// The Vietnamese locale, whose collation puts Ă, Â after A, Đ after D, Ê after E, and so on.
  public static let locale = Locale(identifier: "vi_VN")

  /// The text in Unicode NFC, the form every text is stored in.
  ///
  /// Text made only of characters that are NFC whatever follows them (ASCII, Latin-1, the
  /// precomposed Vietnamese letters, common punctuation) is returned as it is; anything else
  /// goes through Foundation's normalisation. Almost all real input takes the fast path.
  public static func nfc(_ text: String) -> String {
    if isStableNFC(text) { return text }
    return text.precomposedStringWithCanonicalMapping
  }

  /// Whether every scalar is one that no normalisation changes and none combines: below
  /// U+0300, Latin Extended Additional (U+1E00–U+1EFF: the precomposed Vietnamese
  /// letters), general punctuation (U+2002–U+206F) and currency signs (U+20A0–U+20CF).
  static func isStableNFC(_ text: String) -> Bool {
    // On the UTF-8 bytes: every field of every imported row comes through here.
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
          index += 1
        } else if lead >= 0xC2 && lead <= 0xCB {
          index += 2  // U+0080–U+02FF
        } else if lead == 0xE1, index + 1 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) {
          index += 3  // U+1E00–U+1EFF
        } else if lead == 0xE2, index + 2 < bytes.count,
          case (let second, let third) = (bytes[index + 1], bytes[index + 2]),
          (second == 0x80 && third >= 0x82) || (second == 0x81 && third <= 0xAF)
            || (second == 0x82 && third >= 0xA0) || (second == 0x83 && third <= 0x8F)
        {
          index += 3  // U+2002–U+206F, U+20A0–U+20CF
        } else {
          return false
        }
      }
      return true
    } ?? isStableNFCByScalars(text)
  }

  /// The same, scalar by scalar: for text not stored contiguously, and to check the above.
  static func isStableNFCByScalars(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2002...0x206F).contains(value)
        || (0x20A0...0x20CF).contains(value)
      {
        continue
      }
      return false
    }
    return true
  }

  /// The text trimmed of surrounding white space and in NFC; inner runs of white space
  /// (including non-breaking spaces pasted from Word, tabs and line breaks) become one
  /// space. With `keepLineBreaks`, line breaks stay (CRLF and CR become LF) and only the
  /// spaces around them go.
  public static func clean(_ text: String, keepLineBreaks: Bool = false) -> String {
    let normal = nfc(text)
    // Without line breaks or odd spaces there is nothing to keep or join either way.
    if isClean(normal) { return normal }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    var pendingBreaks = 0
    var previousWasCR = false
    for scalar in normal.unicodeScalars {
      // Invisible and control characters are not text: dropped wherever text comes in, so
      // what is stored, what is logged and what is shown are the same characters.
      if isInvisible(scalar) { continue }
      let isBreak = scalar == "\n" || scalar == "\r"
      if keepLineBreaks && isBreak {
        if !(scalar == "\n" && previousWasCR) { pendingBreaks += 1 }
        previousWasCR = scalar == "\r"
        pendingSpace = false
        continue
      }
      previousWasCR = false
      if isWhitespace(scalar) {
        pendingSpace = true
        continue
      }
      if !result.isEmpty {
        if pendingBreaks > 0 {
          result.append(contentsOf: repeatElement("\n", count: min(pendingBreaks, 2)))
        } else if pendingSpace {
          result.append(" ")
        }
      }
      pendingSpace = false
      pendingBreaks = 0
      result.append(scalar)
    }
    return String(result)
  }

  /// Whether `clean` would leave the text as it is: no white space but single inner spaces.
  static func isClean(_ text: String) -> Bool {
    // On the UTF-8 bytes, each Unicode space recognised by its own bytes.
    text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first, let last = bytes.last else { return true }
      if first == 0x20 || last == 0x20 { return false }
      var previous: UInt8 = 0
      for index in bytes.indices {
        let byte = bytes[index]
        if byte == 0x20 && previous == 0x20 { return false }
        if byte < 0x20 || byte == 0x7F { return false }  // tabs, breaks and every C0 control
        if byte >= 0xC2 {
          let second = index + 1 < bytes.count ? bytes[index + 1] : 0
          let third = index + 2 < bytes.count ? bytes[index + 2] : 0
          switch byte {
          case 0xC2 where second == 0xA0 || second <= 0x9F: return false  // U+00A0, C1 controls
          case 0xE1 where second == 0x9A && third == 0x80: return false  // U+1680
          case 0xE2 where second == 0x80 && (third <= 0x8F || (0xA8...0xAF).contains(third)):
            return false  // U+2000–U+200F (spaces, zero-width, marks), U+2028–U+202F
          case 0xE2 where second == 0x81 && (0xA0...0xAF).contains(third):
            return false  // U+2060–U+206F: word joiner, invisible operators, isolates
          case 0xEF where second == 0xBB && third == 0xBF: return false  // U+FEFF
          case 0xEF where second == 0xB7 && (0x90...0xAF).contains(third):
            return false  // U+FDD0–U+FDEF, noncharacters
          case 0xEF where second == 0xBF && third >= 0xBE: return false  // U+FFFE, U+FFFF
          case 0xF0...0xF4 where second & 0x0F == 0x0F && third == 0xBF:
            // U+nFFFE and U+nFFFF of planes 1–16 (the fourth byte BE or BF).
            let fourth = index + 3 < bytes.count ? bytes[index + 3] : 0
            if fourth >= 0xBE { return false }
          case 0xE2 where second == 0x81 && third == 0x9F: return false  // U+205F
          case 0xE3 where second == 0x80 && third == 0x80: return false  // U+3000
          default: break
          }
        }
        previous = byte
      }
      return true
    } ?? isCleanByScalars(text)
  }

  /// The same, scalar by scalar: for text not stored contiguously, and to check the above.
  static func isCleanByScalars(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return true
    }
    if first == " " || last == " " { return false }
    var previous: Unicode.Scalar = "\0"
    for scalar in text.unicodeScalars {
      if scalar == " " && previous == " " { return false }
      if scalar != " " && isWhitespace(scalar) { return false }
      if isInvisible(scalar) { return false }
      previous = scalar
    }
    return true
  }

  /// Characters that are not text: C0 and C1 controls other than tab and line breaks (NUL
  /// among them), zero-width characters and marks, bidirectional embeddings, overrides and
  /// isolates, the word joiner and invisible operators, the byte-order mark, and Unicode's
  /// noncharacters.
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x08, 0x0E...0x1F, 0x7F, 0x80...0x84, 0x86...0x9F: true
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: true
    // Unicode's noncharacters: U+FDD0–U+FDEF and the last two of every plane (U+FFFE, U+FFFF,
    // U+1FFFE …). XML 1.0 forbids U+FFFE and U+FFFF: one in a title made every Office file
    // that printed it ill-formed.
    case 0xFDD0...0xFDEF: true
    case let value where value & 0xFFFE == 0xFFFE: true
    default: false
    }
  }

  /// White space: ASCII space, tab and line breaks, and the Unicode spaces (no-break space,
  /// the typographic spaces, the ideographic space).
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }

  /// The text lower-cased, without diacritics and with đ folded to d, for comparing
  /// titles, units and names loosely ("Sở Tư pháp" and "SO TU PHAP" fold alike).
  public static func fold(_ text: String) -> String {
    // Written as UTF-8 bytes: the folded forms are almost all ASCII.
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in nfc(text).unicodeScalars {
      if isWhitespace(scalar) {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(0x20) }
      pendingSpace = false
      let value = scalar.value
      if value < 0x80 {
        result.append((0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value))
      } else if value <= 0x24F {
        result.append(contentsOf: FoldTable.latin[Int(value - 0x80)].utf8)
      } else if (0x1E00...0x1EFF).contains(value) {
        result.append(contentsOf: FoldTable.latinExtendedAdditional[Int(value - 0x1E00)].utf8)
      } else {
        result.append(contentsOf: foldSlowly(scalar).utf8)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// One scalar folded by Foundation: for scalars outside `FoldTable`, and to check it.
  static func foldSlowly(_ scalar: Unicode.Scalar) -> String {
    let lowered = String(scalar).lowercased()
      .folding(options: [.diacriticInsensitive], locale: locale)
    return lowered.replacingOccurrences(of: "đ", with: "d")
  }

  /// Compares two texts in Vietnamese alphabetical order (An, Ánh, Ân, Ấn, Bình, Dương, Đào).
  public static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
    lhs.compare(rhs, options: [], range: nil, locale: locale)
  }

  /// Whether `lhs` sorts before `rhs` in Vietnamese order.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    compare(lhs, rhs) == .orderedAscending
  }

  /// The parts of a Vietnamese full name in the order people are sorted by: given name,
  /// then middle names, then family name ("Nguyễn Thị Minh Khai" → Khai, Thị Minh, Nguyễn).
  public static func sortParts(ofName name: String) -> [String] {
    let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
    guard words.count > 1 else { return words }
    let middle = words.dropFirst().dropLast().joined(separator: " ")
    return [words[words.count - 1], middle, words[0]]
  }

  /// Whether person `lhs` sorts before `rhs`: by given name, then middle, then family name.
  public static func namePrecedes(_ lhs: String, _ rhs: String) -> Bool {
    let left = sortParts(ofName: lhs)
    let right = sortParts(ofName: rhs)
    for (a, b) in zip(left, right) {
      let order = compare(a, b)
      if order != .orderedSame { return order == .orderedAscending }
    }
    return left.count < right.count
  }

  /// The number of terminal columns the text takes: combining marks take none, wide
  /// (East Asian) characters two, everything else one.
  public static func displayWidth(_ text: String) -> Int {
    var width = 0
    for character in text {
      width += displayWidth(of: character)
    }
    return width
  }

  /// The terminal columns of one character (a grapheme cluster).
  public static func displayWidth(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    let value = first.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(value) { return 2 }
    return 1
  }

  /// The text cut to at most `width` columns, with "…" where it was cut.
  public static func truncate(_ text: String, toWidth width: Int) -> String {
    guard displayWidth(text) > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var result = ""
    var used = 0
    for character in text {
      let w = displayWidth(of: character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  private static func isWide(_ value: UInt32) -> Bool {
    (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value)
      || (0x3041...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
      || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value)
  }
}
