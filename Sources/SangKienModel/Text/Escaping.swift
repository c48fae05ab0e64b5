/// Escaping done by Unicode scalar, never by `Character`.
///
/// A quote followed by a combining mark (`"\u{301}`) is one `Character`, so a replacement
/// that compares characters — Swift's own, Foundation's `replacingOccurrences`, and
/// swift-mustache's HTML escaping — leaves that quote as it is, while every CSV, HTML or
/// XML parser sees a quote: a field breaks out of its quotes, an attribute out of its value.
/// The fuzzer's CSV round trip found it.
public enum Escaping {
  /// `text` with every scalar found in `table` replaced by its text.
  public static func replacing(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
    guard text.unicodeScalars.contains(where: { table[$0] != nil }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let replacement = table[scalar] {
        out.append(contentsOf: replacement.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// What HTML and XML text and attribute values escape.
  public static let markup: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
  ]

  /// Text made safe inside HTML or XML, in content and in quoted attribute values.
  public static func html(_ text: String) -> String { replacing(text, markup) }

  /// Whether XML 1.0 allows the scalar in a document (`Char`: tab, line feed, carriage return,
  /// U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; Swift strings hold no surrogates),
  /// and it is not a Unicode noncharacter (allowed, but "discouraged", and refused by some
  /// readers).
  public static func xmlAllows(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x00...0x1F: false
    case 0xFDD0...0xFDEF: false
    case let value where value & 0xFFFE == 0xFFFE: false
    default: true
    }
  }

  /// Text made safe inside XML content and quoted attribute values: the markup escaped and
  /// every character XML 1.0 forbids (and every noncharacter) dropped, whatever reached the
  /// writer. Every XML writer (workbooks, documents, charts) writes text through this.
  public static func xml(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !xmlAllows($0) }) else { return html(text) }
    return html(String(String.UnicodeScalarView(text.unicodeScalars.filter(xmlAllows))))
  }
}
