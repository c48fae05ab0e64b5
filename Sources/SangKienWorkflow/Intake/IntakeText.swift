import Foundation
import SangKienModel

extension WorkflowText {
  static var whoEntrant: String {
    Language.text(vi: "chính người dự thi đó", en: "the entrant themselves")
  }
  static var intakeOffline: String {
    Language.text(
      vi:
        "cuộc thi này không nhận hồ sơ trực tuyến (tệp cuộc thi không có 'intake: {online: true}')",
      en: "this contest takes no entries online (its contest file has no 'intake: {online: true}')")
  }
  static func notYetOpen(_ day: Day) -> String {
    Language.text(
      vi: "chưa đến ngày nhận hồ sơ: cuộc thi nhận hồ sơ từ ngày \(day.vietnamese)",
      en: "submissions are not open yet: the contest takes them from \(day.iso)")
  }
  static func intakeClosed(_ closes: LocalMoment) -> String {
    Language.text(
      vi:
        "đã hết hạn nộp hồ sơ (\(closes.shown), giờ Việt Nam); bản nháp vẫn được giữ. Xin liên hệ Tổ thư ký nếu có lý do chính đáng",
      en:
        "the deadline has passed (\(closes.shown), Vietnam time); the draft is kept. Ask the secretariat if there is a good reason"
    )
  }
  static func badEmail(_ text: String) -> String {
    Language.text(
      vi: "'\(text)' không phải một địa chỉ thư điện tử", en: "'\(text)' is not an e-mail address")
  }
  static var nameNeeded: String {
    Language.text(vi: "cần ghi họ và tên", en: "a name is needed")
  }
  static var nameTooLong: String {
    Language.text(vi: "họ và tên dài quá 200 ký tự", en: "the name is longer than 200 characters")
  }
  static var badPhone: String {
    Language.text(
      vi: "số điện thoại chỉ gồm chữ số, dấu cách, '+', '-', '.', tối đa 30 ký tự",
      en: "a telephone is digits, spaces, '+', '-', '.', at most 30 characters")
  }
  static var emailTaken: String {
    Language.text(
      vi:
        "địa chỉ thư này là tên đăng nhập của một thành viên Ban tổ chức, Tổ thư ký hoặc giám khảo",
      en: "this address is the login of a member of the staff or the jury")
  }
  static func tooManySignUps(_ until: Date) -> String {
    Language.text(
      vi: "có quá nhiều lượt đăng ký từ nơi này; xin thử lại sau \(RecordWords.moment(until))",
      en: "too many sign-ups from here; try again after \(RecordWords.moment(until))")
  }
  static func tooManyCodes(_ until: Date) -> String {
    Language.text(
      vi: "đã thử quá nhiều mã từ nơi này; xin thử lại sau \(RecordWords.moment(until))",
      en: "too many codes tried from here; try again after \(RecordWords.moment(until))")
  }
  static var codeWrong: String {
    Language.text(
      vi: "mã xác minh không đúng hoặc đã hết hạn; có thể đăng ký lại để nhận mã mới",
      en: "the verification code is wrong or has expired; sign up again for a new one")
  }
  static var codeTriedOut: String {
    Language.text(
      vi: "mã này đã bị nhập sai 5 lần và không còn dùng được; hãy đăng ký lại để nhận mã mới",
      en: "this code was given wrongly 5 times and no longer works; sign up again for a new one")
  }
  static var notVerified: String {
    Language.text(
      vi:
        "địa chỉ thư của tài khoản chưa được xác minh: nhập mã 6 chữ số đã gửi đến hộp thư trước khi tải tệp hoặc nộp hồ sơ",
      en:
        "the account's address is not verified: give the six-digit code mailed to it before uploading or submitting"
    )
  }
  static func tooManyDrafts(_ limit: Int) -> String {
    Language.text(
      vi:
        "tài khoản đã có \(limit) bản nháp đang soạn (tối đa \(limit)); hãy nộp hoặc xoá một bản trước",
      en: "the account has \(limit) drafts open (at most \(limit)); submit or discard one first")
  }
  static func submissionNotFound(_ id: Int64) -> String {
    Language.text(vi: "không có hồ sơ số \(id) của Ông/Bà", en: "you have no submission \(id)")
  }
  static var staleSubmission: String {
    Language.text(
      vi:
        "hồ sơ đã được lưu ở một cửa sổ khác sau khi trang này mở; hãy tải lại trang để thấy bản mới nhất",
      en: "the submission was saved in another window since this page opened; reload it")
  }
  static var alreadySubmitted: String {
    Language.text(
      vi: "hồ sơ đã nộp; chỉ sửa được khi Tổ thư ký yêu cầu bổ sung",
      en: "the submission was made; it can be changed only when the secretariat asks for more")
  }
  static var declarationNeeded: String {
    Language.text(
      vi: "cần đánh dấu lời cam đoan trước khi nộp", en: "the declaration must be ticked to submit")
  }
  static var dossierNeeded: String {
    Language.text(
      vi: "hồ sơ cần ít nhất một tệp (bản mô tả sáng kiến)",
      en: "the dossier needs at least one file (the description of the initiative)")
  }
  static func notRequested(_ code: String) -> String {
    Language.text(
      vi: "sáng kiến \(code) không có yêu cầu bổ sung đang mở",
      en: "\(code) has no open request for a supplement")
  }
  static func supplementOver(_ day: Day) -> String {
    Language.text(
      vi: "đã quá hạn bổ sung (\(day.vietnamese))", en: "the supplement was due by \(day.iso)")
  }
  static func notOnline(_ code: String) -> String {
    Language.text(
      vi: "sáng kiến \(code) không nộp trực tuyến: không có người dự thi để gửi yêu cầu",
      en: "\(code) was not submitted online: there is no entrant to ask")
  }
  static var untilInPast: String {
    Language.text(
      vi: "hạn bổ sung phải từ hôm nay trở đi", en: "the supplement's date must be today or later")
  }
  static func requestClosedEntry(_ code: String, _ status: EntryStatus) -> String {
    Language.text(
      vi: "sáng kiến \(code) đang ở trạng thái '\(status.vietnamese)': không yêu cầu bổ sung được",
      en: "\(code) is \(status.rawValue): no supplement can be asked for")
  }
  static var fieldsTooBig: String {
    Language.text(
      vi: "nội dung hồ sơ quá dài", en: "the submission's fields are too long")
  }
  static var tooManyAuthors: String {
    Language.text(vi: "tối đa 20 tác giả", en: "at most 20 authors")
  }
  static var withdrawnByEntrant: String {
    Language.text(vi: "người dự thi rút hồ sơ", en: "withdrawn by the entrant")
  }
  static var confirmedForJudges: String {
    Language.text(
      vi: "Tổ thư ký xác nhận tệp người dự thi gửi giám khảo không có thông tin tác giả",
      en: "the secretariat confirmed the entrant's file for the judges names no author")
  }
  static func tooManyFiles(_ limit: Int) -> String {
    Language.text(
      vi: "một hồ sơ có tối đa \(limit) tệp", en: "a submission holds at most \(limit) files")
  }
  static func draftFileNotFound(_ id: Int64) -> String {
    Language.text(vi: "bản nháp không có tệp số \(id)", en: "the draft has no file \(id)")
  }
  static func draftTooBig(total: Int64, limits: AttachmentLimits) -> String {
    Language.text(
      vi:
        "hồ sơ sẽ nặng \(Attachment.sizeText(total)), quá giới hạn \(limits.maxEntryMB) MB một hồ sơ",
      en: "the dossier would be \(Attachment.sizeText(total)), over \(limits.maxEntryMB) MB")
  }
}
