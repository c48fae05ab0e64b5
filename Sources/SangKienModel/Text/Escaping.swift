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
}
