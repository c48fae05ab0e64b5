import SangKienModel

/// Writes RFC 4180 CSV for Excel: a UTF-8 byte-order mark, CRLF line ends, quotes where
/// needed, and text that Excel would run as a formula neutralised with a leading `'`.
public struct CSVWriter {
  private var buffer: [UInt8] = []
  private let flushAt: Int
  private let sink: ([UInt8]) -> Void

  /// Creates a writer that hands its bytes to `sink` in chunks; the BOM comes first.
  public init(flushAt: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
    self.flushAt = flushAt
    self.sink = sink
    buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
  }

  /// Writes one record.
  public mutating func write(_ fields: [String]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { buffer.append(0x2C) }
      buffer.append(contentsOf: CSVWriter.escape(field).utf8)
    }
    buffer.append(contentsOf: [0x0D, 0x0A])
    if buffer.count >= flushAt { flush() }
  }

  /// Hands what is buffered to the sink.
  public mutating func flush() {
    guard !buffer.isEmpty else { return }
    sink(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// The field as it goes in the file: formula-like text prefixed with `'`, then quoted if
  /// it holds a comma, semicolon, tab, quote, line break or surrounding space.
  public static func escape(_ field: String) -> String {
    var text = field
    if looksLikeFormula(text.unicodeScalars) { text = "'" + text }
    // By scalar, not by Character: a space or quote followed by a combining mark is one
    // Character that is neither a space nor a quote, yet the reader sees the byte.
    // A `;` or a tab is quoted too: the reader finds the separator from the first line, and a
    // one-column file whose header held a tab was read as tab-separated (the fuzzer's round
    // trip found it).
    let needsQuotes =
      text.utf8.contains {
        $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x09
      }
      || text.unicodeScalars.first?.properties.isWhitespace == true
      || text.unicodeScalars.last?.properties.isWhitespace == true
    guard needsQuotes else { return text }
    return "\"" + Escaping.replacing(text, ["\"": "\"\""]) + "\""
  }

  /// Undoes `escape`'s formula guard on import: `'=SUM(A1)` is read back as `=SUM(A1)`, and
  /// `''=x` (a text that itself began `'=`) as `'=x`.
  public static func unneutralise(_ field: String) -> String {
    let scalars = field.unicodeScalars
    guard scalars.first == "'", looksLikeFormula(scalars.dropFirst()) else { return field }
    return String(scalars.dropFirst())
  }

  /// Apostrophes (none or more), then a character that starts a formula: what `escape`
  /// guards with one more apostrophe, so that text beginning `'=` survives the round trip.
  static func looksLikeFormula<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Bool {
    for scalar in scalars where scalar != "'" { return formulaStarts.contains(scalar) }
    return false
  }

  /// The first characters that make Excel or LibreOffice read a cell as a formula.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
