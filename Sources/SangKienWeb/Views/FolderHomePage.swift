import Foundation
import SangKienModel
import SangKienWorkflow

/// `contests.mustache`: the home of a folder of contests (`serve --contests`).
struct FolderHomePage {
  /// A contest taking entries online, or about to.
  struct Open {
    var name: String
    var organiser: String
    var phase: String
    var closes: String
    var link: String
  }

  /// A contest this browser is signed in to, with who one is there.
  struct Mine {
    var name: String
    var who: String
    var role: String
    var link: String

    init(_ contest: FolderContest, identity: WebIdentity) {
      name = contest.name
      who = identity.person.actor?.shownName ?? identity.login
      role = identity.person.actor?.role.localized ?? ""
      link = "/c/\(contest.id)/"
    }
  }

  let t = WebWords.words(for: .contests)
  var open: [Open]
  var hasOpen: Bool
  var mine: [Mine]
  var hasMine: Bool

  init(open contests: [FolderContest], mine: [Mine], now: Date) {
    open = contests.map { contest in
      Open(
        name: contest.name, organiser: contest.organiser,
        phase: WebText.callPhase(contest.phase(at: now)),
        closes: contest.intake.map { WebText.deadline($0.closes) } ?? "",
        link: "/c/\(contest.id)/contest")
    }
    hasOpen = !open.isEmpty
    self.mine = mine
    hasMine = !mine.isEmpty
  }
}
