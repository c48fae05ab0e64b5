/// Large values a command has finished with, kept until the process ends instead of freed.
///
/// A command that loads a round of 10,000 entries builds hundreds of thousands of small
/// arrays and dictionaries; freeing them one by one just before the process exits took
/// about a seventh of `rank` (callgrind), and the operating system takes the memory back
/// at exit anyway. (Compilers skip the same work the same way.) Only for values a command
/// keeps to its end; in a long-lived process (the tests) they simply stay in memory.
enum Teardown {
  nonisolated(unsafe) private static var kept: [Any] = []

  /// Keeps `values` alive until the process exits.
  static func skip(_ values: Any...) {
    kept.append(contentsOf: values)
  }
}
