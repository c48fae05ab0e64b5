import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien publish --round R --out DIR`.
  struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "publish",
      abstract:
        "Write the round's result: ranking.html (A4), ranking.csv, ranking.json, prizes.csv.",
      discussion: "Published in Vietnamese unless --lang en.")
    @Option(help: ArgumentHelp("The folder to write into.", valueName: "dir")) var out: String
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "publish")) { cli in
        let publication = try cli.workflow.publish(round: round.round, by: cli.person)
        for path in try Self.write(publication.files, to: out) { Console.current.line(path) }
        Console.current.line(CLIText.published(publication, folder: out))
      }
    }

    /// Writes the files into `folder` (created if needed); returns their paths.
    static func write(_ files: [PublishedFile], to folder: String) throws -> [String] {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw InterchangeError.cannotWrite(path: folder)
      }
      return try files.map { file in
        let path = (folder as NSString).appendingPathComponent(file.name)
        try Output.write(file.bytes, to: path)
        return path
      }
    }
  }
}
