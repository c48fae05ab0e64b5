import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What the fuzz targets share: the input as bytes, a property that must hold, and a
/// scratch contest database.
public enum Fuzz {
  /// The input libFuzzer gives, as an array.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
  }

  /// Stops the run with the message when the property does not hold: libFuzzer keeps the
  /// input that did it as a crash artifact.
  public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
      FileHandle.standardError.write(Data(("property failed: " + message() + "\n").utf8))
      abort()
    }
  }

  /// The package's root (Tests/Fuzz/../..), from this file's place or the environment.
  public static let root: String =
    ProcessInfo.processInfo.environment["SANGKIEN_ROOT"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// A folder of this process for scratch files.
  public static let scratch: String = {
    let path = NSTemporaryDirectory() + "sangkien-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// A contest database made from the Hanoi 2019 seed with the demo's judges, entries and
  /// preliminary assignment: what the row readers' checks need to go deep.
  public final class Contest: @unchecked Sendable {
    /// The workflow over the database.
    public let workflow: Workflow
    /// The secretariat who made it.
    public let secretariat: Person
    /// The database file.
    public let path: String

    /// Makes the database `name` afresh, with the demo's data when `demo`.
    public init(name: String, demo: Bool) {
      path = Fuzz.scratch + "/\(name).sqlite"
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
      let now = Date(timeIntervalSince1970: 1_573_776_000)
      do {
        _ = try Workflow.createContest(
          at: path, from: Fuzz.root + "/Seeds/hanoi-2019/contest.yaml", by: "Thư ký Fuzz",
          now: now)
        workflow = try Workflow.open(path: path, clock: { now })
        secretariat = try workflow.person(named: "Thư ký Fuzz")
        if demo {
          _ = try workflow.importEntries(
            .path(Fuzz.root + "/Seeds/demo/entries.csv"), by: secretariat)
          _ = try workflow.importJudges(
            .path(Fuzz.root + "/Seeds/demo/judges.csv"), by: secretariat)
          _ = try workflow.assign(round: "so-khao", by: secretariat)
        }
      } catch {
        FileHandle.standardError.write(Data("cannot make the fuzz contest: \(error)\n".utf8))
        exit(2)
      }
    }
  }
}

extension Fuzz {
  /// A refusal must speak to a person: never SQLite's own words, never an empty message.
  public static func checkRefusal(_ error: WorkflowError) {
    let text = error.description
    require(!text.isEmpty, "an empty refusal")
    for raw in ["constraint failed", "SQLite error", "not an error", "database error:"] {
      require(!text.contains(raw), "a refusal in SQLite's words: \(text)")
    }
    if case .failed(let message) = error {
      require(false, "a file's content made the program fail: \(message)")
    }
  }
}
