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
        CLIHelp.t(.writeRoundsResult),
      discussion: CLIHelp.t(.publishedVietnameseUnless))
    @Option(help: ArgumentHelp(CLIHelp.t(.folderWriteInto), valueName: "dir")) var out: String
    @OptionGroup var round: RoundOption
    @Option(
      name: .customLong("accept-disagreements"),
      help: ArgumentHelp(CLIHelp.t(.acceptDisagreements), valueName: "reason"))
    var acceptDisagreements: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "publish")) { cli in
        let publication = try cli.workflow.publish(
          round: round.round, acceptingDisagreements: acceptDisagreements, by: cli.person)
        for path in try Self.write(publication.files, to: out) { Console.current.line(path) }
        Console.current.line(CLIText.published(publication, folder: out))
        if let old = publication.supersedes {
          Console.current.warn(
            CLIText.supersedes(
              old, because: publication.because, complaints: publication.complaints))
        }
      }
    }

    /// Writes the files into `folder`, all or none: into a new folder beside it first, which
    /// then takes its place (a folder already there is replaced whole, never left half
    /// rewritten). Returns the files' paths.
    static func write(_ files: [PublishedFile], to folder: String) throws -> [String] {
      let manager = FileManager.default
      let target = URL(fileURLWithPath: folder).standardizedFileURL.path
      let stamp =
        "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
      let staging = target + ".publishing-" + stamp
      let previous = target + ".previous-" + stamp
      do {
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        for file in files {
          try Output.write(file.bytes, to: (staging as NSString).appendingPathComponent(file.name))
        }
        if manager.fileExists(atPath: target) {
          try manager.moveItem(atPath: target, toPath: previous)
          try manager.moveItem(atPath: staging, toPath: target)
          try? manager.removeItem(atPath: previous)
        } else {
          try manager.moveItem(atPath: staging, toPath: target)
        }
      } catch {
        try? manager.removeItem(atPath: staging)
        if manager.fileExists(atPath: previous) && !manager.fileExists(atPath: target) {
          try? manager.moveItem(atPath: previous, toPath: target)
        }
        throw InterchangeError.cannotWrite(path: folder)
      }
      return files.map { (folder as NSString).appendingPathComponent($0.name) }
    }
  }
}
