import Foundation
import SangKienModel

/// The messages sangkien writes, in Vietnamese (they go to Vietnamese offices whatever the
/// sender's session speaks): plain text and a simple HTML body, no outside image, no
/// tracking. Every value put into the HTML is escaped.
enum MailTemplates {
  /// Entries as an HTML list: `SK-0004: title`, escaped.
  static func entryList(_ entries: [(code: String, title: String)]) -> String {
    let e = Escaping.html
    return "<ul>"
      + entries.map { "<li><strong>\(e($0.code))</strong>: \(e($0.title))</li>" }
      .joined() + "</ul>"
  }

  /// A message's HTML: `body` (already escaped) in a page titled `subject`, in one plain
  /// style, nothing loaded from outside.
  static func page(_ subject: String, _ body: String) -> String {
    """
    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>\(Escaping.html(subject))</title></head>
    <body style="font-family: Arial, sans-serif; font-size: 15px; line-height: 1.5;">
    \(body)</body></html>
    """
  }

  /// `base` as the site's address for links (`https://…` or `http://…`, no trailing `/`),
  /// or nil when it is not one.
  static func siteAddress(_ base: String) -> String? {
    let trimmed = base.trimmingCharacters(in: .whitespaces)
    guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
      scheme == "https" || scheme == "http", url.host != nil
    else { return nil }
    return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
  }

  /// A person's invitation: the one-time code, the sign-in link, until when it works.
  static func invitation(
    to address: String, name: String, login: String, code: String, expires: Date, site: String,
    contest: Contest, role: Role
  ) -> MailDraft {
    let link = "\(site)/sign-in"
    let until = RecordWords.moment(expires)
    let roleWord =
      switch role {
      case .judge: "giám khảo"
      case .entrant: "người dự thi"
      case .secretariat, .organiser: "thành viên Tổ thư ký / Ban tổ chức"
      }
    // An entrant has an account already: the code is to set a new password.
    let opening =
      role == .entrant
      ? "Tổ thư ký cấp mã đăng nhập một lần để Ông/Bà đặt lại mật khẩu tài khoản dự thi \(contest.name)."
      : "Ông/Bà được mời tham gia \(contest.name) với vai trò \(roleWord)."
    let subject = "Mã đăng nhập trang chấm điểm — \(contest.name)"
    let text = """
      Kính gửi \(name),

      \(opening)

      Trang đăng nhập: \(link)
      Tên đăng nhập: \(login)
      Mã đăng nhập một lần: \(code)

      Mã dùng được đến \(until). Lần đầu đăng nhập bằng mã, Ông/Bà đặt mật khẩu riêng (ít nhất
      10 ký tự); sau đó đăng nhập bằng mật khẩu. Mã còn dùng được cho đến khi mật khẩu được đặt.
      Nếu mã hết hạn hoặc Ông/Bà không nhận ra thư này, xin liên hệ Tổ thư ký cuộc thi.

      \(contest.organiser)
      (Thư gửi tự động, xin không trả lời thư này.)
      """
    let e = Escaping.html
    let html = page(
      subject,
      """
      <p>Kính gửi \(e(name)),</p>
      <p>\(e(opening))</p>
      <table style="border-collapse: collapse;">
      <tr><td style="padding: 2px 12px 2px 0;">Trang đăng nhập</td><td><a href="\(e(link))">\(e(link))</a></td></tr>
      <tr><td style="padding: 2px 12px 2px 0;">Tên đăng nhập</td><td><strong>\(e(login))</strong></td></tr>
      <tr><td style="padding: 2px 12px 2px 0;">Mã đăng nhập một lần</td><td><strong style="font-family: monospace; font-size: 18px;">\(e(code))</strong></td></tr>
      </table>
      <p>Mã dùng được đến \(e(until)). Lần đầu đăng nhập bằng mã, Ông/Bà đặt mật khẩu riêng (ít nhất 10 ký tự); sau đó đăng nhập bằng mật khẩu. Mã còn dùng được cho đến khi mật khẩu được đặt. Nếu mã hết hạn hoặc Ông/Bà không nhận ra thư này, xin liên hệ Tổ thư ký cuộc thi.</p>
      <p>\(e(contest.organiser))<br><small>(Thư gửi tự động, xin không trả lời thư này.)</small></p>
      """)
    return MailDraft(
      recipient: address, recipientName: name, kind: .invitation, subject: subject, text: text,
      html: html, person: login, secret: true)
  }
}

extension MailTemplates {
  /// A judge's reminder: the entries still without their sheet, the deadline, the link.
  static func reminder(
    to judge: Judge, round: Round, deadline: LocalMoment, days: Int,
    entries: [(code: String, title: String)], site: String, contest: Contest
  ) -> MailDraft {
    let link = "\(site)/worklist?round=\(round.id)"
    let when = days == 0 ? "hôm nay" : "còn \(days) ngày"
    let subject =
      "Nhắc chấm điểm vòng \(round.name): còn \(entries.count) phiếu, hạn \(deadline.shown)"
    let list = entries.map { "- \($0.code): \($0.title)" }.joined(separator: "\n")
    let text = """
      Kính gửi \(judge.name),

      Hạn nộp phiếu chấm vòng \(round.name) của \(contest.name) là \(deadline.shown) (\(when)).
      Ông/Bà còn \(entries.count) sáng kiến chưa nộp phiếu:

      \(list)

      Danh sách chấm của Ông/Bà: \(link)
      Phiếu đang chấm dở được lưu tự động; chỉ phiếu đã nộp mới được tính.

      Tổ thư ký cuộc thi
      (Thư gửi tự động, mỗi ngày nhiều nhất một thư nhắc; xin không trả lời thư này.)
      """
    let e = Escaping.html
    let html = page(
      subject,
      """
      <p>Kính gửi \(e(judge.name)),</p>
      <p>Hạn nộp phiếu chấm vòng \(e(round.name)) của \(e(contest.name)) là <strong>\(e(deadline.shown))</strong> (\(e(when))). Ông/Bà còn \(entries.count) sáng kiến chưa nộp phiếu:</p>
      \(entryList(entries))
      <p><a href="\(e(link))">Mở danh sách chấm</a>. Phiếu đang chấm dở được lưu tự động; chỉ phiếu đã nộp mới được tính.</p>
      <p>Tổ thư ký cuộc thi<br><small>(Thư gửi tự động, mỗi ngày nhiều nhất một thư nhắc; xin không trả lời thư này.)</small></p>
      """)
    return MailDraft(
      recipient: judge.email, recipientName: judge.name, kind: .reminder, subject: subject,
      text: text, html: html, person: judge.id)
  }
}

extension MailTemplates {
  /// A conflict a judge declared, to a member of the secretariat: who, which entry, why,
  /// when, and that the place needs another judge.
  static func conflictDeclared(
    to member: (name: String, email: String), judge: String, id: String, entry: String,
    title: String, reason: String, round: Round, site: String?, at: Date, contest: Contest
  ) -> MailDraft {
    let when = RecordWords.moment(at)
    let subject = "Giám khảo \(judge) khai xung đột lợi ích với \(entry) (vòng \(round.name))"
    let link = site.map { "\($0)/progress?round=\(round.id)#conflicts" }
    let text = """
      Kính gửi \(member.name),

      Giám khảo \(judge) (\(id)) đã khai xung đột lợi ích với sáng kiến \(entry) — \(title),
      vòng \(round.name), lúc \(when).
      Lý do: \(reason)

      Sáng kiến đã rời danh sách chấm của giám khảo; phiếu đã chấm (nếu có) không được tính.
      Cần giao chỗ chấm cho giám khảo khác ('sangkien assign repair' hoặc nút Bù chỗ trống).
      \(link.map { "Trang tiến độ: \($0)" } ?? "")

      (Thư gửi tự động từ \(contest.name); xin không trả lời thư này.)
      """
    let e = Escaping.html
    let html = page(
      subject,
      """
      <p>Kính gửi \(e(member.name)),</p>
      <p>Giám khảo <strong>\(e(judge))</strong> (\(e(id))) đã khai xung đột lợi ích với sáng kiến <strong>\(e(entry))</strong> — \(e(title)), vòng \(e(round.name)), lúc \(e(when)).</p>
      <p>Lý do: \(e(reason))</p>
      <p>Sáng kiến đã rời danh sách chấm của giám khảo; phiếu đã chấm (nếu có) không được tính. Cần giao chỗ chấm cho giám khảo khác.\(link.map { " <a href=\"\(e($0))\">Mở trang tiến độ</a>." } ?? "")</p>
      <p><small>(Thư gửi tự động từ \(e(contest.name)); xin không trả lời thư này.)</small></p>
      """)
    return MailDraft(
      recipient: member.email, recipientName: member.name, kind: .conflict, subject: subject,
      text: text, html: html, person: member.name, entry: entry)
  }
}

extension MailTemplates {
  /// A judge's assignment changed: the entries added to their list and those taken off.
  static func assignmentChanged(
    to judge: Judge, round: Round, added: [(code: String, title: String)],
    removed: [(code: String, title: String)], contest: Contest
  ) -> MailDraft {
    var parts: [String] = []
    if !added.isEmpty { parts.append("thêm \(added.count) sáng kiến") }
    if !removed.isEmpty { parts.append("bớt \(removed.count) sáng kiến") }
    let subject = "Thay đổi phân công chấm vòng \(round.name): \(parts.joined(separator: ", "))"
    func lines(_ list: [(code: String, title: String)]) -> String {
      list.map { "- \($0.code): \($0.title)" }.joined(separator: "\n")
    }
    var text =
      "Kính gửi \(judge.name),\n\nPhân công chấm vòng \(round.name) của \(contest.name) của Ông/Bà đã thay đổi.\n"
    if !added.isEmpty { text += "\nĐược giao thêm:\n" + lines(added) + "\n" }
    if !removed.isEmpty {
      text +=
        "\nKhông còn trong danh sách chấm của Ông/Bà (đã giao cho giám khảo khác):\n"
        + lines(removed) + "\n"
    }
    text +=
      "\nĐăng nhập trang chấm điểm để xem danh sách chấm.\n\nTổ thư ký cuộc thi\n(Thư gửi tự động; xin không trả lời thư này.)"
    let e = Escaping.html
    var html = """
      <p>Kính gửi \(e(judge.name)),</p>
      <p>Phân công chấm vòng \(e(round.name)) của \(e(contest.name)) của Ông/Bà đã thay đổi.</p>
      """
    if !added.isEmpty { html += "<p>Được giao thêm:</p>" + entryList(added) }
    if !removed.isEmpty {
      html +=
        "<p>Không còn trong danh sách chấm của Ông/Bà (đã giao cho giám khảo khác):</p>"
        + entryList(removed)
    }
    html += """
      <p>Đăng nhập trang chấm điểm để xem danh sách chấm.</p>
      <p>Tổ thư ký cuộc thi<br><small>(Thư gửi tự động; xin không trả lời thư này.)</small></p>
      """
    html = page(subject, html)
    return MailDraft(
      recipient: judge.email, recipientName: judge.name, kind: .assignment, subject: subject,
      text: text, html: html, person: judge.id)
  }
}
