import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien complaint add|list|show|accept|reject`: complaints about published results.
  struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "complaint", abstract: CLIHelp.t(.complaintCommand),
      subcommands: [
        Add.self, List.self, Show.self, Accept.self, Reject.self, Remark.self, Decide.self,
      ])

    /// `sangkien complaint add CODE --text … [--received-on DATE]`.
    struct Add: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "add", abstract: CLIHelp.t(.complaintAdd))
      @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var code: String
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintText))) var text: String
      @Option(
        name: .customLong("received-on"),
        help: ArgumentHelp(CLIHelp.t(.complaintReceivedOn), valueName: "date"))
      var receivedOn: String?
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "complaint add", style: .usage)) { cli in
          var day: Day?
          if let receivedOn {
            guard let parsed = Day(parsing: receivedOn) else {
              throw WorkflowError.invalid([
                Problem(field: "received_on", message: CLIText.badDay(receivedOn))
              ])
            }
            day = parsed
          }
          let complaint = try cli.workflow.fileComplaint(
            code: code, text: text, receivedOn: day, site: cli.site, by: cli.person)
          Console.current.line(CLIText.complaintFiled(complaint))
        }
      }
    }

    /// `sangkien complaint list [--state S] [--entry CODE]`.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "list", abstract: CLIHelp.t(.complaintList))
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintState))) var state: String?
      @Option(help: ArgumentHelp(CLIHelp.t(.entrysCode2), valueName: "code")) var entry: String?
      @OptionGroup var report: ReportOptions

      func run() throws {
        try report.common.run(Invocation(command: "complaint list", style: .usage)) { cli in
          var chosen: ComplaintState?
          if let state {
            guard let parsed = ComplaintState(rawValue: state) else {
              throw WorkflowError.invalid([
                Problem(field: "state", message: CLIText.complaintStates(state))
              ])
            }
            chosen = parsed
          }
          let complaints = try cli.workflow.complaints(code: entry, state: chosen, by: cli.person)
          try Output.list(
            ComplaintListDocument(complaints), format: report.format, out: report.out,
            layout: .init(flexible: [5: 3, 6: 2], rightAligned: [0]))
        }
      }
    }

    /// `sangkien complaint show ID`.
    struct Show: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "show", abstract: CLIHelp.t(.complaintShow))
      @Argument(help: ArgumentHelp(CLIHelp.t(.complaintId), valueName: "id")) var id: Int64
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "complaint show")) { cli in
          let complaint = try cli.workflow.complaint(id: id, by: cli.person)
          let remarks = try cli.workflow.remarks(complaint: id, by: cli.person)
          for line in CLIText.complaintDetail(complaint, remarks: remarks) {
            Console.current.line(line)
          }
        }
      }
    }

    /// `sangkien complaint accept ID`.
    struct Accept: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "accept", abstract: CLIHelp.t(.complaintAccept))
      @Argument(help: ArgumentHelp(CLIHelp.t(.complaintId), valueName: "id")) var id: Int64
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintNote))) var reason: String?
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "complaint accept", style: .usage)) { cli in
          let complaint = try cli.workflow.answerComplaint(
            id: id, accept: true, reason: reason, site: cli.site, by: cli.person)
          Console.current.line(CLIText.complaintAnswered(complaint))
        }
      }
    }

    /// `sangkien complaint reject ID --reason …`.
    struct Reject: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "reject", abstract: CLIHelp.t(.complaintReject))
      @Argument(help: ArgumentHelp(CLIHelp.t(.complaintId), valueName: "id")) var id: Int64
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintRejectReason))) var reason: String
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "complaint reject", style: .usage)) { cli in
          let complaint = try cli.workflow.answerComplaint(
            id: id, accept: false, reason: reason, site: cli.site, by: cli.person)
          Console.current.line(CLIText.complaintAnswered(complaint))
        }
      }
    }

    /// `sangkien complaint remark ID --judge J id=points … [--comment …]`.
    struct Remark: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "remark", abstract: CLIHelp.t(.complaintRemark),
        discussion: CLIHelp.t(.pointsCriterionValue))
      @Argument(help: ArgumentHelp(CLIHelp.t(.complaintId), valueName: "id")) var id: Int64
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintRemarkJudge))) var judge: String
      @Argument(help: ArgumentHelp(CLIHelp.t(.criterionPointsEvery), valueName: "id=points"))
      var points: [String] = []
      @Option(help: ArgumentHelp(CLIHelp.t(.judgesComment2))) var comment: String = ""
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "complaint remark")) { cli in
          let values = try ScoreCommand.Enter.values(points)
          let view = try cli.workflow.remarkView(complaint: id, judge: judge, by: cli.person)
          let saved = try cli.workflow.saveRemark(
            complaint: id, judge: judge, points: values, comment: comment,
            version: view.sheet.version, submit: true, by: cli.person)
          Console.current.line(CLIText.remarkRecorded(saved))
        }
      }
    }

    /// `sangkien complaint decide ID --outcome upheld|amended --reason … [--yes]`.
    struct Decide: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "decide", abstract: CLIHelp.t(.complaintDecide))
      @Argument(help: ArgumentHelp(CLIHelp.t(.complaintId), valueName: "id")) var id: Int64
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintOutcome))) var outcome: String
      @Option(help: ArgumentHelp(CLIHelp.t(.complaintDecideReason))) var reason: String
      @Flag(help: ArgumentHelp(CLIHelp.t(.complaintConfirm))) var yes = false
      @OptionGroup var common: CommonOptions

      func run() throws {
        try common.run(Invocation(command: "complaint decide", style: .usage)) { cli in
          guard let chosen = ComplaintOutcome(rawValue: outcome) else {
            throw WorkflowError.invalid([
              Problem(field: "outcome", message: CLIText.complaintOutcomes(outcome))
            ])
          }
          let decision = try cli.workflow.decideComplaint(
            id: id, outcome: chosen, reason: reason, confirm: yes, site: cli.site,
            by: cli.person)
          for line in CLIText.decisionHead(decision) { Console.current.line(line) }
          Output.table(
            CLIText.decisionHeaders(decision),
            decision.lines.map {
              [
                $0.code, $0.title, $0.before?.text ?? "–", $0.after?.text ?? "–",
                $0.change,
              ]
            }, layout: .init(flexible: [1: 3]))
          for line in CLIText.decisionTail(decision) { Console.current.line(line) }
        }
      }
    }
  }
}
