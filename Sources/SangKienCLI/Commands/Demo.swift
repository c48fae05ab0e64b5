import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien demo`: the whole contest on the fictional demo data.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "demo",
      abstract: CLIHelp.t(.runWholeContest),
      discussion: Language.text(
        vi: """
          Tạo cuộc thi Hà Nội 2019 trong một cơ sở dữ liệu mới (trong --out, nếu không thì \
          một thư mục tạm mới), đăng ký các sáng kiến và giám khảo mẫu của Seeds/demo, phân công \
          vòng sơ khảo, nhập phiếu chấm, xếp hạng, chọn danh sách vào chung khảo, chấm chung khảo, \
          trao giải và công bố kết quả. Mọi tên và điểm trong Seeds/demo đều là hư cấu. Mỗi bước \
          là đúng lời gọi quy trình mà một lệnh hoặc ứng dụng web thực hiện.
          """,
        en: """
          Creates the Hanoi 2019 contest in a new database (in --out, else a new temporary \
          folder), registers the demo entries and judges of Seeds/demo, assigns the \
          preliminary round, imports the judges' scores, ranks, advances the shortlist, \
          scores the final, allocates the prizes and publishes the result. Every name and \
          score in Seeds/demo is invented. Each step is the same workflow call a command or \
          the web application makes.
          """))

    @Option(
      help: ArgumentHelp(
        CLIHelp.t(.folderDemoDatabase), valueName: "dir"))
    var out: String?

    @Flag(
      help: ArgumentHelp(
        CLIHelp.t(.stopOpenFinal)))
    var serve = false

    @Option(
      help: ArgumentHelp(CLIHelp.t(.servePortDefault)))
    var port = 8080

    @Option(
      help: ArgumentHelp(CLIHelp.t(.serveAddressListen)))
    var host = "127.0.0.1"

    @OptionGroup var language: LanguageOption

    static let secretariat = "Tổ thư ký (minh hoạ)"
    static let organiser = "Ban tổ chức (minh hoạ)"

    func run() throws {
      try language.apply(Invocation(command: "demo")) {
        let console = Console.current
        let folder = try Self.folder(out)
        let seeds = try SeedLocator.seeds()
        let dbPath = folder + "/sangkien.sqlite"
        func step(_ number: Int, _ text: String) { console.line("\n\(number). " + text) }

        let created = try Workflow.createContest(
          at: dbPath, from: seeds + "/hanoi-2019/contest.yaml", by: Self.secretariat,
          now: console.now(), replace: true)
        let contest = created.loaded.contest
        let workflow = try Workflow.open(
          path: dbPath, clock: console.now, progress: TerminalProgress())
        let secretariat = try workflow.person(named: Self.secretariat)
        _ = try workflow.addStaff(name: Self.organiser, role: .organiser, by: secretariat)
        let organiser = try workflow.person(named: Self.organiser)
        step(1, CLIText.demoCreated(contest.name, dbPath))

        let entries = try workflow.importEntries(
          .path(seeds + "/demo/entries.csv"), by: secretariat)
        let judges = try workflow.importJudges(.path(seeds + "/demo/judges.csv"), by: secretariat)
        step(2, CLIText.demoRegistered(entries.count, judges.judges.count))

        let first = contest.rounds[0]
        let plan = try workflow.assign(round: first.id, by: secretariat)
        step(3, CLIText.demoAssigned(first.name, plan))

        let scores = FileSource.path(seeds + "/demo/scores.csv")
        let preliminary = try workflow.importSheets(
          scores, round: first.id, skipUnassigned: true, by: secretariat)
        step(4, CLIText.demoCollected(preliminary.added, round: first.name))
        RankingOutput.show(try workflow.rank(round: first.id, by: organiser).ranking, top: 10)

        let final = contest.rounds.count > 1 ? contest.rounds[1] : first
        let advance = try workflow.advance(
          AdvanceInput(from: first.id, to: final.id), by: organiser)
        try workflow.setRoundState(first.id, to: .closed, by: organiser)
        step(5, CLIText.demoAdvanced(first.name, final.name, advance))
        if serve {
          try Self.serveFinal(
            workflow, round: final, judge: judges.judges.first(where: \.active)?.id ?? "",
            staff: [secretariat, organiser], host: host, port: port)
          return
        }

        let finalSheets = try workflow.importSheets(
          scores, round: final.id, skipUnassigned: true, by: secretariat)
        step(6, CLIText.demoCollectedFinal(finalSheets.added, round: final.name))
        let finalRanking = try workflow.rank(round: final.id, by: organiser).ranking
        RankingOutput.show(finalRanking, top: 12)
        RankingOutput.explainFlags(finalRanking)

        let publication = try workflow.publish(
          round: final.id, acceptingDisagreements: CLIText.demoAccepted, by: organiser)
        step(7, CLIText.demoPublished)
        for path in try PublishCommand.write(publication.files, to: folder + "/ket-qua") {
          console.line("   " + path)
        }
        console.line("   " + CLIText.published(publication, folder: folder + "/ket-qua"))
        let verification = try workflow.verifyAudit(by: secretariat)
        console.line("\n" + CLIText.demoVerified(verification))
        console.line(CLIText.demoNext(dbPath, as: Self.organiser))
      }
    }

    /// `--serve`: one sign-in code each for a judge of the final round, the secretariat and
    /// an organiser (the last lines before the server's), then the web application.
    static func serveFinal(
      _ workflow: Workflow, round: Round, judge: String, staff: [Person], host: String, port: Int
    ) throws {
      let console = Console.current
      let secretariat = staff[0]
      var invitations = [try workflow.invite(judge, by: secretariat)]
      for person in staff { invitations.append(try workflow.invite(person.name, by: secretariat)) }
      console.line("\n6. " + CLIText.demoServing(round: round.name))
      let rows = zip(
        [CLIText.demoJudge, CLIText.demoSecretariat, CLIText.demoOrganiser], invitations
      )
      .map { [$0, $1.login, $1.code] }
      Output.table([CLIText.demoWho, CLIText.demoLogin, CLIText.demoCode], rows)
      try ServeCommand.serve(.contest(workflow), ServeRequest(host: host, port: port)) { port in
        Console.current.line(CLIText.demoSignIn(host: host, port: port))
      }
    }

    /// `--out`, else a new temporary folder; created if needed.
    static func folder(_ out: String?) throws -> String {
      let manager = FileManager.default
      let folder =
        out
        ?? manager.temporaryDirectory.appendingPathComponent(
          "sangkien-demo-\(UUID().uuidString.prefix(8))"
        ).path
      do {
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw InterchangeError.cannotWrite(path: folder)
      }
      return folder
    }
  }
}
