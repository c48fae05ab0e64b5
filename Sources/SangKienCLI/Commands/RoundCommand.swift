import ArgumentParser
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien round`.
  struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "round", abstract: CLIHelp.t(.openCloseAdvance),
      subcommands: [Open.self, Close.self, Advance.self, Status.self])
  }
}

extension SangKienCommand.RoundCommand {
  /// `sangkien round open R --reason …`.
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "open",
      abstract: CLIHelp.t(.openRoundAgain),
      discussion: Language.text(
        vi: """
          Khi vòng đã công bố kết quả, lệnh nói rõ kết quả đã công bố sẽ bị thay thế ở lần \
          công bố sau.
          """,
        en: """
          When the round's result is published, says that the published result will be \
          superseded by the next publication.
          """))
    @Argument(help: ArgumentHelp(CLIHelp.t(.roundId2), valueName: "round")) var round: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyRoundOpened))) var reason: String
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "round open")) { cli in
        let change = try cli.workflow.setRoundState(
          round, to: .open, reason: reason, by: cli.person)
        Console.current.line(CLIText.roundState(round, .open))
        if let published = change.published {
          Console.current.warn(CLIText.publishedWillBeSuperseded(round, published))
        }
      }
    }
  }

  /// `sangkien round close R [--discard-pending]`.
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "close",
      abstract: CLIHelp.t(.closeRoundEvery),
      discussion: Language.text(
        vi: """
          Không đóng được khi còn phiếu đã nộp có thay đổi chưa nộp (lệnh liệt kê chúng); \
          --discard-pending bỏ các thay đổi đó, ghi nhật ký từng phiếu, phiếu đã nộp được tính.
          """,
        en: """
          Refused while submitted sheets have changes not submitted (it lists them); \
          --discard-pending discards those changes, each logged; the submitted sheets count.
          """))
    @Argument(help: ArgumentHelp(CLIHelp.t(.roundId2), valueName: "round")) var round: String
    @Flag(
      name: .customLong("discard-pending"),
      help: ArgumentHelp(CLIHelp.t(.discardChangesTyped)))
    var discardPending = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "round close")) { cli in
        let change = try cli.workflow.setRoundState(
          round, to: .closed, discardPending: discardPending, by: cli.person)
        for pair in change.discarded {
          Console.current.line(CLIText.pendingDiscarded(pair))
        }
        Console.current.line(CLIText.roundState(round, .closed))
      }
    }
  }

  /// `sangkien round advance --from R1 --to R2`.
  struct Advance: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "advance",
      abstract: CLIHelp.t(.putBestEntries),
      discussion: Language.text(
        vi: """
          Mặc định lấy từ mục 'advance' của tệp cuộc thi. Các sáng kiến bằng điểm ở ngưỡng \
          đều được vào và được liệt kê; sáng kiến chưa đủ phiếu được liệt kê và giữ lại.
          """,
        en: """
          Defaults come from the contest file's 'advance'. Entries tied at the cut all go \
          through and are listed; incomplete entries are listed and held back.
          """))
    @Option(help: ArgumentHelp(CLIHelp.t(.roundRanked2))) var from: String
    @Option(help: ArgumentHelp(CLIHelp.t(.roundShortlist2))) var to: String
    @Option(help: ArgumentHelp(CLIHelp.t(.howManyAdvance)))
    var top: Int?
    @Option(
      name: .customLong("min-score"),
      help: ArgumentHelp(CLIHelp.t(.lowestScoreAdvances)))
    var minScore: String?
    @Flag(
      name: .customLong("per-category"),
      help: ArgumentHelp(CLIHelp.t(.applyTopWithin)))
    var perCategory = false
    @Flag(
      name: .customLong("dry-run"),
      help: ArgumentHelp(CLIHelp.t(.showWhoWould)))
    var dryRun = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "round advance", style: .usage)) { cli in
        let result = try cli.workflow.advance(
          AdvanceInput(
            from: from, to: to, top: top, minScore: minScore, perCategory: perCategory,
            dryRun: dryRun), by: cli.person)
        for line in CLIText.advanced(result, to: to, dryRun: dryRun) { Console.current.line(line) }
      }
    }
  }
}

extension SangKienCommand.RoundCommand {
  /// `sangkien round status [--round R]`.
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: CLIHelp.t(.beforeClosingPublishing),
      discussion: Language.text(
        vi: """
          Các vòng đang mở hay đã đóng cùng số phiếu; với vòng (vòng mặc định nếu không có \
          --round): sáng kiến còn thiếu phiếu (kể cả chỗ chưa có giám khảo), phiếu bị huỷ hoặc \
          phát hiện xung đột sau khi chấm, và giải còn chờ Ban Giám khảo quyết định.
          """,
        en: """
          Rounds open or closed with their sheets; for the round (the default round unless \
          --round): entries still missing sheets (places without a judge included), sheets \
          voided or found in conflict after scoring, and prize places waiting for the jury.
          """))
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "round status")) { cli in
        let status = try cli.workflow.roundStatus(round: round.round, by: cli.person)
        RoundStatusOutput.print(status)
      }
    }
  }
}

/// `round status` on the terminal.
enum RoundStatusOutput {
  static func print(_ status: RoundStatus) {
    let console = Console.current
    Output.table(
      CLIText.roundStatusColumns,
      status.rounds.map { r in
        [
          r.round.id, r.round.name,
          r.state.localized,
          String(r.entries), String(r.sheets), String(r.missing), String(r.setAside),
        ]
      }, layout: .init(flexible: [1: 1], rightAligned: [3, 4, 5, 6]))
    console.line()
    let incomplete = status.progress.entries.filter { !$0.isComplete }
    console.line(CLIText.statusMissing(status.round.id, incomplete.count))
    for e in incomplete {
      let parts =
        e.missing + (e.unassigned > 0 ? [CLIText.unassignedPlaces(e.unassigned)] : [])
      console.line("  \(e.entry): " + parts.joined(separator: ", "))
    }
    if status.progress.unassignedPlaces > 0 {
      console.line(CLIText.repairFills(status.progress.unassignedPlaces))
    }
    console.line(CLIText.statusSetAside(status.setAside.count))
    for s in status.setAside {
      console.line(
        "  \(s.key.entry), \(s.key.judge): " + (s.voided ? CLIText.voidedBecause : "") + s.reason)
    }
    console.line(CLIText.statusPendingChanges(status.pendingChanges.count))
    for change in status.pendingChanges {
      console.line("  \(change.key.entry), \(change.key.judge): " + change.sentence)
    }
    console.line(CLIText.statusPending(status.pending.count))
    for (group, p) in status.pending {
      console.line(
        "  \(EntrantKind.groupWord(group)), \(p.prize): \(p.places) — \(p.among.joined(separator: ", "))"
      )
    }
    console.line(CLIText.statusDeclared(status.declared.count))
    for declared in status.declared { console.line(CLIText.declaredLine(declared)) }
    if !status.withoutFiles.isEmpty {
      console.line(CLIText.statusWithoutFiles(status.withoutFiles.count))
      for entry in status.withoutFiles { console.line("  \(entry.code) \(entry.title)") }
    }
    if !status.openComplaints.isEmpty {
      console.line(CLIText.statusComplaints(status.openComplaints.count))
      for c in status.openComplaints { console.line(CLIText.complaintLine(c)) }
    }
  }
}
