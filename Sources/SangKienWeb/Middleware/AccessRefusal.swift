import HTTPTypes
import SangKienModel

/// Why a request was refused before its handler ran: the error middleware answers it as a
/// page (a redirect to sign in, a 403 page) or as the API's JSON.
enum AccessRefusal: Error, Equatable {
  /// Nobody is signed in: the sign-in page, or 401.
  case notSignedIn
  /// Signed in with a one-time code and no password yet: the password page, or 403.
  case passwordPending
  /// A state-changing request without the session's CSRF token: 403, nothing changed.
  case csrf
  /// The route is another role's: 403 with why.
  case otherRole(String)
  /// Refused with this status and message (a kind of upload that does not exist, a staged
  /// file no longer there).
  case said(HTTPResponse.Status, String)

  /// The HTTP status.
  var status: HTTPResponse.Status {
    switch self {
    case .notSignedIn: .unauthorized
    case .said(let status, _): status
    default: .forbidden
    }
  }

  /// The message, in the language in force.
  var message: String {
    switch self {
    case .notSignedIn: Language.text(vi: "chưa đăng nhập", en: "not signed in")
    case .passwordPending:
      Language.text(vi: "cần đặt mật khẩu trước", en: "a password must be set first")
    case .csrf:
      Language.text(
        vi: "Biểu mẫu hết hạn hoặc không phải từ trang này: hãy tải lại trang rồi làm lại.",
        en: "The form expired or did not come from this site: reload the page and try again.")
    case .otherRole(let why), .said(_, let why): why
    }
  }
}
