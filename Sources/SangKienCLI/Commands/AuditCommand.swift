import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien audit`: the audit log.
  struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "audit", abstract: CLIHelp.t(.readVerifyAudit),
      subcommands: [Log.self, Verify.self, Head.self, CheckPublication.self])
  }
}

extension SangKienCommand.AuditCommand {
  /// `sangkien audit verify`.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract:
        CLIHelp.t(.checkAuditChain)
    )
    @Option(
      help: ArgumentHelp(
        CLIHelp.t(.headKeptElsewhere),
        valueName: "hash"))
    var head: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "audit verify", style: .usage)) { cli in
        if let head {
          let check = try cli.workflow.checkHead(head, by: cli.person)
          guard check.record != nil else { throw CLIError.refused(CLIText.headLost(head)) }
          Console.current.line(CLIText.headFound(head, check))
        }
        let result = try cli.workflow.verifyAudit(by: cli.person)
        for problem in result.integrityProblems + result.chainProblems + result.dataProblems {
          Console.current.warn(problem)
        }
        if result.moreDataProblems > 0 {
          Console.current.warn(CLIText.moreDifferences(result.moreDataProblems))
        }
        guard result.isIntact else { throw CLIError.refused(CLIText.notIntact(result)) }
        Console.current.line(CLIText.intact(result))
      }
    }
  }

  /// `sangkien audit head`.
  struct Head: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "head",
      abstract: CLIHelp.t(.printHashLast))
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "audit head")) { cli in
        Console.current.line(try cli.workflow.auditHead(by: cli.person))
      }
    }
  }

  /// `sangkien audit log`.
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log",
      abstract: CLIHelp.t(.listAuditRecords))
    @Option(
      help: ArgumentHelp(CLIHelp.t(.onlyRecordsAbout), valueName: "code"))
    var subject: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.onlyNewestSo))) var limit: Int?
    @Option(
      help: ArgumentHelp(CLIHelp.t(.tableCsvJson))
    )
    var format: OutputFormat = .table
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "audit log")) { cli in
        let records = try cli.workflow.auditLog(subject: subject, limit: limit, by: cli.person)
        try Output.list(
          AuditLogDocument(records), format: format,
          layout: .init(flexible: [5: 1], rightAligned: [0]))
      }
    }
  }
}

extension SangKienCommand.AuditCommand {
  /// `sangkien audit check-publication DIR|FILE`.
  struct CheckPublication: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check-publication",
      abstract: CLIHelp.t(.checkPublishedFiles),
      discussion: Language.text(
        vi: """
          Nhận ra từng tệp (trong DIR, kể cả tệp lạ, hoặc một FILE) qua SHA-256 đã ghi khi \
          công bố: tệp X của công bố #N, không đổi / đã bị sửa / không phải tệp công bố nào / \
          đã bị thay thế bởi #M (và vì sao); đối chiếu dữ liệu với nhật ký và tính lại bảng \
          xếp hạng. Thoát với mã 1 nếu có tệp bị sửa, tệp lạ hoặc dữ liệu khác.
          """,
        en: """
          Recognises each file (in DIR, strangers included, or one FILE) by the SHA-256 \
          recorded at publication: file X of publication #N, unchanged / changed / not a file \
          of any publication / superseded by #M (and why); checks the data against the audit \
          log and works the ranking out again. Exit 1 when a file is changed or unknown or \
          the data differs.
          """))
    @Argument(
      help: ArgumentHelp(CLIHelp.t(.publishedFolderFiles), valueName: "path")
    )
    var path: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "audit check-publication")) { cli in
        let check = try cli.workflow.checkPublication(try PublishedFiles.read(path), by: cli.person)
        for finding in check.findings { Console.current.line(finding.sentence) }
        for problem in check.problems { Console.current.warn(problem) }
        guard check.isGenuine else { throw CLIError.refused(CLIText.publicationDiffers(check)) }
        Console.current.line(CLIText.publicationGenuine(check))
      }
    }
  }
}

/// Published files read back from a folder or a single file.
enum PublishedFiles {
  /// Every file of a folder (not hidden, not in sub-folders), or the one file named.
  static func read(_ path: String) throws -> [PublishedFile] {
    var isFolder: ObjCBool = false
    let manager = FileManager.default
    guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw InterchangeError.cannotRead(path: path)
    }
    let paths =
      isFolder.boolValue
      ? try manager.contentsOfDirectory(atPath: path).sorted().filter { !$0.hasPrefix(".") }
        .map { (path as NSString).appendingPathComponent($0) }
        .filter { file in
          var folder: ObjCBool = false
          return manager.fileExists(atPath: file, isDirectory: &folder) && !folder.boolValue
        }
      : [path]
    return try paths.map { file in
      guard let data = manager.contents(atPath: file) else {
        throw InterchangeError.cannotRead(path: file)
      }
      return PublishedFile(name: (file as NSString).lastPathComponent, bytes: [UInt8](data))
    }
  }
}
