import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `complaints.mustache` shows: every complaint, newest first, with where its
/// re-marking stands.
struct ComplaintsPage {
  struct Row {
    var id: Int64
    var href: String
    var code: String
    var title: String
    var round: String
    var received: String
    var due: String
    var state: String
    var remarks: String
    var open: Bool
  }

  let t = WebWords.words(for: .complaints)
  var rows: [Row]
  var hasRows: Bool

  init(_ complaints: [Complaint], titles: [String: String], remarks: [Int64: [Remark]]) {
    rows = complaints.map { c in
      let standing = (remarks[c.id] ?? []).filter(\.stands)
      return Row(
        id: c.id, href: "/complaints/\(c.id)", code: c.code, title: titles[c.code] ?? "",
        round: RoundNames.shown(c.round), received: c.receivedOn.localized, due: c.dueOn.localized,
        state: c.outcome.map { "\(c.state.localized): \($0.localized)" } ?? c.state.localized,
        remarks: standing.isEmpty
          ? "" : "\(standing.filter(\.isSubmitted).count)/\(standing.count)",
        open: c.state.isOpen)
    }
    hasRows = !rows.isEmpty
  }
}

/// What `complaint.mustache` shows: one complaint, its re-markers with their totals (the
/// staff's view), and what the person may do next: accept or reject it, give it re-markers,
/// decide it — with the ranking and prizes before and after shown before confirming.
struct ComplaintPage {
  struct Remarker {
    var judge: String
    var name: String
    var state: String
    var total: String
  }

  struct Line {
    var code: String
    var title: String
    var before: String
    var after: String
    var change: String
    var changes: Bool
  }

  /// A decision worked out, waiting to be confirmed.
  struct Preview {
    var summary: [String]
    var against: String
    var lines: [Line]
    var tail: String
    var outcome: String
    var reason: String
    var head: String
  }

  let t = WebWords.words(for: .complaint)
  var id: Int64
  var heading: String
  var code: String
  var title: String
  var round: String
  var publication: Int64
  var received: String
  var due: String
  var filedBy: String
  var state: String
  var text: String
  var reason: String?
  var outcome: String?
  var score: String?
  var remarks: [Remarker]
  var hasRemarks: Bool
  var csrf: String
  var notice: String?
  var error: String?
  var fieldErrors: [String]
  var canAnswer: Bool
  var canAssign: Bool
  var canDecide: Bool
  var waiting: String?
  var upheld: Bool
  var amended: Bool
  var typedReason: String
  var preview: Preview?

  init(
    _ c: Complaint, title: String, remarks: [Remark], totals: [String: Points],
    names: [String: String], role: Role?, wanted: Int, csrf: String, notice: String?,
    error: WorkflowError?, preview decision: ComplaintDecision?, typed: ComplaintDecideForm?
  ) {
    id = c.id
    heading = WebText.complaintHeading(c.id)
    code = c.code
    self.title = title
    round = RoundNames.shown(c.round)
    publication = c.publication
    received = c.receivedOn.localized
    due = c.dueOn.localized
    filedBy = c.filedBy
    state = c.state.localized
    text = c.text
    reason = c.reason
    outcome = c.outcome?.localized
    score = c.amendedHundredths.map { NumberFormat.format(Decimal(hundredths: $0), places: 2) }
    self.remarks = remarks.map { r in
      Remarker(
        judge: r.judge, name: names[r.judge] ?? r.judge,
        state: r.released.map { WebText.remarkerReplaced($0) }
          ?? WebText.sheetProgress(r.progress),
        total: totals[r.judge].map { NumberFormat.shown($0.decimal) } ?? "")
    }
    hasRemarks = !remarks.isEmpty
    self.csrf = csrf
    self.notice = notice
    self.error = error?.problems.isEmpty == false ? WebText.formRefused : error?.description
    fieldErrors = error?.problems.map(\.message) ?? []
    let standing = remarks.filter(\.stands)
    canAnswer = role == .secretariat && c.state == .filed
    canAssign = role == .secretariat && c.state == .accepted && standing.count < wanted
    let complete =
      !standing.isEmpty && standing.count >= wanted && standing.allSatisfy(\.isSubmitted)
    canDecide = role == .organiser && c.state == .accepted && complete
    waiting =
      c.state == .accepted && !complete
      ? WebText.remarkingWaits(standing.filter(\.isSubmitted).count, of: wanted) : nil
    upheld = typed?.outcome == "upheld"
    amended = typed?.outcome == "amended"
    typedReason = typed?.reason ?? ""
    self.preview = decision.map { d in
      Preview(
        summary: d.summaryLines, against: d.against,
        lines: d.lines.map { line in
          let change = line.change
          return Line(
            code: line.code, title: line.title, before: line.before?.text ?? "–",
            after: line.after?.text ?? "–", change: change, changes: !change.isEmpty)
        }, tail: d.tail, outcome: d.outcome.rawValue, reason: d.reason,
        head: d.auditHead)
    }
  }
}
