import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien demo`: the flow so far on the fictional demo data.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the contest so far on the fictional demo data, in a fresh database.",
      discussion: """
        Creates the Hanoi 2019 contest in a new database (in --out, else a new temporary \
        folder), registers the demo entries of Seeds/demo and lists them. The names and \
        entries in Seeds/demo are invented.
        """)

    @Option(help: ArgumentHelp("The folder for the demo database.", valueName: "dir"))
    var out: String?

    @Option(name: [.customLong("as")], help: "Who is acting, for the audit log.")
    var actor: String = "demo"

    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let console = Console.current
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
        let seeds = try SeedLocator.seeds()
        let dbPath = folder + "/sangkien.sqlite"
        let context = AuditContext(actor: actor, now: console.now())

        let loaded = try ContestFile.load(path: seeds + "/hanoi-2019/contest.yaml")
        try ContestDatabase.create(
          path: dbPath, contest: loaded.contest, rubrics: loaded.rubrics, context: context,
          replace: true)
        console.line(
          Language.text(
            vi: "1. Khởi tạo cuộc thi: \(loaded.contest.name)\n   → \(dbPath)",
            en: "1. Created the contest: \(loaded.contest.name)\n   → \(dbPath)"))

        let database = try ContestDatabase.open(path: dbPath)
        let entriesFile = seeds + "/demo/entries.csv"
        let report = try EntryRegistration(database: database, context: context).importFile(
          path: entriesFile, allowances: .init(), dryRun: false)
        console.line(
          Language.text(
            vi: "2. Nhập \(report.count) sáng kiến (hư cấu) từ \(entriesFile)",
            en: "2. Imported \(report.count) (fictional) entries from \(entriesFile)"))

        let judgesFile = seeds + "/demo/judges.csv"
        let (judges, _) = try JudgeCSV.read(path: judgesFile)
        try database.addJudges(judges, context: context, note: judgesFile)
        console.line(
          Language.text(
            vi: "3. Thêm \(judges.count) giám khảo (hư cấu) từ \(judgesFile)",
            en: "3. Added \(judges.count) (fictional) judges from \(judgesFile)"))

        console.line(
          Language.text(vi: "4. Danh sách sáng kiến:", en: "4. The entries:"))
        EntryOutput.list(try database.entries(), format: .table)
        console.line()
        console.line(
          Language.text(
            vi:
              "Xem tiếp: sangkien contest show --db \(dbPath)\n          sangkien entry show SK-0001 --db \(dbPath)",
            en:
              "Next: sangkien contest show --db \(dbPath)\n      sangkien entry show SK-0001 --db \(dbPath)"
          ))
      }
    }
  }
}
