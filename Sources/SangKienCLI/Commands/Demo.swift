import ArgumentParser
import Foundation
import SangKienAssignment
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

extension SangKienCommand {
  /// `sangkien demo`: the whole contest on the fictional demo data.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "demo",
      abstract: "Run a whole contest on the fictional demo data, in a fresh database.",
      discussion: """
        Creates the Hanoi 2019 contest in a new database (in --out, else a new temporary \
        folder), registers the demo entries and judges of Seeds/demo, assigns the \
        preliminary round, imports the judges' scores, ranks, advances the shortlist, \
        scores the final, allocates the prizes and publishes the result. Every name and \
        score in Seeds/demo is invented.
        """)

    @Option(help: ArgumentHelp("The folder for the demo database and report.", valueName: "dir"))
    var out: String?

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
        let secretariat = AuditContext(actor: "Tổ thư ký (minh hoạ)", now: console.now())
        let organiser = AuditContext(actor: "Ban tổ chức (minh hoạ)", now: console.now())
        func step(_ number: Int, vi: String, en: String) {
          console.line("\n\(number). " + Language.text(vi: vi, en: en))
        }

        let loaded = try ContestFile.load(path: seeds + "/hanoi-2019/contest.yaml")
        try ContestDatabase.create(
          path: dbPath, contest: loaded.contest, rubrics: loaded.rubrics, context: secretariat,
          replace: true)
        let db = try ContestDatabase.open(path: dbPath)
        try db.addStaff(name: organiser.actor, role: .organiser, context: secretariat)
        step(
          1, vi: "Khởi tạo cuộc thi: \(loaded.contest.name)\n   → \(dbPath)",
          en: "Created the contest: \(loaded.contest.name)\n   → \(dbPath)")

        let registration = EntryRegistration(database: db, context: secretariat)
        let entries = try registration.importFile(
          path: seeds + "/demo/entries.csv", allowances: .init(), dryRun: false)
        let (judges, _) = try JudgeCSV.read(path: seeds + "/demo/judges.csv")
        try db.addJudges(judges, context: secretariat, note: seeds + "/demo/judges.csv")
        step(
          2,
          vi:
            "Tổ thư ký nhập \(entries.count) sáng kiến và \(judges.count) giám khảo (hư cấu) từ Seeds/demo",
          en:
            "The secretariat registered \(entries.count) entries and \(judges.count) judges (fictional) from Seeds/demo"
        )

        let first = try RoundContext.load(db, round: loaded.contest.rounds[0].id)
        let conflicts = first.conflicts.filter(\.isActive)
        let k = AssignmentPlanning.perEntry(first.round) ?? 3
        let problem = AssignmentPlanning.problem(
          first, perEntry: k, keep: [], maxLoad: nil, seed: 1)
        let solution = try AssignmentSolver.solve(problem).get()
        try db.replaceAssignments(
          round: first.round.id,
          with: solution.pairs.map {
            Assignment(round: first.round.id, judge: $0.judge, entry: $0.entry)
          },
          context: secretariat, note: "demo")
        step(
          3,
          vi: "Phân công vòng \(first.round.name) (tránh \(conflicts.count) xung đột lợi ích): "
            + AssignmentPlanning.summary(solution, entries: problem.entries.count, perEntry: k),
          en:
            "Assigned round \(first.round.name) (avoiding \(conflicts.count) conflicts of interest): "
            + AssignmentPlanning.summary(solution, entries: problem.entries.count, perEntry: k))

        let scores = seeds + "/demo/scores.csv"
        let recording = ScoreRecording(database: db, context: secretariat)
        let preliminary = try recording.importFile(
          path: scores, round: first.round.id, replace: false, dryRun: false, skipUnassigned: true)
        step(
          4, vi: "Nhận \(preliminary.added) phiếu chấm vòng \(first.round.name)",
          en: "Collected \(preliminary.added) score sheets for round \(first.round.name)")
        let ranked = try RoundContext.load(db, round: first.round.id)
        let ranking = RankingService.ranking(ranked)
        Self.show(ranking, top: 10)

        let rule = first.round.advance ?? Advancement(top: 10)
        let advance = Advancer.advance(ranking, rule: rule, tieBreak: first.round.tieBreak)
        let final = loaded.contest.rounds.count > 1 ? loaded.contest.rounds[1] : first.round
        try db.setShortlist(
          round: final.id, codes: advance.advancing, context: organiser, note: "demo")
        try db.setRoundState(first.round.id, to: .closed, context: organiser)
        step(
          5,
          vi:
            "Ban tổ chức đóng vòng \(first.round.name) và chọn \(advance.advancing.count) sáng kiến vào vòng \(final.name)"
            + (advance.flagged.isEmpty
              ? ""
              : "; chênh lệch lớn, đề nghị xem lại: \(advance.flagged.joined(separator: ", "))"),
          en:
            "The organisers closed round \(first.round.name) and advanced \(advance.advancing.count) entries to \(final.name)"
            + (advance.flagged.isEmpty
              ? "" : "; judges disagree on \(advance.flagged.joined(separator: ", "))"))

        let finalScores = try recording.importFile(
          path: scores, round: final.id, replace: false, dryRun: false, skipUnassigned: true)
        step(
          6,
          vi:
            "Nhận \(finalScores.added) phiếu chấm vòng \(final.name) (mọi giám khảo, trừ cặp xung đột)",
          en:
            "Collected \(finalScores.added) sheets for round \(final.name) (every judge, conflicts excepted)"
        )
        let finalContext = try RoundContext.load(db, round: final.id)
        let finalRanking = RankingService.ranking(finalContext)
        Self.show(finalRanking, top: 12)
        RankingService.explainFlags(finalRanking)

        let reportFolder = folder + "/ket-qua"
        let files = try Publisher.publish(finalContext, database: db, to: reportFolder)
        step(
          7, vi: "Công bố kết quả (tiếng Việt, in được khổ A4):", en: "Published the result:")
        for file in files { console.line("   " + file) }
        let verification = try db.verifyAudit()
        console.line(
          "\n"
            + Language.text(
              vi:
                "Nhật ký: \(verification.records) bản ghi, \(verification.isIntact ? "toàn vẹn" : "KHÔNG toàn vẹn"); mã kiểm chứng \(verification.head)",
              en:
                "Audit log: \(verification.records) records, \(verification.isIntact ? "intact" : "NOT intact"); head \(verification.head)"
            ))
        console.line(
          Language.text(
            vi: "Xem tiếp: sangkien stats --db \(dbPath) --as \"Ban tổ chức (minh hoạ)\"",
            en: "Next: sangkien stats --db \(dbPath) --as \"Ban tổ chức (minh hoạ)\""))
      }
    }

    static func show(_ ranking: Ranking, top: Int) {
      let document = RankingDocument(contest: "", ranking: ranking, generatedAt: "", auditHead: "")
      let console = Console.current
      let table = TextTable(
        headers: RankingDocument.tableHeaders, rows: Array(document.tableRows.prefix(top)),
        flexible: [2: 3, 5: 1], rightAligned: [0, 3, 4])
      console.out(table.render(width: console.isTerminal ? console.width : nil))
    }
  }
}
