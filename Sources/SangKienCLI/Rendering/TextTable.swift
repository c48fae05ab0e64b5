import SangKienModel

/// A table for the terminal, aligned by display width so Vietnamese text lines up.
struct TextTable {
  var headers: [String]
  var rows: [[String]]
  /// Columns that may be shortened (with "…") to fit the terminal, with their weights: a
  /// column of weight 2 keeps about twice the room of one of weight 1.
  var flexible: [Int: Double] = [:]
  /// Columns aligned right (numbers).
  var rightAligned: Set<Int> = []

  /// The rendered lines; on a terminal, fitted to `width` by shortening flexible columns.
  func render(width: Int?) -> String {
    let cells = ([headers] + rows).map { row in
      row.map { $0.replacingOccurrences(of: "\n", with: " ") }
    }
    var widths = headers.indices.map { column in
      cells.map { VietnameseText.displayWidth(column < $0.count ? $0[column] : "") }.max() ?? 0
    }
    if let width {
      // Take columns in from the widest (by weight) one column at a time, so long columns
      // shrink together and a heavier one (the title) keeps more room.
      let separators = 2 * max(0, headers.count - 1)
      var excess = widths.reduce(0, +) + separators - width
      while excess > 0 {
        let candidates = flexible.keys.filter { widths[$0] > 8 }
        guard
          let widest = candidates.max(by: {
            Double(widths[$0]) / flexible[$0]! < Double(widths[$1]) / flexible[$1]!
          })
        else { break }
        widths[widest] -= 1
        excess -= 1
      }
    }
    var output = ""
    for (index, row) in cells.enumerated() {
      var line = ""
      for column in headers.indices {
        let raw = column < row.count ? row[column] : ""
        let text = VietnameseText.truncate(raw, toWidth: widths[column])
        let pad = String(repeating: " ", count: widths[column] - VietnameseText.displayWidth(text))
        if column > 0 { line += "  " }
        line += rightAligned.contains(column) ? pad + text : text + pad
      }
      while line.last == " " { line.removeLast() }
      output += line + "\n"
      if index == 0 {
        output +=
          widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
      }
    }
    return output
  }
}
