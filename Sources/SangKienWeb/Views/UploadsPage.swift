import Foundation
import SangKienModel
import SangKienWorkflow

/// What `index.mustache` shows the secretariat: a form for each kind of file to upload (a
/// round for those that have one), and the judges' score workbooks to download.
struct UploadsPage {
  /// A kind of file to upload.
  struct Kind {
    var kind: String
    var title: String
    var perRound: Bool
  }

  /// An open round to choose.
  struct RoundChoice {
    var id: String
    var name: String
  }

  /// A workbook to download.
  struct Workbook {
    var href: String
    var label: String
  }

  /// An open round's workbooks: every judge's in one file, and each judge's.
  struct WorkbookRound {
    var name: String
    var allHref: String
    var judges: [Workbook]
  }

  let t = WebWords.words(for: .index)
  var csrf: String
  var notice: String?
  var rounds: [RoundChoice]
  var kinds: [Kind]
  var workbookRounds: [WorkbookRound]

  /// The page of `summary`'s open rounds and the active `judges`.
  init(summary: ContestSummary, judges: [Judge], csrf: String, notice: String?) {
    let open = summary.contest.rounds.filter { summary.states[$0.id] != .closed }
    self.csrf = csrf
    self.notice = notice
    rounds = open.map { RoundChoice(id: $0.id, name: $0.name) }
    kinds = UploadKind.allCases.map {
      Kind(kind: $0.rawValue, title: $0.title, perRound: $0.perRound)
    }
    workbookRounds = open.map { round in
      WorkbookRound(
        name: round.name, allHref: "/workbooks?round=\(round.id)",
        judges: judges.filter(\.active).map {
          Workbook(
            href: "/workbooks?round=\(round.id)&judge=\($0.id)", label: "\($0.id) \($0.name)")
        })
    }
  }
}
