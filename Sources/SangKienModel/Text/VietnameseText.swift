import Foundation

/// Helpers for Vietnamese text: normal form, folding, collation, names and display width.
public enum VietnameseText {
  /// The Vietnamese locale, whose collation puts Ă, Â after A, Đ after D, Ê after E, and so on.
  public static let locale = Locale(identifier: "vi_VN")

  /// The text in Unicode NFC, the form every text is stored in.
  ///
  /// ASCII text is already NFC and is returned as it is, which keeps bulk imports fast.
  public static func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return text.precomposedStringWithCanonicalMapping
  }

  /// The text trimmed of surrounding white space and in NFC; inner runs of white space
  /// (including non-breaking spaces pasted from Word) become one space.
  public static func clean(_ text: String) -> String {
    let normal = nfc(text)
    var result = ""
    result.reserveCapacity(normal.utf8.count)
    var pendingSpace = false
    for character in normal {
      if character.isWhitespace && character != "\n" {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace {
          result.append(" ")
          pendingSpace = false
        }
        result.append(character)
      }
    }
    return result
  }

  /// The text lower-cased, without diacritics and with đ folded to d, for comparing
  /// titles, units and names loosely ("Sở Tư pháp" and "SO TU PHAP" fold alike).
  public static func fold(_ text: String) -> String {
    let lowered = nfc(text).lowercased()
    let stripped = lowered.folding(options: [.diacriticInsensitive], locale: locale)
    var result = ""
    result.reserveCapacity(stripped.utf8.count)
    var pendingSpace = false
    for scalar in stripped.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      result.unicodeScalars.append(scalar == "đ" ? "d" : scalar)
    }
    return result
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
