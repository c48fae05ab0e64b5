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
