import Foundation
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The sign-in form: a login and a password, or a one-time code.
struct SignInForm: Decodable {
  var login: String?
  var password: String?
  var code: String?
}

/// The password form: the new password twice, and the current one when there is one.
struct PasswordForm: Decodable {
  var new_password: String?
  var confirm: String?
  var current: String?
}

/// A judge's sheet as the form sends it, besides its points (`points.LEAF`, read by
/// `SheetPoints`): the comment, the version the form started from, and which button.
struct SheetForm: Decodable {
  var comment: String?
  var version: String?
  var action: String?

  /// Whether the judge pressed "Nộp phiếu".
  var submits: Bool { action == "submit" }
  /// The version the form started from; one that is not a number is stale (-1), as the
  /// workflow answers a stale one.
  var startedFrom: Int { Int(version ?? "") ?? -1 }
}

/// A judge's declaration of a conflict of interest.
struct ConflictForm: Decodable {
  var reason: String?
}

extension WebApp {
  /// A form's fields decoded into `T` with Hummingbird's `URLEncodedFormDecoder`; one that
  /// does not decode is refused 422. (Its decoder leaves a value's key out of the coding
  /// path, so a value to be parsed, such as a number, is kept as text and the handler
  /// names its field.)
  static func form<T: Decodable>(_ type: T.Type, _ request: Request, context: WebContext)
    async throws -> T
  {
    let buffer = try await request.body.collect(upTo: context.maxUploadSize)
    return try decode(type, String(buffer: buffer))
  }

  /// `text` (`application/x-www-form-urlencoded`) decoded into `T`.
  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    do {
      return try URLEncodedFormDecoder().decode(type, from: text)
    } catch let error as DecodingError {
      let path: [any CodingKey]
      switch error {
      case .typeMismatch(_, let context), .valueNotFound(_, let context),
        .keyNotFound(_, let context), .dataCorrupted(let context):
        path = context.codingPath
      @unknown default: path = []
      }
      let field = path.map(\.stringValue).joined(separator: ".")
      throw WorkflowError.invalid([Problem(field: field, message: WebText.formField(field))])
    }
  }
}
