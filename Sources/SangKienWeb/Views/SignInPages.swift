import Foundation
import SangKienModel
import SangKienWorkflow

/// What `sign-in.mustache` shows: the form (a login with a password or a one-time code)
/// carrying its own token, and why the last try failed.
struct SignInPage {
  let t = WebWords.words(for: .signIn)
  var csrf: String
  var error: String?
  var login: String
  /// The page to return to once signed in (a path of this site), when there is one.
  var next: String?
}

/// What `password.mustache` shows: setting the password after a one-time code, or
/// changing it (the current one asked).
struct PasswordPage {
  let t = WebWords.words(for: .password)
  var intro: String
  var csrf: String
  var askCurrent: Bool
  var error: String?

  /// The page for `identity`, with why the last try failed.
  init(_ identity: WebIdentity, error: String?) {
    intro = WebText.passwordIntro(firstTime: identity.mustSetPassword)
    csrf = identity.csrf
    askCurrent = !identity.mustSetPassword
    self.error = error
  }
}

/// What `message.mustache` shows: one thing said, a refusal (400 and above) or a notice.
struct MessagePage {
  let t = WebWords.words(for: .message)
  var heading: String
  var message: String
  var ok: Bool
}
