import ArgumentParser
import Foundation
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien backup FILE`.
  struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup",
      abstract: CLIHelp.t(.copyDatabaseFile)
    )
    @Argument(help: ArgumentHelp(CLIHelp.t(.copyWrite2), valueName: "file")) var file: String
    @Flag(help: ArgumentHelp(CLIHelp.t(.replaceFileIf))) var force = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "backup")) { cli in
        let copy = try cli.workflow.backup(to: file, replace: force, by: cli.person)
        Console.current.line(CLIText.backedUp(file, copy))
      }
    }
  }

  /// `sangkien restore FILE`.
  struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "restore",
      abstract:
        CLIHelp.t(.replaceDatabaseBackup),
      discussion: CLIHelp.t(.currentContentKept))
    @Argument(help: ArgumentHelp(CLIHelp.t(.backupRestore2), valueName: "file")) var file: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      // A new machine has no database: the backup creates it.
      if !FileManager.default.fileExists(atPath: common.path) {
        try common.apply(Invocation(command: "restore")) {
          let result = try Workflow.restoreNew(
            from: file, to: common.path, actor: common.actorName, clock: Console.current.now)
          Console.current.line(CLIText.restored(file, result))
        }
        return
      }
      try common.run(Invocation(command: "restore")) { cli in
        let result = try cli.workflow.restore(from: file, by: cli.person)
        Console.current.line(CLIText.restored(file, result))
      }
    }
  }
}
