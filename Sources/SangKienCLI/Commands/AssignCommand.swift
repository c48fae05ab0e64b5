import ArgumentParser
import SangKienAssignment
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien assign`: which judge scores which entry.
  struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign",
      abstract: "Assign judges to entries, and show, move and repair assignments.",
      subcommands: [Run.self, Show.self, Export.self, Import.self, Move.self, Repair.self],
      defaultSubcommand: Run.self)
  }
}

extension SangKienCommand.AssignCommand {
  /// `sangkien assign [--round R] …`: solve and store the round's assignment.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run",
      abstract:
        "Assign judges to every entry of a round: no conflicts, even loads, fields matched.",
      discussion: """
        Exact (a min-cost flow), so it finds an assignment whenever one exists, and says \
        why when none does. Scored pairs are kept; unscored ones are replaced. The same \
        data and --seed give the same assignment.
        """)
    @Option(name: .customLong("per-entry"), help: "Judges per entry (default: the round's).")
    var perEntry: Int?
    @Option(name: .customLong("max-load"), help: "The most entries any judge may take.")
    var maxLoad: Int?
    @Option(help: "The seed of the tie-breaking (default 1).") var seed: UInt64 = 1
    @Flag(name: .customLong("dry-run"), help: "Show the result; write nothing.") var dryRun = false
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "assign")
        let context = try RoundContext.load(db, round: round.round)
        let console = Console.current
        guard let k = perEntry ?? AssignmentPlanning.perEntry(context.round) else {
          let judges = context.judges.values.filter(\.active).count
          console.line(
            Language.text(
              vi:
                "Vòng \(context.round.id): mọi giám khảo (\(judges) người) chấm mọi sáng kiến, trừ cặp xung đột lợi ích; không cần phân công.",
              en:
                "Round \(context.round.id): every judge (\(judges)) scores every entry, conflicts excepted; nothing to assign."
            ))
          return
        }
        let problem = AssignmentPlanning.problem(
          context, perEntry: k, keep: AssignmentPlanning.scoredPairs(context), maxLoad: maxLoad,
          seed: seed)
        let solution = try AssignmentSolver.solve(problem).get()
        if !dryRun {
          try db.replaceAssignments(
            round: context.round.id,
            with: solution.pairs.map {
              Assignment(round: context.round.id, judge: $0.judge, entry: $0.entry)
            },
            context: try database.context(),
            note: "per entry \(k), max load \(maxLoad.map(String.init) ?? "-"), seed \(seed)")
        }
        console.line(
          (dryRun ? Language.text(vi: "(thử, chưa ghi) ", en: "(dry run, nothing written) ") : "")
            + AssignmentPlanning.summary(solution, entries: problem.entries.count, perEntry: k))
      }
    }
  }

  /// `sangkien assign export`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the round's assignments as CSV (round, judge, entry).")
    @Option(help: ArgumentHelp("Write to this file.", valueName: "file")) var out: String?
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let context = try RoundContext.load(
          try database.open(.staff, command: "assign export"), round: round.round)
        var bytes: [UInt8] = []
        var writer = CSVWriter { bytes += $0 }
        writer.write(["round", "judge", "entry"])
        for code in context.roster.entries {
          for judge in context.roster.judges(of: code).sorted() {
            writer.write([context.round.id, judge, code])
          }
        }
        writer.flush()
        try EntryOutput.write(bytes, to: out)
      }
    }
  }

  /// `sangkien assign move CODE --from J1 --to J2`.
  struct Move: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "move",
      abstract: "Give one entry to another judge (not once the first judge has scored it).")
    @Argument(help: "The entry's code.") var entry: String
    @Option(help: "The judge who has it.") var from: String
    @Option(help: "The judge who takes it.") var to: String
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "assign move")
        let context = try RoundContext.load(db, round: round.round)
        if context.sheets.contains(where: { $0.judge == from && $0.entry == entry }) {
          throw CLIError.refused(
            Language.text(
              vi: "\(from) đã chấm \(entry); không chuyển được",
              en: "\(from) has already scored \(entry); it cannot move"))
        }
        if context.roster.isAssigned(judge: to, entry: entry) {
          throw CLIError.refused(
            Language.text(vi: "\(to) đã được giao \(entry)", en: "\(to) already has \(entry)"))
        }
        if let refusal = context.refusal(judge: to, entry: entry),
          context.judges[to]?.active != true || context.excluded.contains([to, entry])
        {
          throw CLIError.refused(refusal)
        }
        try db.moveAssignment(
          round: context.round.id, entry: entry, from: from, to: to, context: try database.context()
        )
        Console.current.line(
          Language.text(
            vi: "Đã chuyển \(entry) từ \(from) sang \(to).",
            en: "Moved \(entry) from \(from) to \(to)."))
      }
    }
  }

  /// `sangkien assign repair`.
  struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "repair",
      abstract:
        "Fill the places left empty (a judge removed, a conflict declared); keeps every other assignment."
    )
    @Option(name: .customLong("max-load"), help: "The most entries any judge may take.")
    var maxLoad: Int?
    @Option(help: "The seed of the tie-breaking (default 1).") var seed: UInt64 = 1
    @Flag(name: .customLong("dry-run"), help: "Show the result; write nothing.") var dryRun = false
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "assign repair")
        let context = try RoundContext.load(db, round: round.round)
        guard let k = AssignmentPlanning.perEntry(context.round) else {
          Console.current.line(
            Language.text(
              vi: "Vòng \(context.round.id): mọi giám khảo chấm mọi sáng kiến; không có gì để sửa.",
              en: "Round \(context.round.id): every judge scores every entry; nothing to repair."))
          return
        }
        var keep = AssignmentPlanning.scoredPairs(context)
        for code in context.roster.entries {
          for judge in context.roster.judges(of: code) {
            keep.insert(Pair(judge: judge, entry: code))
          }
        }
        let problem = AssignmentPlanning.problem(
          context, perEntry: k, keep: keep, maxLoad: maxLoad, seed: seed)
        let solution = try AssignmentSolver.solve(problem).get()
        let added = solution.pairs.filter { !keep.contains($0) }
        if !dryRun && !added.isEmpty {
          try db.addAssignments(
            added.map { Assignment(round: context.round.id, judge: $0.judge, entry: $0.entry) },
            context: try database.context(), note: "repair")
        }
        Console.current.line(
          (dryRun ? Language.text(vi: "(thử) ", en: "(dry run) ") : "")
            + Language.text(
              vi:
                "Đã giao thêm \(added.count) lượt: \(added.map { "\($0.entry)→\($0.judge)" }.joined(separator: ", "))",
              en:
                "Added \(added.count) assignment(s): \(added.map { "\($0.entry)→\($0.judge)" }.joined(separator: ", "))"
            ))
      }
    }
  }

  /// `sangkien assign import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Register assignments from CSV (round, judge, entry), all or none.")
    @Argument(help: ArgumentHelp("The assignments CSV.", valueName: "file")) var file: String
    @Flag(name: .customLong("dry-run"), help: "Only check the file.") var dryRun = false
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "assign import")
        let context = try RoundContext.load(db, round: round.round)
        let rows = try AssignmentCSV.read(path: file)
        var collector = DiagnosticCollector()
        var pairs: [Assignment] = []
        for row in rows {
          func problem(_ column: String?, _ message: String) {
            collector.add(Diagnostic(file: file, line: row.line, column: column, message: message))
          }
          let roundId = row.round ?? context.round.id
          if roundId != context.round.id {
            problem(
              "round",
              Language.text(
                vi:
                  "dòng của vòng '\(roundId)', đang nhập cho vòng '\(context.round.id)' (dùng --round)",
                en: "row for round '\(roundId)', importing into '\(context.round.id)' (use --round)"
              ))
            continue
          }
          guard context.judges[row.judge]?.active == true else {
            problem(
              "judge",
              Language.text(vi: "không có giám khảo '\(row.judge)'", en: "no judge '\(row.judge)'"))
            continue
          }
          if context.excluded.contains([row.judge, row.entry]) {
            problem(
              nil,
              Language.text(
                vi: "\(row.judge) có xung đột lợi ích với \(row.entry)",
                en: "\(row.judge) has a conflict of interest with \(row.entry)"))
            continue
          }
          guard let entry = context.entries[row.entry], entry.status.isEligible,
            context.roster.contains(entry: row.entry)
          else {
            problem(
              "entry",
              Language.text(
                vi: "'\(row.entry)' không phải sáng kiến đang dự thi ở vòng này",
                en: "'\(row.entry)' is not an entry in this round"))
            continue
          }
          pairs.append(Assignment(round: roundId, judge: row.judge, entry: row.entry))
        }
        try collector.check()
        let added = try db.addAssignments(
          pairs, context: try database.context(), note: file, commit: !dryRun)
        // Warn when the loads end up uneven; the import stands, the secretariat decides.
        var loads: [String: Int] = [:]
        for judge in context.judges.values where judge.active { loads[judge.id] = 0 }
        for code in context.roster.entries {
          for judge in context.roster.judges(of: code) { loads[judge, default: 0] += 1 }
        }
        for pair in pairs where !context.roster.isAssigned(judge: pair.judge, entry: pair.entry) {
          loads[pair.judge, default: 0] += 1
        }
        if let low = loads.values.min(), let high = loads.values.max(), high - low > 1 {
          Console.current.warn(
            Language.text(
              vi: "cảnh báo: số sáng kiến mỗi giám khảo không đều (\(low) đến \(high))",
              en: "warning: judges' loads are uneven (\(low) to \(high) entries)"))
        }
        Console.current.line(
          dryRun
            ? Language.text(
              vi: "Kiểm tra xong: \(added) lượt phân công mới.",
              en: "Checked: \(added) new assignments.")
            : Language.text(
              vi: "Đã ghi \(added) lượt phân công mới (vòng \(context.round.id)).",
              en: "Registered \(added) new assignments (round \(context.round.id))."))
      }
    }
  }

  /// `sangkien assign show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Each judge's worklist.")
    @Option(help: "Only this judge.") var judge: String?
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let (db, actor) = try database.authorize(.judgeOrStaff(judge), command: "assign show")
        let context = try RoundContext.load(db, round: round.round)
        // A judge reads only their own worklist.
        let judge = actor.role == .judge ? actor.judgeId : judge
        let judges = context.judges.values.filter { $0.active && (judge == nil || $0.id == judge) }
          .sorted { $0.id < $1.id }
        let rows = judges.flatMap { j in
          context.roster.entries(of: j.id).map {
            [context.round.id, j.id, $0, context.entries[$0]?.draft.title ?? ""]
          }
        }
        Output.table(
          headers: Language.current == .vi
            ? ["Vòng", "Giám khảo", "Mã", "Tên sáng kiến"] : ["Round", "Judge", "Entry", "Title"],
          rows: rows, csvHeaders: ["round", "judge", "entry"],
          csvRows: rows.map { Array($0.prefix(3)) },
          json: .array(
            rows.map {
              .object(["round": .string($0[0]), "judge": .string($0[1]), "entry": .string($0[2])])
            }),
          format: format, flexible: [3: 1])
      }
    }
  }
}
