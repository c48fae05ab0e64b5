import Foundation
import SangKienModel

extension WorkflowText {
  static var noComplaints: String {
    Language.text(
      vi: "cuộc thi không nhận khiếu nại (tệp cuộc thi không có 'complaints:')",
      en: "this contest takes no complaints (its contest file has no 'complaints:')")
  }

  static var complaintTextNeeded: String {
    Language.text(
      vi: "cần ghi nội dung khiếu nại: điểm hay kết quả nào, vì sao",
      en: "the complaint needs its text: which score or result, and why")
  }
  static var receivedInFuture: String {
    Language.text(vi: "ngày nhận đơn ở tương lai", en: "the day received is in the future")
  }
  static func notPublishedFor(_ code: String) -> String {
    Language.text(
      vi: "kết quả của \(code) chưa được công bố: chưa có gì để khiếu nại",
      en: "no published result ranks \(code): there is nothing to complain about yet")
  }
  static func complaintLate(_ code: String, last: Day, days: Int) -> String {
    Language.text(
      vi:
        "đã quá hạn khiếu nại kết quả của \(code): \(days) ngày kể từ ngày công bố, đến hết ngày \(last.vietnamese)",
      en:
        "too late to complain about \(code)'s result: \(days) days from its publication, until \(last.iso)"
    )
  }
  static func noComplaint(_ id: Int64) -> String {
    Language.text(vi: "không có đơn khiếu nại số \(id)", en: "no complaint #\(id)")
  }
  static func complaintAnswered(_ id: Int64, _ state: ComplaintState) -> String {
    Language.text(
      vi: "đơn khiếu nại số \(id) đang ở trạng thái '\(state.vietnamese)'",
      en: "complaint #\(id) is \(state.rawValue)")
  }
}

extension MailTemplates {
  /// A complaint filed, to a member of the secretariat.
  static func complaintFiled(
    to staff: (name: String, email: String), code: String, title: String, text: String,
    due: Day, contest: Contest, site: String?
  ) -> MailDraft {
    letter(
      to: staff, kind: .complaint,
      subject: "Đơn khiếu nại kết quả hồ sơ \(code) — \(contest.name)",
      lines: [
        "Có đơn khiếu nại kết quả hồ sơ \(code) «\(title)».", "Nội dung: \(text)",
        "Hạn trả lời: hết ngày \(due.vietnamese).",
      ], contest: contest, link: site.map { "\($0)/entries/\(code)" }, entry: code)
  }

  /// The secretariat's answer to a complaint, to its entrant.
  static func complaintAnswer(
    to account: EntrantAccount, complaint: Complaint, title: String, accepted: Bool,
    reason: String?, contest: Contest, site: String?, submission: Int64?
  ) -> MailDraft {
    var lines = [
      accepted
        ? "Đơn khiếu nại kết quả hồ sơ \(complaint.code) «\(title)» đã được thụ lý: hồ sơ sẽ được chấm phúc khảo; Ban Tổ chức trả lời chậm nhất hết ngày \(complaint.dueOn.vietnamese)."
        : "Đơn khiếu nại kết quả hồ sơ \(complaint.code) «\(title)» không được thụ lý."
    ]
    if let reason { lines.append("Lý do: \(reason)") }
    return letter(
      to: (account.name, account.email), kind: .complaint,
      subject:
        "Đơn khiếu nại hồ sơ \(complaint.code): \(accepted ? "đã thụ lý" : "không thụ lý") — \(contest.name)",
      lines: lines, contest: contest,
      link: site.flatMap { base in submission.map { "\(base)/submissions/\($0)" } },
      entry: complaint.code)
  }
}

extension WorkflowText {
  static func complaintNotAccepted(_ id: Int64, _ state: ComplaintState) -> String {
    Language.text(
      vi:
        "đơn khiếu nại số \(id) đang ở trạng thái '\(state.vietnamese)': chỉ đơn đã thụ lý mới được chấm phúc khảo và quyết định",
      en:
        "complaint #\(id) is \(state.rawValue): only an accepted complaint is re-marked and decided"
    )
  }
  static var leftTheJury: String {
    Language.text(vi: "không còn trong Ban giám khảo", en: "no longer on the jury")
  }
  static func remarkerConflict(_ reason: String?) -> String {
    Language.text(
      vi: "xung đột lợi ích" + (reason.map { ": \($0)" } ?? ""),
      en: "conflict of interest" + (reason.map { ": \($0)" } ?? ""))
  }
  static func tooFewRemarkers(_ code: String, need: Int, free: Int, scored: Int, conflicted: Int)
    -> String
  {
    Language.text(
      vi:
        "không đủ giám khảo chấm phúc khảo \(code): cần thêm \(need), chỉ \(free) người chưa chấm hồ sơ này và không xung đột lợi ích (\(scored) người đã chấm hoặc được giao chấm, \(conflicted) người xung đột lợi ích)",
      en:
        "too few judges to re-mark \(code): \(need) needed, only \(free) have not marked it and have no conflict (\(scored) marked it or are assigned it, \(conflicted) in conflict)"
    )
  }
  static func noRemark(_ id: Int64, _ judge: String) -> String {
    Language.text(
      vi: "\(judge) không chấm phúc khảo đơn khiếu nại số \(id)",
      en: "\(judge) does not re-mark complaint #\(id)")
  }
  static func remarkSubmitted(_ id: Int64, _ judge: String) -> String {
    Language.text(
      vi: "phiếu chấm phúc khảo của \(judge) (đơn số \(id)) đã nộp: không sửa được nữa",
      en: "\(judge)'s re-marking sheet (complaint #\(id)) is submitted: it cannot change")
  }
  static func remarkingNotDone(_ id: Int64, submitted: Int, wanted: Int) -> String {
    Language.text(
      vi:
        "chưa quyết định được đơn khiếu nại số \(id): mới có \(submitted)/\(wanted) phiếu chấm phúc khảo (giao người chấm: 'sangkien assign remark \(id)')",
      en:
        "complaint #\(id) cannot be decided yet: \(submitted) of \(wanted) re-marking sheets are in (re-markers: 'sangkien assign remark \(id)')"
    )
  }
  static var changedSincePreview: String {
    Language.text(
      vi: "dữ liệu đã thay đổi từ khi xem trước: xem lại bảng so sánh rồi xác nhận",
      en: "something changed since the preview: look at the comparison again, then confirm")
  }
}

extension MailTemplates {
  /// A judge given a complaint's entry to re-mark.
  static func remarkAssigned(to judge: Judge, complaint: Complaint, title: String, contest: Contest)
    -> MailDraft
  {
    letter(
      to: (judge.name, judge.email), kind: .assignment,
      subject: "Chấm phúc khảo hồ sơ \(complaint.code) — \(contest.name)",
      lines: [
        "Ông/Bà được giao chấm phúc khảo hồ sơ \(complaint.code) «\(title)»: chấm độc lập theo thang điểm của vòng, như mọi hồ sơ khác; không xem điểm đã chấm trước.",
        "Hạn trả lời khiếu nại: hết ngày \(complaint.dueOn.vietnamese). Phiếu chấm phúc khảo ở mục «Phúc khảo» của trang chấm điểm.",
      ], contest: contest, link: nil, entry: complaint.code)
  }

  /// The organisers' decision on a complaint, to its entrant.
  static func complaintDecided(
    to account: EntrantAccount, complaint: Complaint, title: String, before: RankPlace?,
    after: RankPlace?, contest: Contest, site: String?, submission: Int64?
  ) -> MailDraft {
    let outcome = complaint.outcome ?? .upheld
    var lines = [
      "Ban Tổ chức đã giải quyết đơn khiếu nại số \(complaint.id) về kết quả hồ sơ \(complaint.code) «\(title)» sau khi chấm phúc khảo: \(outcome.vietnamese)."
    ]
    var table: [(String, String)] = []
    if outcome == .amended {
      table = [
        ("Trước (hạng · điểm · giải)", Language.$current.withValue(.vi) { before?.text ?? "–" }),
        ("Sau (hạng · điểm · giải)", Language.$current.withValue(.vi) { after?.text ?? "–" }),
      ]
    }
    return letter(
      to: (account.name, account.email), kind: .complaint,
      subject: "Kết quả giải quyết khiếu nại hồ sơ \(complaint.code) — \(contest.name)",
      lines: lines, table: table,
      after: ["Lý do: \(complaint.reason ?? "")"]
        + (outcome == .amended
          ? ["Kết quả điều chỉnh có hiệu lực khi Ban Tổ chức công bố lại kết quả vòng thi."] : []),
      contest: contest,
      link: site.flatMap { base in submission.map { "\(base)/submissions/\($0)" } },
      entry: complaint.code)
  }
}

extension ComplaintDecision {
  /// What the decision is, the marks it rests on and the score it gives, in sentences.
  public var summaryLines: [String] {
    let earlierText = earlier.sorted { $0.key < $1.key }
      .map { "\($0.key) \(NumberFormat.shown($0.value.decimal))" }.joined(separator: "; ")
    let marks = remarkers.map { "\($0.judge) \($0.name) \(NumberFormat.shown($0.total.decimal))" }
      .joined(separator: "; ")
    var lines = [
      Language.text(
        vi:
          "Đơn khiếu nại số \(complaint.id) — \(complaint.code) «\(title)»: \(outcome.vietnamese).",
        en: "Complaint #\(complaint.id) — \(complaint.code) «\(title)»: \(outcome.localized)."),
      Language.text(vi: "Điểm đã chấm: \(earlierText).", en: "Earlier totals: \(earlierText)."),
      Language.text(vi: "Phiếu phúc khảo: \(marks).", en: "Re-marks: \(marks)."),
    ]
    if outcome == .amended {
      let shown = score.map { NumberFormat.format(Decimal(hundredths: $0), places: 2) } ?? "–"
      lines.append(
        Language.text(
          vi:
            "Điểm sau phúc khảo: \(shown) (\(method == .meanAll ? "trung bình tất cả các phiếu" : "trung bình các phiếu phúc khảo")).",
          en:
            "Score after re-marking: \(shown) (\(method == .meanAll ? "mean of every sheet" : "mean of the re-marks"))."
        ))
    }
    return lines
  }

  /// What the places are compared with.
  public var against: String {
    publication.map {
      Language.text(vi: "So với kết quả công bố #\($0):", en: "Against publication #\($0):")
    } ?? Language.text(vi: "So với xếp hạng hiện tại:", en: "Against the ranking now:")
  }

  /// How many entries move and which prizes change hands.
  public var tail: String {
    let prizes = prizesChanged.map {
      "\($0.code): \($0.before?.prize ?? "–") → \($0.after?.prize ?? "–")"
    }
    let list = prizes.isEmpty ? "." : ": " + prizes.joined(separator: "; ") + "."
    let counted = Language.text(
      vi: "\(moved.count) sáng kiến đổi hạng; \(prizes.count) giải đổi người nhận" + list,
      en: "\(moved.count) entries move; \(prizes.count) prizes change hands" + list)
    guard let next = nextRound, !enters.isEmpty || !leaves.isEmpty else { return counted }
    let into = enters.isEmpty ? "" : enters.joined(separator: ", ")
    let out = leaves.isEmpty ? "" : leaves.joined(separator: ", ")
    return counted + " "
      + Language.text(
        vi:
          "Theo quy tắc chọn vào vòng \(RoundNames.shown(next)), nay \(into.isEmpty ? "" : "\(into) đủ điều kiện vào")\(into.isEmpty || out.isEmpty ? "" : ", ")\(out.isEmpty ? "" : "\(out) không còn đủ điều kiện"); quyết định này không đổi danh sách vòng đó — Ban Tổ chức quyết định (mở lại vòng, chọn lại).",
        en:
          "By the rule for round '\(next)', \(into.isEmpty ? "" : "\(into) would now go on")\(into.isEmpty || out.isEmpty ? "" : ", ")\(out.isEmpty ? "" : "\(out) would not"); this decision does not change that round's list — the organisers do (reopen, advance again)."
      )
  }
}

extension ComplaintDecision.Line {
  /// What changes for the entry, in words ("" when nothing does).
  public var change: String {
    var parts: [String] = []
    if moves { parts.append(Language.text(vi: "đổi hạng", en: "rank moves")) }
    if prizeChanges { parts.append(Language.text(vi: "đổi giải", en: "prize changes")) }
    if parts.isEmpty && before != after {
      parts.append(Language.text(vi: "đổi điểm", en: "score changes"))
    }
    return parts.joined(separator: ", ")
  }
}
