import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand.EntryCommand {
  /// `sangkien entry attach CODE FILE… [--blind]`.
  struct Attach: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "attach",
      abstract: CLIHelp.t("Add files to an entry's dossier (secretariat)."),
      discussion: CLIHelp.t(
        "Each file is checked (not empty, within the contest's limits, of an accepted type found from its bytes, not already in the dossier); then all are stored in the database in one transaction, or none. Only files marked --blind (naming no author) reach the judges."
      ))
    @Argument(help: ArgumentHelp(CLIHelp.t("The entry's code."), valueName: "code")) var code:
      String
    @Argument(help: ArgumentHelp(CLIHelp.t("The files to attach."), valueName: "file"))
    var files: [String]
    @Flag(help: ArgumentHelp(CLIHelp.t("The files name no author: judges may see them.")))
    var blind = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry attach")) { cli in
        let added = try cli.workflow.attach(files, to: code, blind: blind, by: cli.person)
        for file in added { Console.current.line(CLIText.attached(file)) }
      }
    }
  }

  /// `sangkien entry attachments CODE`.
  struct Attachments: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "attachments",
      abstract: CLIHelp.t("List an entry's dossier: number, name, type, size, SHA-256, blind."))
    @Argument(help: ArgumentHelp(CLIHelp.t("The entry's code."), valueName: "code")) var code:
      String
    @Option(help: ArgumentHelp(CLIHelp.t("table, csv, json, md or xlsx (with --out)."))) var format:
      OutputFormat = .table
    @OptionGroup var file: OutOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry attachments")) { cli in
        let files = try cli.workflow.attachments(of: code, by: cli.person)
        try Output.list(
          AttachmentListDocument(files), format: format, out: file.out,
          layout: .init(flexible: [1: 1]))
      }
    }
  }

  /// `sangkien entry detach CODE ID --reason …`.
  struct Detach: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "detach",
      abstract: CLIHelp.t("Take a file out of an entry's dossier, with the reason (recorded)."))
    @Argument(help: ArgumentHelp(CLIHelp.t("The entry's code."), valueName: "code")) var code:
      String
    @Argument(
      help: ArgumentHelp(CLIHelp.t("The file's number ('entry attachments')."), valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp(CLIHelp.t("Why it is taken out (required; recorded)."))) var reason:
      String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry detach")) { cli in
        let file = try cli.workflow.detach(id, from: code, reason: reason, by: cli.person)
        Console.current.line(CLIText.detached(file))
      }
    }
  }

  /// `sangkien entry blind CODE ID --reason … [--off]`.
  struct Blind: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "blind",
      abstract: CLIHelp.t("Show a dossier file to the judges, or hide it again (--off)."),
      discussion: CLIHelp.t(
        "Show only a file that names no author or unit: the reason (required) says who checked it. Recorded in the log."
      ))
    @Argument(help: ArgumentHelp(CLIHelp.t("The entry's code."), valueName: "code")) var code:
      String
    @Argument(
      help: ArgumentHelp(CLIHelp.t("The file's number ('entry attachments')."), valueName: "id"))
    var id: Int64
    @Flag(help: ArgumentHelp(CLIHelp.t("Hide the file from the judges.")))
    var off = false
    @Option(help: ArgumentHelp(CLIHelp.t("Why (required to show a file; recorded)."))) var reason:
      String = ""
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry blind")) { cli in
        let file = try cli.workflow.setBlind(
          id, of: code, blind: !off, reason: reason, by: cli.person)
        Console.current.line(CLIText.blindChanged(file))
      }
    }
  }

  /// `sangkien entry extract CODE [--out DIR] [--blind-only]`.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: CLIHelp.t(
        "Write an entry's dossier files into a folder, each checked against its SHA-256."),
      discussion: CLIHelp.t(
        "A judge gets only the blind files of an entry they score. Nothing is overwritten: a file already there with the same bytes is left as it is."
      ))
    @Argument(help: ArgumentHelp(CLIHelp.t("The entry's code."), valueName: "code")) var code:
      String
    @Option(
      help: ArgumentHelp(
        CLIHelp.t("The folder (default: one named after the code)."), valueName: "dir"))
    var out: String?
    @Flag(
      name: .customLong("blind-only"),
      help: ArgumentHelp(CLIHelp.t("Only the files judges may see.")))
    var blindOnly = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "entry extract")) { cli in
        let folder = out ?? code.uppercased()
        let files = try cli.workflow.extract(
          code, to: folder, blindOnly: blindOnly, by: cli.person)
        for file in files { Console.current.line(CLIText.extracted(file)) }
        Console.current.line(CLIText.extractedAll(files.count, folder: folder))
      }
    }
  }
}
