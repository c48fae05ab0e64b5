import Foundation

/// The words people read for what the machine stores as ids: an audit record's action
/// (`entry.import` → "nhập sáng kiến từ tệp"), a file's media type (`application/pdf` →
/// "PDF"), and a moment (`2019-12-07T09:40:12.788Z` → "16:40 07/12/2019", in the contest's
/// time zone). The command line, the pages and the files all say them from here.
public enum RecordWords {
  /// Each audit action's words, Vietnamese and English. Storage's list of actions is the
  /// authority; a test keeps the two the same.
  public static let actions: [String: (vi: String, en: String)] = [
    "contest.init": ("tạo cuộc thi", "contest created"),
    "contest.update": ("thay đổi thiết lập cuộc thi", "contest settings changed"),
    "staff.add": ("thêm người của Tổ thư ký / Ban tổ chức", "staff member added"),
    "access.refused": ("bị từ chối quyền", "refused"),
    "entry.add": ("đăng ký sáng kiến", "entry registered"),
    "entry.import": ("nhập sáng kiến từ tệp", "entry imported"),
    "entry.update": ("sửa thông tin sáng kiến", "entry changed"),
    "entry.validate": ("xác nhận hợp lệ", "entry validated"),
    "entry.reject": ("loại sáng kiến", "entry rejected"),
    "entry.withdraw": ("rút sáng kiến", "entry withdrawn"),
    "entry.attach": ("thêm tệp hồ sơ", "file attached"),
    "entry.detach": ("gỡ tệp hồ sơ", "file detached"),
    "entry.blind": ("đổi tệp cho giám khảo xem", "file shown to or hidden from judges"),
    "judge.add": ("thêm giám khảo", "judge added"),
    "judge.update": ("sửa thông tin giám khảo", "judge changed"),
    "judge.remove": ("rút giám khảo", "judge removed"),
    "judge.remove-with-scores": ("rút giám khảo cùng phiếu chấm", "judge removed with sheets"),
    "judge.reinstate": ("đưa giám khảo trở lại", "judge reinstated"),
    "conflict.add": ("khai xung đột lợi ích", "conflict declared"),
    "conflict.dismiss": ("bỏ qua xung đột", "conflict dismissed"),
    "assign.add": ("phân công chấm", "assignment added"),
    "assign.move": ("chuyển phân công", "assignment moved"),
    "assign.run": ("phân công tự động", "assignments made"),
    "score.enter": ("nhập phiếu chấm", "sheet entered"),
    "score.replace": ("thay phiếu chấm", "sheet replaced"),
    "score.void": ("gạt phiếu chấm ra", "sheet set aside"),
    "score.restore": ("tính lại phiếu chấm", "sheet restored"),
    "score.reopen": ("mở lại phiếu đã nộp", "sheet reopened"),
    "score.discard": ("bỏ thay đổi chưa nộp", "pending change discarded"),
    "round.open": ("mở vòng", "round opened"),
    "round.close": ("đóng vòng", "round closed"),
    "round.advance": ("chọn vào vòng sau", "shortlist written"),
    "prizes.decide": ("Ban giám khảo quyết định giải", "prize decided by the jury"),
    "publish": ("công bố kết quả", "results published"),
    "database.restore": ("khôi phục dữ liệu", "database restored"),
    "database.backup": ("sao lưu dữ liệu", "database backed up"),
    "access.invite": ("cấp mã đăng nhập một lần", "one-time code issued"),
    "access.revoke": ("thu hồi quyền đăng nhập", "sign-in revoked"),
    "access.sign-in": ("đăng nhập", "signed in"),
    "access.sign-in-failed": ("đăng nhập không thành công", "sign-in failed"),
    "access.locked": ("tạm khoá đăng nhập", "sign-in locked"),
    "access.unlock": ("mở khoá đăng nhập", "sign-in unlocked"),
    "access.password": ("đặt mật khẩu", "password set"),
    "access.sign-out": ("đăng xuất", "signed out"),
    "mail.queue": ("đưa thư vào hàng chờ gửi", "mail queued"),
    "mail.retry": ("gửi lại thư", "mail sent again"),
    "entrant.sign-up": ("mở tài khoản người dự thi", "entrant account opened"),
    "entrant.verify": ("xác minh địa chỉ thư", "e-mail address verified"),
    "entry.request": ("yêu cầu bổ sung hồ sơ", "supplement requested"),
    "entry.distinct": ("xác nhận không trùng sáng kiến gần giống", "marked not a duplicate"),
    "complaint.add": ("nhận đơn khiếu nại", "complaint filed"),
    "complaint.accept": ("thụ lý đơn khiếu nại", "complaint accepted"),
    "complaint.reject": ("không thụ lý đơn khiếu nại", "complaint rejected"),
    "remark.assign": ("giao chấm phúc khảo", "re-marker assigned"),
    "remark.release": ("thay người chấm phúc khảo", "re-marker replaced"),
    "remark.submit": ("nộp phiếu chấm phúc khảo", "re-marking sheet submitted"),
    "complaint.decide": ("quyết định giải quyết khiếu nại", "complaint decided"),
  ]

  /// An audit action in words, in the current language; an action this version does not
  /// know (a newer log) is shown as stored.
  public static func action(_ raw: String, language: Language = Language.current) -> String {
    guard let words = actions[raw] else { return raw }
    return language == .vi ? words.vi : words.en
  }

  /// A file's media type in words: "PDF", "Word", "Excel 97–2003", "ảnh JPEG"; an unknown type by
  /// the part people recognise.
  public static func mediaType(_ type: String, language: Language = Language.current) -> String {
    let vi = language == .vi
    let office = "application/vnd.openxmlformats-officedocument."
    switch type.lowercased() {
    case "application/pdf": return "PDF"
    case office + "wordprocessingml.document": return "Word"
    case office + "spreadsheetml.sheet": return "Excel"
    case office + "presentationml.presentation": return "PowerPoint"
    case "application/msword": return "Word 97–2003"
    case "application/vnd.ms-excel": return "Excel 97–2003"
    case "application/vnd.ms-powerpoint": return "PowerPoint 97–2003"
    case "application/vnd.oasis.opendocument.text": return "OpenDocument (odt)"
    case "application/vnd.oasis.opendocument.spreadsheet": return "OpenDocument (ods)"
    case "application/vnd.oasis.opendocument.presentation": return "OpenDocument (odp)"
    case "application/rtf": return vi ? "văn bản RTF" : "RTF document"
    case "application/zip": return vi ? "tệp nén ZIP" : "ZIP archive"
    case "application/vnd.rar": return vi ? "tệp nén RAR" : "RAR archive"
    case "application/x-7z-compressed": return vi ? "tệp nén 7z" : "7z archive"
    case "image/heic": return vi ? "ảnh HEIC" : "HEIC image"
    case "image/tiff": return vi ? "ảnh TIFF" : "TIFF image"
    case "image/bmp": return vi ? "ảnh BMP" : "BMP image"
    case "text/html": return vi ? "trang HTML" : "HTML page"
    case "text/plain": return vi ? "văn bản" : "text"
    case "text/csv": return vi ? "bảng CSV" : "CSV table"
    case "image/jpeg": return vi ? "ảnh JPEG" : "JPEG image"
    case "image/png": return vi ? "ảnh PNG" : "PNG image"
    case "image/gif": return vi ? "ảnh GIF" : "GIF image"
    case "image/webp": return vi ? "ảnh WebP" : "WebP image"
    case "video/mp4": return vi ? "video MP4" : "MP4 video"
    case "audio/mpeg": return vi ? "âm thanh MP3" : "MP3 audio"
    default:
      let kind = type.split(separator: "/").first.map(String.init) ?? ""
      let words: [String: (String, String)] = [
        "image": ("ảnh", "image"), "video": ("video", "video"), "audio": ("âm thanh", "audio"),
        "text": ("văn bản", "text"),
      ]
      if let word = words[kind] { return vi ? word.0 : word.1 }
      return vi ? "tệp khác" : "other file"
    }
  }

  /// The contest's time zone: Hanoi's, until a contest file names another.
  public static let timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .gmt

  /// The Gregorian calendar in `timeZone`, made once.
  public static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }()

  /// A moment as people write it in the contest's time zone: `16:40 07/12/2019`, with the
  /// seconds (`16:40:12 07/12/2019`) where an order of events matters.
  public static func moment(_ date: Date, seconds: Bool = false) -> String {
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let time =
      seconds
      ? String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
      : String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    return time + String(format: " %02d/%02d/%04d", c.day ?? 0, c.month ?? 0, c.year ?? 0)
  }

  /// A stored ISO 8601 moment (`2019-12-07T09:40:12.788Z`) as `moment` writes it; text that
  /// is not one is returned as it is.
  public static func moment(iso text: String, seconds: Bool = false) -> String {
    guard let date = parseISO(text) else { return text }
    return moment(date, seconds: seconds)
  }

  /// The day `date` falls on in the contest's time zone.
  public static func day(of date: Date) -> Day {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day(daysSince1970: 0)
  }

  /// The date of an ISO 8601 UTC moment: the stored form (`Timestamp`) read directly, any
  /// other (no fraction, an offset) by a formatter.
  public static func parseISO(_ text: String) -> Date? {
    if let date = Timestamp.parse(text) { return date }
    return ISO8601DateFormatter().date(from: text)
  }
}
