import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// What the secretariat uploads: entries, judges, assignments and score sheets, as CSV or
/// Excel. An upload is checked in full first (a dry run of the same import the command line
/// runs) and every problem shown with its line or cell; nothing is written until the
/// secretariat confirms, and then the whole file lands in one transaction or none of it.
enum UploadKind: String, CaseIterable, Sendable {
  case entries, judges, assignments, scores

  var title: String {
    switch self {
    case .entries: WebText.entriesKind
    case .judges: WebText.judgesKind
    case .assignments: WebText.assignmentsKind
    case .scores: WebText.scoreSheets
    }
  }

  /// Whether the import is for one round.
  var perRound: Bool { self == .assignments || self == .scores }
  /// Whether the check offers to accept entries received late, with a reason.
  var offersLate: Bool { self == .entries }
  /// Whether the check offers to accept likely duplicates.
  var offersDuplicates: Bool { self == .entries }
  /// Whether the check offers to convert from a legacy Vietnamese encoding.
  var offersEncoding: Bool { self == .entries || self == .judges }
  /// Whether the check offers to replace sheets already stored.
  var offersReplace: Bool { self == .scores }
  /// Whether the check offers anything: then the staged file can be checked again with it.
  var offersChoices: Bool { offersLate || offersDuplicates || offersEncoding || offersReplace }
}
