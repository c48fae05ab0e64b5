/// Names of Vietnamese administrative bodies compared the way people mean them: `UBND quận
/// Cầu Giấy`, `Ủy ban nhân dân Q. Cầu Giấy` and `UBND - Quận Cầu Giấy.` are the same unit.
///
/// Used where sangkien decides that two texts name the same thing: likely duplicate entries
/// (title and unit) and conflicts of interest (units).
public enum AdministrativeNames {
  /// The usual short forms and what they stand for, after folding (no case, no accents,
  /// đ = d). Each is tested.
  public static let forms: [(short: String, long: String)] = [
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("tand", "toa an nhan dan"),
    ("vksnd", "vien kiem sat nhan dan"),
    ("mttq", "mat tran to quoc"),
    ("tp.", "thanh pho"),
    ("tp", "thanh pho"),
    ("q.", "quan"),
    ("h.", "huyen"),
    ("tx.", "thi xa"),
    ("p.", "phuong"),
    ("x.", "xa"),
    ("tt.", "thi tran"),
    ("s.", "so"),
  ]

  static let expansions: [String: String] = Dictionary(
    forms.map { ($0.short, $0.long) }, uniquingKeysWith: { a, _ in a })

  /// The text folded, with dashes and quotes taken as spaces, trailing punctuation dropped
  /// and the short forms written out: the key two names are compared by.
  public static func key(_ text: String) -> String {
    var folded = VietnameseText.fold(text)
    // Most titles hold no short form, dash, quote or punctuation: the folded text is the key
    // (every imported row works out two keys).
    if isPlain(folded) { return folded }
    // Dashes of every kind and quotes of every kind separate words; they carry no meaning.
    let separators: Set<Character> = [
      "-", "–", "—", "\"", "“", "”", "'", "‘", "’", "«", "»", "(", ")", ",",
    ]
    folded = String(folded.map { separators.contains($0) ? " " : $0 })
    // A short form glued to the next word ("q.cau giay", "tp.ha noi") is split off first.
    var words: [String] = []
    for raw in folded.split(separator: " ") {
      var word = String(raw)
      if let dot = word.firstIndex(of: "."), dot != word.index(before: word.endIndex) {
        let head = String(word[...dot])
        if expansions[head] != nil {
          words.append(head)
          word = String(word[word.index(after: dot)...])
        }
      }
      words.append(word)
    }
    var result: [String] = []
    for word in words {
      if let long = expansions[word] {
        result.append(long)
        continue
      }
      var plain = word
      // Trailing punctuation: "giay." at the end, "so tu phap;".
      while let last = plain.last, ".;:!?".contains(last) { plain.removeLast() }
      if !plain.isEmpty { result.append(plain) }
    }
    return result.joined(separator: " ")
  }

  /// Whether a folded text needs no more than folding: no separator or punctuation byte, and
  /// none of the short forms written without a dot.
  static func isPlain(_ folded: String) -> Bool {
    var word: [UInt8] = []
    var plain = true
    func check() {
      if !word.isEmpty && undotted.contains(word) { plain = false }
      word.removeAll(keepingCapacity: true)
    }
    for byte in folded.utf8 {
      switch byte {
      case UInt8(ascii: " "): check()
      case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"),
        UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"),
        UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"):
        return false
      case 0x80...: return false  // –, —, curly quotes, «»: the general way
      default: word.append(byte)
      }
      if !plain { return false }
    }
    check()
    return plain
  }

  /// The short forms written without a dot, as bytes.
  static let undotted: Set<[UInt8]> = Set(
    forms.map(\.short).filter { !$0.contains(".") }.map { Array($0.utf8) })
}
