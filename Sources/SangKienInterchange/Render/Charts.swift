import Foundation
import SangKienModel

/// Small inline SVG charts for the printed report: no scripts, no outside assets.
public enum Charts {
  /// One row per judge: a dot per total on a 0…`maximum` axis, and a tick at the mean.
  public static func judgeStrips(_ rows: [(label: String, totals: [Double])], maximum: Double)
    -> String
  {
    let frame = Frame(rows: rows.count, maximum: maximum)
    let x = frame.x
    var svg = frame.open
    for (index, row) in rows.enumerated() {
      let y = frame.y(index)
      svg += text(row.label, x: frame.left - 8, y: y + 4, anchor: "end")
      svg += line(x(0), y, x(maximum), y, stroke: "#ddd")
      for total in row.totals {
        svg +=
          "<circle cx=\"\(f(x(total)))\" cy=\"\(f(y))\" r=\"3.5\" fill=\"#1f5fa8\" fill-opacity=\"0.45\"/>"
      }
      if !row.totals.isEmpty {
        let mean = row.totals.reduce(0, +) / Double(row.totals.count)
        svg += line(x(mean), y - 7, x(mean), y + 7, stroke: "#c0392b", width: 2)
      }
    }
    svg += axis(y: frame.height - 14, x: x, maximum: maximum)
    return svg + "</svg>"
  }

  /// The top entries: each judge's total as a dot, the spread as a line, the score as a bar.
  public static func entrySpread(
    _ rows: [(label: String, score: Double?, totals: [Double])], maximum: Double
  ) -> String {
    let frame = Frame(rows: rows.count, maximum: maximum)
    let x = frame.x
    var svg = frame.open
    for (index, row) in rows.enumerated() {
      let y = frame.y(index)
      svg += text(row.label, x: frame.left - 8, y: y + 4, anchor: "end")
      if let low = row.totals.min(), let high = row.totals.max() {
        svg += line(x(low), y, x(high), y, stroke: "#888", width: 2)
      }
      for total in row.totals {
        svg += "<circle cx=\"\(f(x(total)))\" cy=\"\(f(y))\" r=\"3\" fill=\"#555\"/>"
      }
      if let score = row.score {
        svg +=
          "<rect x=\"\(f(x(score) - 1.5))\" y=\"\(f(y - 8))\" width=\"3\" height=\"16\" fill=\"#c0392b\"/>"
      }
    }
    svg += axis(y: frame.height - 14, x: x, maximum: maximum)
    return svg + "</svg>"
  }

  /// The geometry both charts share: one labelled row per item over a 0…maximum axis.
  struct Frame {
    let width = 640.0
    let left = 70.0
    let right = 20.0
    let rowHeight = 22.0
    let rows: Int
    let maximum: Double

    var height: Double { Double(rows) * rowHeight + 30 }
    var open: String { Charts.svgOpen(width: width, height: height) }
    func y(_ row: Int) -> Double { 12 + Double(row) * rowHeight }
    func x(_ value: Double) -> Double {
      left + (width - left - right) * min(max(value / maximum, 0), 1)
    }
  }

  static func svgOpen(width: Double, height: Double) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"sans-serif\" font-size=\"11\">"
  }

  static func axis(y: Double, x: (Double) -> Double, maximum: Double) -> String {
    var svg = line(x(0), y - 6, x(maximum), y - 6, stroke: "#999")
    let step = maximum > 50 ? 20.0 : 5.0
    var tick = 0.0
    while tick <= maximum + 0.001 {
      svg += line(x(tick), y - 9, x(tick), y - 3, stroke: "#999")
      svg += text(NumberFormat.format(tick, places: 0), x: x(tick), y: y + 8, anchor: "middle")
      tick += step
    }
    return svg
  }

  static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1
  ) -> String {
    "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"/>"
  }

  static func text(_ content: String, x: Double, y: Double, anchor: String) -> String {
    "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">\(escape(content))</text>"
  }

  static func f(_ value: Double) -> String { String(format: "%.1f", value) }

  /// Escapes text for XML.
  public static func escape(_ text: String) -> String {
    Escaping.xml(text)
  }
}
