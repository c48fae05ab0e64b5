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

  static let expansions: [[UInt8]: [UInt8]] = Dictionary(
    forms.map { (Array($0.short.utf8), Array($0.long.utf8)) }, uniquingKeysWith: { a, _ in a })

  /// The text folded, with dashes and quotes taken as spaces, trailing punctuation dropped
  /// and the short forms written out: the key two names are compared by.
  public static func key(_ text: String) -> String {
    let folded = VietnameseText.fold(text)
    // Most titles hold no short form, dash, quote or punctuation: the folded text is the key
    // (every imported row works out two keys).
    if isPlain(folded) { return folded }
    // Worked on bytes: the folded text is nearly all ASCII.
    var out: [UInt8] = []
    out.reserveCapacity(folded.utf8.count + 16)
    var word: [UInt8] = []
    func emit(_ bytes: some Collection<UInt8>) {
      guard !bytes.isEmpty else { return }
      if !out.isEmpty { out.append(0x20) }
      out.append(contentsOf: bytes)
    }
    func flush() {
      defer { word.removeAll(keepingCapacity: true) }
      guard !word.isEmpty else { return }
      if let long = expansions[word] { return emit(long) }
      // A short form glued to the next word: "q.cau", "tp.ha".
      if let dot = word.firstIndex(of: UInt8(ascii: ".")), dot < word.count - 1,
        let long = expansions[Array(word[...dot])]
      {
        emit(long)
        word = Array(word[(dot + 1)...])
        if let again = expansions[word] { return emit(again) }
      }
      // Trailing punctuation: "giay." at the end, "so tu phap;".
      var end = word.count
      while end > 0, Self.trailing.contains(word[end - 1]) { end -= 1 }
      emit(word[..<end])
    }
    for scalar in folded.unicodeScalars {
      if scalar == " " || Self.separators.contains(scalar) {
        flush()
      } else if scalar.isASCII {
        word.append(UInt8(scalar.value))
      } else {
        UTF8.encode(scalar) { word.append($0) }
      }
    }
    flush()
    return String(decoding: out, as: UTF8.self)
  }

  /// Dashes and quotes of every kind, brackets and commas: they separate words and carry no
  /// meaning.
  static let separators: Set<Unicode.Scalar> = Set("-–—\"“”'‘’«»(),".unicodeScalars)

  /// Punctuation dropped from the end of a word.
  static let trailing: Set<UInt8> = Set(".;:!?".utf8)

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
