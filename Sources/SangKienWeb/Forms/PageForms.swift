import Foundation
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// The sign-in form: a login and a password, or a one-time code.
struct SignInForm: Decodable {
  var login: String?
  var password: String?
  var code: String?
  /// Where to go once signed in: a path of this site (`WebApp.localPath`), else home.
  var next: String?
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
    } catch let error as URLEncodedFormError {
      // A name given twice: a form of these pages never sends one.
      throw WorkflowError.invalid([Problem(field: nil, message: WebText.formField(error.value))])
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

// MARK: The secretariat's and the organisers' forms

/// A judge added from the jury page; `fields` is `;`-separated.
struct AddJudgeForm: Decodable {
  var id: String?
  var name: String?
  var unit: String?
  var fields: String?
  var email: String?
  var phone: String?

  var input: JudgeInput {
    JudgeInput(
      id: id ?? "", name: name ?? "", unit: unit ?? "", fields: Self.list(fields ?? "") ?? [],
      email: email ?? "", phone: phone ?? "")
  }

  /// `a; b;` as `["a", "b"]`; nil for nothing but spaces.
  static func list(_ text: String) -> [String]? {
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }
}

/// A judge's fields changed from the jury page: only those filled in change.
struct UpdateJudgeForm: Decodable {
  var id: String?
  var name: String?
  var unit: String?
  var fields: String?
  var role: String?
  var email: String?
  var phone: String?

  var changes: JudgeChanges {
    func given(_ value: String?) -> String? {
      value.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }
    return JudgeChanges(
      name: given(name), unit: given(unit), fields: fields.flatMap(AddJudgeForm.list),
      role: given(role), email: given(email), phone: given(phone))
  }
}

/// A change that needs only its reason (removing a judge, detaching a file…), and for a
/// dossier file whether the judges are to see it.
struct ReasonForm: Decodable {
  var reason: String?
  var blind: String?
  /// An invitation sent by mail too (`on`).
  var mail: String?
}

/// A form of the jury page about a judge and an entry: a conflict declared or dismissed, a
/// sheet voided, restored or reopened, an entry moved from a judge to another.
struct JuryDeskForm: Decodable {
  var round: String?
  var judge: String?
  var entry: String?
  var from: String?
  var to: String?
  var reason: String?
  var action: String?

  /// The round, nil when none was chosen.
  var chosenRound: String? { round.flatMap { $0.isEmpty ? nil : $0 } }
}

/// A round named by a form or a preview's query (empty: the default round), and which button.
struct RoundForm: Decodable {
  var round: String?
  var action: String?
  /// Publishing: the jury's reason for accepting prize-winning entries' disagreements.
  var accept: String?

  /// The round, nil when none was chosen.
  var chosen: String? { round.flatMap { $0.isEmpty ? nil : $0 } }
}

/// A round closed or opened again.
struct RoundStateForm: Decodable {
  var state: String?
  var reason: String?
  var discard_pending: String?
}

/// Advancing to the next round, previewed then confirmed.
struct AdvanceForm: Decodable {
  var to: String?
  var top: String?
  var min_score: String?
  var per_category: String?
}

/// `POST /complaints/{id}/answer`: accept or reject, with the reason.
struct ComplaintAnswerForm: Decodable {
  var action: String?
  var reason: String?
}

/// `POST /complaints/{id}/decide`: the outcome and reason; `confirm=1` with the audit head
/// the preview was worked out on records it.
struct ComplaintDecideForm: Decodable {
  var outcome: String?
  var reason: String?
  var head: String?
  var confirm: String?
}
