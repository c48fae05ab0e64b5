import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's output goes, and what it knows of its surroundings: the terminal, the
/// environment and the clock. Tests replace it to capture output and fix the time.
public struct Console: Sendable {
  /// Writes to standard output.
  public var out: @Sendable (String) -> Void
  /// Writes to standard error.
  public var err: @Sendable (String) -> Void
  /// Whether standard output is a terminal (tables are fitted to it and may use colour).
  public var isTerminal: Bool
  /// The terminal's width in columns.
  public var width: Int
  /// The environment variables.
  public var environment: [String: String]
  /// The current time.
  public var now: @Sendable () -> Date

  /// Creates a console.
  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    isTerminal: Bool, width: Int, environment: [String: String],
    now: @escaping @Sendable () -> Date
  ) {
    self.out = out
    self.err = err
    self.isTerminal = isTerminal
    self.width = width
    self.environment = environment
    self.now = now
  }

  /// The process's own standard output and error, environment and clock.
  public static var standard: Console {
    let terminal = isatty(STDOUT_FILENO) == 1
    var size = winsize()
    let width =
      terminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
      ? Int(size.ws_col) : 120
    return Console(
      out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
      err: { text in FileHandle.standardError.write(Data(text.utf8)) },
      isTerminal: terminal, width: width, environment: ProcessInfo.processInfo.environment,
      now: { Date() })
  }

  /// The console in force for the current task.
  @TaskLocal public static var current: Console = .standard

  /// Writes a line to standard output.
  public func line(_ text: String = "") { out(text + "\n") }

  /// Writes a line to standard error.
  public func warn(_ text: String) { err(text + "\n") }
}
