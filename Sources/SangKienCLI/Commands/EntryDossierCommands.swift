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
      abstract: CLIHelp.t(.addFilesEntrys),
      discussion: CLIHelp.t(.fileCheckedNot))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Argument(help: ArgumentHelp(CLIHelp.t(.filesAttach2), valueName: "file"))
    var files: [String]
    @Flag(help: ArgumentHelp(CLIHelp.t(.filesNameNo)))
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
      abstract: CLIHelp.t(.listEntrysDossier))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(help: ArgumentHelp(CLIHelp.t(.tableCsvJsonMdXlsx))) var format: OutputFormat = .table
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
      abstract: CLIHelp.t(.takeFileOut))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Argument(
      help: ArgumentHelp(CLIHelp.t(.filesNumberEntry), valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp(CLIHelp.t(.whyTakenOut))) var reason: String
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
      abstract: CLIHelp.t(.showDossierFile),
      discussion: CLIHelp.t(.showOnlyFile))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Argument(
      help: ArgumentHelp(CLIHelp.t(.filesNumberEntry), valueName: "id"))
    var id: Int64
    @Flag(help: ArgumentHelp(CLIHelp.t(.hideFileJudges)))
    var off = false
    @Option(help: ArgumentHelp(CLIHelp.t(.whyRequiredShow))) var reason: String = ""
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
      abstract: CLIHelp.t(.writeEntrysDossier),
      discussion: CLIHelp.t(.judgeGetsOnly))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
    @Option(
      help: ArgumentHelp(
        CLIHelp.t(.folderDefaultNamed), valueName: "dir"))
    var out: String?
    @Flag(
      name: .customLong("blind-only"),
      help: ArgumentHelp(CLIHelp.t(.onlyFilesJudges)))
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
