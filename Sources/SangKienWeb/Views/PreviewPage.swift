import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `preview.mustache` shows after an upload is checked: every problem by its line or
/// cell and column (nothing written), or what the import would do with its warnings and the
/// button that writes it; and for the kinds that offer them, the choices to check again with.
struct PreviewPage {
  /// A problem or a warning, where it is.
  struct Row {
    var place: String
    var column: String
    var message: String

    init(_ problem: Problem) {
      place = UploadController.place(problem)
      column = problem.field ?? ""
      message = problem.message
    }

    init(message: String) {
      place = ""
      column = ""
      self.message = message
    }
  }

  /// A choice to tick.
  struct Choice {
    var label: String
    var checked: Bool
  }

  /// Accepting late entries, with the reason.
  struct Late {
    var label: String
    var checked: Bool
    var reason: String
    var reasonLabel: String
  }

  /// An encoding to read the file in.
  struct EncodingOption {
    var value: String
    var name: String
    var selected: Bool
  }

  /// The file's encoding.
  struct Encoding {
    var label: String
    var options: [EncodingOption]
  }

  /// The choices' form, as last chosen.
  struct Choices {
    var heading = WebText.importChoices
    var recheck = WebText.checkAgainWithChoices
    var late: Late?
    var duplicates: Choice?
    var replace: Choice?
    var encoding: Encoding?

    init(_ kind: UploadKind, _ options: UploadOptions) {
      if kind.offersLate {
        late = Late(
          label: WebText.acceptLate, checked: options.late, reason: options.reason,
          reasonLabel: WebText.lateReasonLabel)
      }
      if kind.offersDuplicates {
        duplicates = Choice(label: WebText.acceptDuplicates, checked: options.duplicates)
      }
      if kind.offersReplace {
        replace = Choice(label: WebText.replaceStoredSheets, checked: options.replace)
      }
      if kind.offersEncoding {
        let chosen = options.encoding?.rawValue ?? ""
        let names: [(String, String)] = [
          ("", WebText.encodingUnicode), (LegacyEncoding.tcvn3.rawValue, WebText.encodingTCVN3),
          (LegacyEncoding.vni.rawValue, WebText.encodingVNI),
          (LegacyEncoding.cp1258.rawValue, "Windows-1258"),
        ]
        encoding = Encoding(
          label: WebText.encodingLabel,
          options: names.map { EncodingOption(value: $0.0, name: $0.1, selected: $0.0 == chosen) })
      }
    }
  }

  let t = WebWords.words(for: .preview)
  var heading: String
  var csrf = ""
  var kind: String
  var token = ""
  var headers = UploadController.problemHeaders
  var problemsHeading: String?
  var problems: [Row] = []
  var hasProblems = false
  var summary: String?
  var details: [String] = []
  var hasDetails = false
  var confirm: String?
  var warnings: [Row] = []
  var hasWarnings = false
  var choices: Choices?

  /// The answer to `staged`'s check; `token` names it in the store for what may follow.
  init(
    _ kind: UploadKind, _ staged: UploadStore.Staged, outcome: UploadController.Outcome,
    csrf: String, token: String
  ) {
    heading = kind.title + " · " + staged.name
    self.kind = kind.rawValue
    self.csrf = csrf
    self.token = token
    switch outcome {
    case .busy: break
    case .refused(let error):
      let errors = error.problems.filter { $0.severity == .error }
      warnings = error.problems.filter { $0.severity == .warning }.map(Row.init)
      problemsHeading = WebText.fileProblems(
        errors.isEmpty ? 1 : errors.count, choices: kind.offersChoices)
      problems = errors.isEmpty ? [Row(message: error.description)] : errors.map(Row.init)
    case .ready(let summary, let details, let found):
      warnings = found.map(Row.init)
      self.summary = summary
      self.details = details
      confirm = WebText.writeWholeFile
    }
    hasProblems = !problems.isEmpty
    hasDetails = !details.isEmpty
    hasWarnings = !warnings.isEmpty
    if kind.offersChoices { choices = Choices(kind, staged.options) }
  }

  /// What the confirmation found when the contest changed after the check: nothing written.
  init(_ kind: UploadKind, _ staged: UploadStore.Staged, notWritten error: WorkflowError) {
    heading = kind.title + " · " + staged.name
    self.kind = kind.rawValue
    problemsHeading = WebText.notWritten(error.description)
    problems =
      error.problems.isEmpty ? [Row(message: error.description)] : error.problems.map(Row.init)
    hasProblems = true
  }
}
