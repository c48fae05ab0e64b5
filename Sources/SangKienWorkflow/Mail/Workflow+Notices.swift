import Foundation
import SangKienModel
import SangKienScoring
internal import SangKienStorage

extension Workflow {
  /// Tells each judge concerned by an assignment change (repair, move, further marking)
  /// what they now score and what they no longer do, one message each — queued in the
  /// change's transaction (the caller's), to those who gave an address.
  func queueAssignmentNotices(
    _ round: RoundContext, added: [Pair], removed: [Pair], by person: Person
  ) throws {
    let judges = Set(added.map(\.judge) + removed.map(\.judge)).sorted()
    func titled(_ pairs: [Pair], _ judge: String) -> [(code: String, title: String)] {
      pairs.filter { $0.judge == judge }.map(\.entry).sorted().map {
        ($0, round.entries[$0]?.draft.title ?? "")
      }
    }
    let drafts = judges.compactMap { id -> MailDraft? in
      guard let judge = round.judges[id], judge.active, !judge.email.isEmpty else { return nil }
      return MailTemplates.assignmentChanged(
        to: judge, round: round.round, added: titled(added, id), removed: titled(removed, id),
        contest: round.contest)
    }
    guard !drafts.isEmpty else { return }
    try database.queueMail(drafts, context: context(person))
  }
}
