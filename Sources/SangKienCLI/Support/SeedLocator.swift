import Foundation
import SangKienModel

/// Finds the `Seeds/` folder that ships with sangkien: `$SANGKIEN_SEEDS`, else `./Seeds`,
/// else a `Seeds/` beside or above the executable (as in a source checkout).
enum SeedLocator {
  static func seeds() throws -> String {
    let manager = FileManager.default
    var candidates: [String] = []
    if let fromEnvironment = Console.current.environment["SANGKIEN_SEEDS"] {
      candidates.append(fromEnvironment)
    }
    candidates.append(manager.currentDirectoryPath + "/Seeds")
    // Beside or above the executable wherever it was started from (found through the
    // operating system, not the name it was called by, which may be a bare "sangkien" on
    // the PATH), and in an installed layout's share/sangkien.
    let executable =
      Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
    candidates.append(directory.appendingPathComponent("../share/sangkien/Seeds").standardized.path)
    for _ in 0..<6 {
      candidates.append(directory.appendingPathComponent("Seeds").path)
      directory.deleteLastPathComponent()
    }
    if let found = candidates.first(where: {
      manager.fileExists(atPath: $0 + "/hanoi-2019/contest.yaml")
    }) {
      return found
    }
    throw CLIError.seedsNotFound
  }

  /// The default contest file: the Hanoi 2019 contest.
  static func defaultContest() throws -> String {
    try seeds() + "/hanoi-2019/contest.yaml"
  }
}

/// Failures of the command layer itself.
enum CLIError: Error, CustomStringConvertible {
  case seedsNotFound
  case refused(String)

  var description: String {
    switch self {
    case .seedsNotFound:
      Language.text(
        vi:
          "không tìm thấy thư mục Seeds/ (cuộc thi mặc định); chạy từ thư mục mã nguồn sangkien, đặt SANGKIEN_SEEDS, hoặc dùng --contest",
        en:
          "cannot find the Seeds/ folder (the default contest); run from the sangkien source folder, set SANGKIEN_SEEDS, or pass --contest"
      )
    case .refused(let message): message
    }
  }
}
