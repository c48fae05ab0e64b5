import Foundation
import SangKienModel

#if canImport(Glibc)
  import Glibc
#endif

/// A progress line on standard error for commands that run longer than about a second.
///
/// Shown only when standard error is a terminal, and only once a second has passed, so
/// pipes, files and quick runs see nothing of it. Redrawn at most ten times a second.
final class ProgressBar {
  private let label: String
  private let total: Int?
  private let start: Date
  private let now: () -> Date
  private let write: (String) -> Void
  private let enabled: Bool
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(
    label: String, total: Int?, enabled: Bool = ProgressBar.terminal,
    now: @escaping () -> Date = { Console.current.now() },
    write: @escaping (String) -> Void = { Console.current.err($0) }
  ) {
    self.label = label
    self.total = total
    self.now = now
    self.write = write
    self.enabled = enabled
    start = now()
  }

  /// Whether standard error is a terminal (and the console is the real one).
  static var terminal: Bool { isTerminal(STDERR_FILENO, console: Console.current) }

  /// Whether `descriptor` is a terminal and `console` writes to one: both must hold, so a
  /// pipe, a file or a captured console (the tests) never gets progress lines.
  static func isTerminal(_ descriptor: Int32, console: Console) -> Bool {
    isatty(descriptor) == 1 && console.isTerminal
  }

  /// Reports how far the work is.
  func update(_ done: Int) {
    guard enabled else { return }
    let time = now()
    guard time.timeIntervalSince(start) >= 1, time.timeIntervalSince(lastDraw) >= 0.1 else {
      return
    }
    lastDraw = time
    drawn = true
    write("\r" + ProgressBar.line(label: label, done: done, total: total) + "\u{1B}[K")
  }

  /// Clears the line when done.
  func finish() {
    if drawn { write("\r\u{1B}[K") }
  }

  /// `label [██████░░░░]  60% 600/1.000`, or `label 12.345` without a total.
  static func line(label: String, done: Int, total: Int?) -> String {
    let count = NumberFormat.format(Decimal(done), places: 0)
    guard let total, total > 0 else { return "\(label) \(count)" }
    let fraction = min(1, Double(done) / Double(total))
    let width = 30
    let filled = Int((fraction * Double(width)).rounded(.down))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let percent = String(format: "%3d%%", Int((fraction * 100).rounded(.down)))
    return "\(label) [\(bar)] \(percent) \(count)/\(NumberFormat.format(Decimal(total), places: 0))"
  }
}
