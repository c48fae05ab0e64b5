/// A Markdown (GitHub) table.
public enum MarkdownTable {
  /// Renders headers and rows, escaping `|` and flattening line breaks.
  public static func render(headers: [String], rows: [[String]]) -> String {
    func cell(_ text: String) -> String {
      text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
        .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
    }
    var lines = ["| " + headers.map(cell).joined(separator: " | ") + " |"]
    lines.append("|" + headers.map { _ in " --- |" }.joined())
    for row in rows {
      lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
