import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien contest`: the contest's definition.
  struct ContestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "contest",
      abstract: CLIHelp.t("Show the contest, or change its settings on the record."),
      subcommands: [Show.self, Update.self])
  }
}

extension SangKienCommand.ContestCommand {
  /// `sangkien contest show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: CLIHelp.t(
        "Show the contest: its papers, deadline, rounds, prizes and entry counts."))

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
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: CLIHelp.t(
        "Change the contest's settings from a contest file, key by key, in one audited change."),
      discussion: CLIHelp.t(
        "Reads the file as 'sangkien init' does (with the rubrics it names), lists every difference from the settings in force and writes them in one transaction that 'audit verify' replays. Refused whole for another contest's file, rounds removed or reordered, a new code prefix once entries have codes, a rubric changed under sheets, or any change to a closed round's rules or result until the organisers reopen it."
      ))

    @Argument(
      help: ArgumentHelp(
        CLIHelp.t("The contest file (YAML), as for 'sangkien init'."), valueName: "file"))
    var file: String
    @Flag(
      name: .customLong("dry-run"),
      help: ArgumentHelp(CLIHelp.t("Only show the differences; write nothing.")))
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
    let vi = Language.current == .vi
    var lines: [String] = []
    lines.append(c.name)
    lines.append((vi ? "Cơ quan tổ chức: " : "Organiser: ") + c.organiser)
    lines.append((vi ? "Mã cuộc thi: " : "Contest id: ") + c.id)
    if !c.documents.isEmpty {
      lines.append(vi ? "Căn cứ:" : "Documents:")
      for d in c.documents {
        lines.append("  - \(d.ref) (\(vi ? d.date.vietnamese : d.date.iso)): \(d.title)")
      }
    }
    lines.append(
      (vi ? "Hạn nhận hồ sơ: " : "Deadline: ") + (vi ? c.deadline.vietnamese : c.deadline.iso))
    lines.append(
      (vi ? "Mã sáng kiến: " : "Entry codes: ") + c.entryCode(1) + ", " + c.entryCode(2) + ", …")
    lines.append(
      (vi ? "Loại: " : "Categories: ")
        + c.categories.map { vi ? $0.vietnamese : $0.rawValue }.joined(separator: ", "))
    lines.append(vi ? "Nhóm giải:" : "Prize groups:")
    for g in c.groups {
      let label = vi ? (EntrantKind(rawValue: g.name)?.vietnamese ?? g.name) : g.name
      lines.append(
        "  - \(label): " + g.kinds.map { vi ? $0.vietnamese : $0.rawValue }.joined(separator: ", ")
      )
    }
    lines.append(vi ? "Các vòng:" : "Rounds:")
    for r in c.rounds {
      let rubric = rubrics.first { $0.id == r.rubricId }
      let state =
        states[r.id] == .closed ? (vi ? "đã đóng" : "closed") : (vi ? "đang mở" : "open")
      var rule =
        "  - \(r.id) (\(r.name), \(state)): "
        + (vi
          ? "bộ tiêu chí \(r.rubricId) (\(DecimalText.format(rubric?.total ?? 0)) điểm), \(r.judgesPerEntry == .all ? "mọi giám khảo" : "\(r.judgesPerEntry) giám khảo") mỗi sáng kiến, tổng hợp \(r.aggregation.label), chênh lệch ≥ \(DecimalText.format(r.disagreement)) điểm bị đánh dấu"
          : "rubric \(r.rubricId) (\(DecimalText.format(rubric?.total ?? 0)) points), \(r.judgesPerEntry == .all ? "every judge" : "\(r.judgesPerEntry) judges") per entry, \(r.aggregation.rawValue) aggregation, spreads ≥ \(DecimalText.format(r.disagreement)) flagged")
      if !r.tieBreak.isEmpty {
        rule += (vi ? ", phá hoà theo " : ", ties broken by ") + r.tieBreak.joined(separator: " → ")
      }
      if let a = r.advance {
        var parts: [String] = []
        if let top = a.top { parts.append(vi ? "\(top) sáng kiến đầu" : "top \(top)") }
        if let min = a.minScore {
          parts.append(
            (vi ? "từ " : "from ") + DecimalText.format(min) + (vi ? " điểm" : " points"))
        }
        if a.perCategory { parts.append(vi ? "theo từng loại" : "per category") }
        rule += (vi ? "; vào vòng sau: " : "; advance: ") + parts.joined(separator: ", ")
      }
      lines.append(rule)
    }
    if let p = c.prizes {
      lines.append(
        (vi ? "Giải thưởng (theo vòng \(p.round)" : "Prizes (from round \(p.round)")
          + (p.rollDown
            ? (vi ? ", giải trống được chuyển xuống):" : ", unfilled places roll down):") : "):"))
      for g in c.groups {
        guard let prizes = p.groups[g.name] else { continue }
        lines.append("  \(vi ? (EntrantKind(rawValue: g.name)?.vietnamese ?? g.name) : g.name):")
        for prize in prizes {
          lines.append(
            "    - \(prize.name): "
              + (vi
                ? "\(prize.count) giải, từ \(DecimalText.format(prize.minScore)) điểm"
                : "\(prize.count) place(s), from \(DecimalText.format(prize.minScore)) points"))
        }
      }
    }
    let total = counts.values.reduce(0, +)
    let parts = EntryStatus.allCases.compactMap { status in
      counts[status].map { "\($0) \(status.localized)" }
    }
    lines.append(
      (vi ? "Sáng kiến: " : "Entries: ") + "\(total)"
        + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"))
    return lines.joined(separator: "\n") + "\n"
  }
}
