import Foundation
import SangKienModel

/// What `layout.mustache` wraps every page in: the title, the header with the signed-in
/// person (and the staff's navigation), the language switch, and the page itself.
struct LayoutView {
  /// Who is signed in.
  struct SignedIn {
    var name: String
    var csrf: String
    var staff: Bool
    var entrant: Bool
  }

  let t = WebWords.words(for: .layout)
  var lang: String
  var title: String
  var content: String
  var otherLang: String
  var otherLangName: String
  var signedIn: SignedIn?
  /// The home of a folder of contests (`serve --contests`): no contest's links.
  var folder: Bool

  /// The layout of `content` (a rendered page) titled `title`, for `identity`.
  init(
    content: String, title: String, identity: (name: String, csrf: String, role: Role)?,
    folder: Bool = false
  ) {
    self.folder = folder
    let vi = Language.current == .vi
    lang = vi ? "vi" : "en"
    self.title = title
    self.content = content
    otherLang = vi ? "en" : "vi"
    otherLangName = vi ? "English" : "Tiếng Việt"
    signedIn = identity.map {
      SignedIn(
        name: $0.name, csrf: $0.csrf, staff: $0.role.isStaff, entrant: $0.role == .entrant)
    }
  }
}
