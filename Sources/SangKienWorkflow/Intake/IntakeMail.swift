import Foundation
import SangKienModel

/// The messages to entrants: the address's code, the receipt, a request for a supplement, a
/// status, the result. Vietnamese, plain text and simple HTML, values escaped.
extension MailTemplates {
  private static func letter(
    to account: EntrantAccount, kind: MailKind, subject: String, lines: [String],
    table: [(String, String)] = [], after: [String] = [], contest: Contest, link: String?,
    entry: String? = nil, secret: Bool = false
  ) -> MailDraft {
    letter(
      to: (account.name, account.email), kind: kind, subject: subject, lines: lines, table: table,
      after: after, contest: contest, link: link, entry: entry, secret: secret)
  }

  /// A letter to `recipient`: the greeting, `lines`, a table of facts, `after`, the link to
  /// the entry, the organiser's signature; text and HTML alike.
  static func letter(
    to recipient: (name: String, email: String), kind: MailKind, subject: String,
    lines: [String], table: [(String, String)] = [], after: [String] = [], contest: Contest,
    link: String?, entry: String? = nil, secret: Bool = false
  ) -> MailDraft {
    let e = Escaping.html
    var text = "Kính gửi \(recipient.name),\n\n" + lines.joined(separator: "\n\n") + "\n"
    if !table.isEmpty {
      text += "\n" + table.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n"
    }
    if !after.isEmpty { text += "\n" + after.joined(separator: "\n\n") + "\n" }
    if let link { text += "\nXem hồ sơ: \(link)\n" }
    text += "\n\(contest.organiser)\n(Thư gửi tự động, xin không trả lời thư này.)\n"
    var html = "<p>Kính gửi \(e(recipient.name)),</p>"
    html += lines.map { "<p>\(e($0))</p>" }.joined()
    if !table.isEmpty {
      html +=
        "<table style=\"border-collapse: collapse;\">"
        + table.map {
          "<tr><td style=\"padding: 2px 12px 2px 0; vertical-align: top;\">\(e($0.0))</td><td>\(e($0.1))</td></tr>"
        }.joined() + "</table>"
    }
    html += after.map { "<p>\(e($0))</p>" }.joined()
    if let link { html += "<p><a href=\"\(e(link))\">Xem hồ sơ</a></p>" }
    html +=
      "<p>\(e(contest.organiser))<br><small>(Thư gửi tự động, xin không trả lời thư này.)</small></p>"
    return MailDraft(
      recipient: recipient.email, recipientName: recipient.name, kind: kind, subject: subject,
      text: text, html: page(subject, html), person: recipient.email, entry: entry, secret: secret)
  }

  /// The code that verifies an address.
  static func verification(
    to account: EntrantAccount, code: String, expires: Date, contest: Contest, site: String?
  ) -> MailDraft {
    letter(
      to: account, kind: .verification, subject: "Mã xác minh tài khoản dự thi — \(contest.name)",
      lines: [
        "Địa chỉ thư này vừa được dùng để mở tài khoản dự thi \(contest.name).",
        "Mã xác minh: \(code)",
        "Mã dùng được đến \(RecordWords.moment(expires)). Nếu Ông/Bà không đăng ký, xin bỏ qua thư này: tài khoản chưa xác minh không nộp được hồ sơ.",
      ], contest: contest, link: site.map { "\($0)/verify?email=\(account.email)" },
      secret: true)
  }

  /// The receipt of a submission: code, time, every file with its SHA-256.
  static func receipt(
    to account: EntrantAccount, entry: Entry, submittedAt: Date, files: [Attachment],
    contest: Contest, site: String?, submission: Int64
  ) -> MailDraft {
    var table: [(String, String)] = [
      ("Mã hồ sơ", entry.code), ("Thời điểm nhận", RecordWords.moment(submittedAt)),
      ("Tên sáng kiến", entry.draft.title), ("Đơn vị", entry.draft.unit),
    ]
    for (index, file) in files.enumerated() {
      table.append(("Tệp \(index + 1)", "\(file.name) — SHA-256 \(file.sha256)"))
    }
    return letter(
      to: account, kind: .receipt, subject: "Biên nhận hồ sơ \(entry.code) — \(contest.name)",
      lines: [
        "Ban Tổ chức đã nhận hồ sơ dự thi của Ông/Bà. Tổ thư ký sẽ kiểm tra và báo kết quả tiếp nhận qua thư và trên trang hồ sơ."
      ], table: table,
      after: [
        "Mã SHA-256 là dấu vân tay của từng tệp: tệp Ban Tổ chức lưu giữ có cùng mã với tệp Ông/Bà đã gửi."
      ], contest: contest, link: site.map { "\($0)/submissions/\(submission)" }, entry: entry.code)
  }

  /// The secretariat's request for a supplement.
  static func supplement(
    to account: EntrantAccount, code: String, title: String, reason: String, until: Day,
    contest: Contest, site: String?, submission: Int64?
  ) -> MailDraft {
    letter(
      to: account, kind: .supplement, subject: "Yêu cầu bổ sung hồ sơ \(code) — \(contest.name)",
      lines: [
        "Tổ thư ký đề nghị Ông/Bà bổ sung hồ sơ \(code) «\(title)».",
        "Nội dung cần bổ sung: \(reason)",
        "Ông/Bà có thể sửa thông tin và thêm tệp trên trang hồ sơ đến hết ngày \(until.vietnamese).",
      ], contest: contest,
      link: site.flatMap { base in submission.map { "\(base)/submissions/\($0)" } }, entry: code)
  }

  /// An entry's new status, with the reason.
  static func status(
    to account: EntrantAccount, code: String, title: String, status: EntryStatus,
    reason: String?, contest: Contest, site: String?, submission: Int64?
  ) -> MailDraft {
    let said: String
    switch status {
    case .valid: said = "Hồ sơ \(code) «\(title)» hợp lệ và được đưa vào chấm."
    case .rejected: said = "Hồ sơ \(code) «\(title)» không được tiếp nhận."
    case .withdrawn: said = "Hồ sơ \(code) «\(title)» đã được rút khỏi cuộc thi."
    case .received: said = "Hồ sơ \(code) «\(title)» đã được tiếp nhận."
    }
    var lines = [said]
    if let reason, !reason.isEmpty { lines.append("Lý do: \(reason)") }
    return letter(
      to: account, kind: .status,
      subject: "Hồ sơ \(code): \(status.vietnamese) — \(contest.name)", lines: lines,
      contest: contest,
      link: site.flatMap { base in submission.map { "\(base)/submissions/\($0)" } }, entry: code)
  }

  /// The published result of an entry.
  static func result(
    to account: EntrantAccount, code: String, title: String, result: EntrantResult,
    contest: Contest, site: String?, submission: Int64?
  ) -> MailDraft {
    var table: [(String, String)] = [("Vòng", result.roundName)]
    if let score = result.score { table.append(("Điểm", score)) }
    if let rank = result.rank { table.append(("Thứ hạng", String(rank))) }
    table.append(("Giải", result.prize ?? "không đạt giải"))
    table.append(("Mã công bố", "#\(result.publication)"))
    return letter(
      to: account, kind: .result, subject: "Kết quả hồ sơ \(code) — \(contest.name)",
      lines: ["Ban Tổ chức đã công bố kết quả \(result.roundName) của hồ sơ \(code) «\(title)»."],
      table: table, contest: contest,
      link: site.flatMap { base in submission.map { "\(base)/submissions/\($0)" } }, entry: code)
  }
}
