import ArgumentParser
import Foundation
import SangKienModel
import Testing

@testable import SangKienCLI

/// The package's root, for the shipped seeds.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// What a command printed and how it ended.
struct Outcome {
  var out: String
  var err: String
  var code: Int32
}

/// Collects output written from a command.
final class Capture: @unchecked Sendable {
  private let lock = NSLock()
  private var text = ""
  func append(_ more: String) { lock.withLock { text += more } }
  var value: String { lock.withLock { text } }
}

/// A temporary folder with a database path in it; commands run in-process against it.
struct Sandbox {
  let folder: String
  var db: String { folder + "/sangkien.sqlite" }
  /// The fixed clock of every command run here.
  static let now = Date(timeIntervalSince1970: 1_573_776_000)  // 2019-11-15T00:00:00Z

  init() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("sangkien-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  /// Runs `sangkien ARGS --db DB` in-process, in English unless `language` says otherwise.
  @discardableResult
  func run(
    _ arguments: [String], language: Language = .en, environment: [String: String] = [:],
    useDatabase: Bool = true
  ) -> Outcome {
    let out = Capture()
    let err = Capture()
    var env = ["SANGKIEN_SEEDS": packageRoot + "/Seeds", "SANGKIEN_ACTOR": "Thư ký Test"]
    env.merge(environment) { $1 }
    let console = Console(
      out: { out.append($0) }, err: { err.append($0) }, isTerminal: false, width: 120,
      environment: env, now: { Sandbox.now })
    let args = arguments + (useDatabase ? ["--db", db] : [])
    var code: Int32 = 0
    Remedy.$vocabulary.withValue(Remedy.Vocabulary(CLIRemedy.say)) {
      Language.$current.withValue(language) {
        Console.$current.withValue(console) {
          do {
            var command = try SangKienCommand.parseAsRoot(args)
            try command.run()
          } catch {
            code = SangKienCommand.exitCode(for: error).rawValue
            err.append(SangKienCommand.fullMessage(for: error) + "\n")
          }
        }
      }
    }
    return Outcome(out: out.value, err: err.value, code: code)
  }

  /// Writes a file in the sandbox and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let path = folder + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Writes raw bytes in the sandbox and returns the path.
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }
}

let entriesHeader =
  "code,title,category,entrant_kind,authors,unit,field,received_by,received_on,summary,contact\n"

/// argument-parser's messages in the language asked for, as the binary prints them.
enum ArgumentMessagesProbe {
  static func localized(_ text: String, vi: Bool) -> String {
    ArgumentMessages.localized(text, language: vi ? .vi : .en)
  }
}
