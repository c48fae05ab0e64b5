/// A Markdown (GitHub) table.
public enum MarkdownTable {
  /// Renders headers and rows, escaping `|` and flattening line breaks.
  public static func render(headers: [String], rows: [[String]]) -> String {
    func cell(_ text: String) -> String {
      // By scalar (see `Escaping`); CRLF, LF and CR each become one break.
      var out = String.UnicodeScalarView()
      var afterCR = false
      for scalar in text.unicodeScalars {
        defer { afterCR = scalar == "\r" }
        switch scalar {
        case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
        case "|": out.append(contentsOf: "\\|".unicodeScalars)
        case "\n" where afterCR: break
        case "\n", "\r": out.append(contentsOf: "<br>".unicodeScalars)
        default: out.append(scalar)
        }
      }
      return String(out)
    }
    var lines = ["| " + headers.map(cell).joined(separator: " | ") + " |"]
    lines.append("|" + headers.map { _ in " --- |" }.joined())
    for row in rows {
      lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
