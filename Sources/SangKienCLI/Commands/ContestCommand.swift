import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien contest`: the contest's definition.
  struct ContestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "contest",
      abstract: CLIHelp.t(.showContestChange),
      subcommands: [Show.self, Update.self, New.self])
  }
}

extension SangKienCommand.ContestCommand {
  /// `sangkien contest show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: CLIHelp.t(.showContestPapers))

    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "contest show")) { cli in
        let summary = try cli.workflow.contestSummary(by: cli.person)
        Console.current.out(
          ContestReport.text(
            summary.contest, rubrics: summary.rubrics, counts: summary.counts,
            states: summary.states))
      }
    }
  }
}

extension SangKienCommand.ContestCommand {
  /// `sangkien contest update FILE [--dry-run]`.
  /// `sangkien contest new --from LAST.sqlite --contest NEW.yaml`: next year's edition.
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "new", abstract: CLIHelp.t(.contestNew),
      discussion: CLIHelp.t(.contestNewDiscussion))
    @Option(help: ArgumentHelp(CLIHelp.t(.contestNewFrom), valueName: "file")) var from: String
    @Option(help: ArgumentHelp(CLIHelp.t(.contestFileYaml2), valueName: "file")) var contest: String
    @Flag(help: ArgumentHelp(CLIHelp.t(.replaceExistingDatabase))) var force = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.apply(Invocation(command: "contest new", style: .usage)) {
        let made = try Workflow.createEdition(
          at: common.path, from: contest, last: from, by: common.actorName,
          now: Console.current.now(), replace: force)
        if let kept = made.created.keptAs { Console.current.line(CLIText.keptOld(kept)) }
        Console.current.line(CLIText.created(common.path, made.created.loaded))
        for line in CLIText.carried(made, last: from) { Console.current.line(line) }
      }
    }
  }

  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: CLIHelp.t(.changeContestsSettings),
      discussion: CLIHelp.t(.readsFileSangkien))

    @Argument(
      help: ArgumentHelp(
        CLIHelp.t(.contestFileYaml), valueName: "file"))
    var file: String
    @Flag(
      name: .customLong("dry-run"),
      help: ArgumentHelp(CLIHelp.t(.onlyShowDifferences)))
    var dryRun = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "contest update")) { cli in
        let result = try cli.workflow.updateContest(from: file, dryRun: dryRun, by: cli.person)
        for difference in result.differences { Console.current.line("  " + difference.description) }
        Output.warnings(result.warnings, source: file)
        Console.current.line(CLIText.contestUpdated(result, file: file))
      }
    }
  }
}

/// The contest described in words.
enum ContestReport {
  static func text(
    _ c: Contest, rubrics: [Rubric], counts: [EntryStatus: Int], states: [String: RoundState]
  ) -> String {
    typealias T = CLIText.ContestShow
    var lines: [String] = []
    lines.append(c.name)
    lines.append(T.organiser + c.organiser)
    lines.append(T.contestId + c.id)
    if !c.documents.isEmpty {
      lines.append(T.documents)
      for d in c.documents { lines.append("  - \(d.ref) (\(d.date.localized)): \(d.title)") }
    }
    lines.append(T.deadline + c.deadline.localized)
    lines.append(T.entryCodes + c.entryCode(1) + ", " + c.entryCode(2) + ", …")
    lines.append(T.categories + c.categories.map(\.localized).joined(separator: ", "))
    lines.append(T.prizeGroups)
    for g in c.groups {
      lines.append(
        "  - \(T.group(g.name)): " + g.kinds.map(\.localized).joined(separator: ", "))
    }
    lines.append(T.rounds)
    for r in c.rounds {
      let rubric = rubrics.first { $0.id == r.rubricId }
      let state = (states[r.id] == .closed ? RoundState.closed : .open).localized
      var rule =
        "  - \(r.name) (\(Words.idOf(r.id)), \(state)): "
        + T.roundRule(r, total: rubric?.total ?? 0)
      if !r.tieBreak.isEmpty {
        rule +=
          T.tieBreak
          + r.tieBreak.map { rubric?.criterion($0)?.localizedName ?? $0 }.joined(separator: " → ")
      }
      if let a = r.advance {
        var parts: [String] = []
        if let top = a.top { parts.append(T.top(top)) }
        if let min = a.minScore { parts.append(T.from(min)) }
        if a.perCategory { parts.append(T.perCategory) }
        rule += T.advance + parts.joined(separator: ", ")
      }
      lines.append(rule)
    }
    if let p = c.prizes {
      lines.append(
        T.prizes(round: c.rounds.first { $0.id == p.round }?.name ?? p.round, rollDown: p.rollDown))
      for g in c.groups {
        guard let prizes = p.groups[g.name] else { continue }
        lines.append("  \(T.group(g.name)):")
        for prize in prizes { lines.append("    - \(prize.name): " + T.places(prize)) }
      }
    }
    let total = counts.values.reduce(0, +)
    let parts = EntryStatus.allCases.compactMap { status in
      counts[status].map { "\($0) \(status.localized)" }
    }
    lines.append(
      T.entries + "\(total)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"))
    return lines.joined(separator: "\n") + "\n"
  }
}
