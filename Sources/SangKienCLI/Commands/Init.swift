import ArgumentParser
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien init`: creates the database from a contest file.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: CLIHelp.t(.createContestDatabase),
      discussion: Language.text(
        vi: """
          Không có --contest thì nạp Seeds/hanoi-2019/contest.yaml: Hội thi sáng kiến cải cách \
          thủ tục hành chính của Hà Nội năm 2019 (Ban Giám khảo lập theo Quyết định 88/QĐ-BTC).
          """,
        en: """
          Without --contest, loads Seeds/hanoi-2019/contest.yaml: the Hanoi 2019 contest for \
          initiatives reforming administrative procedures (jury set up by Decision 88/QĐ-BTC).
          """))

    @Option(help: ArgumentHelp(CLIHelp.t(.contestFileYaml2), valueName: "file"))
    var contest: String?

    @Flag(
      help: ArgumentHelp(
        CLIHelp.t(.replaceExistingDatabase)))
    var force = false

    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.apply(Invocation(command: "init", style: .usage)) {
        let created = try Workflow.createContest(
          at: common.path, from: try contest ?? SeedLocator.defaultContest(),
          by: common.actorName, now: Console.current.now(), replace: force)
        if let kept = created.keptAs { Console.current.line(CLIText.keptOld(kept)) }
        Console.current.line(CLIText.created(common.path, created.loaded))
      }
    }
  }
}
