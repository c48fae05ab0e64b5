import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// What the secretariat chose on the check's page: the command line's `--late-ok --reason`,
/// `--allow-duplicates`, `--from-encoding` and `--replace`. Kept with the staged file, so
/// the confirmation writes exactly what was checked.
struct UploadOptions: Sendable, Hashable {
  var late = false
  var reason = ""
  var duplicates = false
  var encoding: LegacyEncoding?
  var replace = false

  /// The choices a form sent, only those `kind` offers; a late acceptance without its
  /// reason is a problem with the form's `reason` field.
  static func read(_ fields: [String: String], kind: UploadKind) -> (UploadOptions, Problem?) {
    var options = UploadOptions()
    func on(_ name: String) -> Bool { !(fields[name] ?? "").isEmpty }
    if kind.offersLate {
      options.late = on("late")
      options.reason = VietnameseText.clean(fields["reason"] ?? "")
    }
    if kind.offersDuplicates { options.duplicates = on("duplicates") }
    if kind.offersEncoding { options.encoding = LegacyEncoding(rawValue: fields["encoding"] ?? "") }
    if kind.offersReplace { options.replace = on("replace") }
    if options.late && options.reason.isEmpty {
      return (
        options,
        Problem(
          field: "reason",
          message: WebText.lateReasonNeeded)
      )
    }
    return (options, nil)
  }

  var allowances: Allowances {
    Allowances(lateReason: late ? reason : nil, duplicates: duplicates)
  }
}
