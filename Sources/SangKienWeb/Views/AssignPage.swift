import Foundation
import SangKienAssignment
import SangKienModel
import SangKienWorkflow

/// What `assign.mustache` shows: an assignment (or a repair) previewed, its facts and each
/// judge's load, and the button that writes it.
struct AssignPage {
  /// A judge's load.
  struct Load {
    var judge: String
    var load: Int
  }

  let t = WebWords.words(for: .assign)
  var heading: String
  var csrf: String
  var round: String
  /// `repair` when the preview is of a repair: the confirmation repairs too.
  var action: String
  var facts: [String]
  var loads: [Load]
  var count: Int
  var confirm: String
  /// A repair's placements: which judge takes each free place.
  struct Placement {
    var entry: String
    var judge: String
  }
  var placements: [Placement]
  var hasPlacements: Bool

  /// The preview of `plan`.
  init(_ plan: AssignmentPlan, repair: Bool, csrf: String) {
    let loads = plan.solution?.loads ?? [:]
    heading = WebText.assignHeading(plan.round.name)
    self.csrf = csrf
    round = plan.round.id
    action = repair ? "repair" : "assign"
    facts = WebText.assignFacts(plan)
    self.loads = loads.keys.sorted().map { Load(judge: $0, load: loads[$0] ?? 0) }
    count = plan.added.count
    confirm = WebText.assignConfirm(plan.added.count)
    placements =
      repair ? plan.added.map { Placement(entry: $0.entry, judge: $0.judge) } : []
    hasPlacements = !placements.isEmpty
  }
}
