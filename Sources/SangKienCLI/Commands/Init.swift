import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien init`: creates the database from a contest file.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Create the contest database from a contest file and its rubrics.",
      discussion: """
        Without --contest, loads Seeds/hanoi-2019/contest.yaml: the Hanoi 2019 contest for \
        initiatives reforming administrative procedures (jury set up by Decision 88/QĐ-BTC).
        """)

    @Option(help: ArgumentHelp("The contest file (YAML).", valueName: "file"))
    var contest: String?

    @Flag(help: "Replace an existing database (the old file is kept beside it, renamed).")
    var force = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let file = try contest ?? SeedLocator.defaultContest()
        let loaded = try ContestFile.load(path: file)
        let context = try database.context()
        let kept = try ContestDatabase.create(
          path: database.path, contest: loaded.contest, rubrics: loaded.rubrics,
          context: context, replace: force)
        let console = Console.current
        if let kept {
          console.line(
            Language.text(
              vi: "Đã giữ cơ sở dữ liệu cũ ở \(kept).", en: "The old database is kept as \(kept)."))
        }
        let c = loaded.contest
        console.line(
          Language.text(
            vi:
              "Đã tạo \(database.path): \(c.name) — \(c.rounds.count) vòng, \(loaded.rubrics.count) bộ tiêu chí, hạn nhận \(c.deadline.vietnamese).",
            en:
              "Created \(database.path): \(c.name) — \(c.rounds.count) rounds, \(loaded.rubrics.count) rubrics, deadline \(c.deadline.iso)."
          ))
      }
    }
  }
}
