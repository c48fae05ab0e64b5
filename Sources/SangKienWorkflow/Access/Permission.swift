import SangKienModel

/// What a use case needs its actor to be.
public enum Permission: Sendable, Hashable {
  /// Anyone who signed in: staff, jury or entrant (what the call publishes anyway).
  case anyone
  /// A member of staff (secretariat or organiser).
  case staff
  /// The secretariat.
  case secretariat
  /// The organisers.
  case organiser
  /// The secretariat, or the judge whose scores these are.
  case judgeOrSecretariat
  /// Any member of staff, or the judge whose worklist or sheets these are.
  case judgeOrStaff
  /// An entrant, on their own submissions (which ones are theirs the use case decides).
  case entrant

  /// Whether `actor` may, where `judge` names whose work it is (nil: everyone's, or the
  /// actor's own when the actor is a judge).
  func allows(_ actor: Actor, judge: String?) -> Bool {
    switch self {
    case .anyone: true
    case .staff: actor.role.isStaff
    case .secretariat: actor.role == .secretariat
    case .organiser: actor.role == .organiser
    case .judgeOrSecretariat:
      actor.role == .secretariat
        || (actor.role == .judge && (judge == nil || actor.judgeId == judge))
    case .judgeOrStaff:
      actor.role.isStaff
        || (actor.role == .judge && (judge == nil || actor.judgeId == judge))
    case .entrant: actor.role == .entrant
    }
  }

  /// Who may, in words.
  var who: String {
    switch self {
    case .anyone: ""
    case .staff: WorkflowText.whoStaff
    case .secretariat: WorkflowText.whoSecretariat
    case .organiser: WorkflowText.whoOrganisers
    case .judgeOrSecretariat: WorkflowText.whoSecretariatOrJudge
    case .judgeOrStaff: WorkflowText.whoStaffOrJudge
    case .entrant: WorkflowText.whoEntrant
    }
  }
}

/// Who may do what, decided once for every front end.
public enum Policy {
  /// Why `person` may not carry out `useCase` on `judge`'s work, or nil when they may.
  public static func refusal(_ useCase: UseCase, by person: Person, judge: String? = nil)
    -> String?
  {
    guard let actor = person.actor else { return WorkflowText.stranger(person.name) }
    let permission = useCase.permission
    guard !permission.allows(actor, judge: judge) else { return nil }
    return WorkflowText.mayNot(actor, only: permission.who)
  }

  /// Whose work a read covers: a judge sees only their own, whatever they ask for; staff
  /// see the judge they name, or everyone's (nil).
  public static func scope(of person: Person, asking judge: String?) -> String? {
    if let actor = person.actor, actor.role == .judge { return actor.judgeId }
    return judge
  }
}
