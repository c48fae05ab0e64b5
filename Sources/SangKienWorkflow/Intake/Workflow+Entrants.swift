import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// What someone opening an account gives.
public struct SignUpForm: Sendable, Hashable {
  /// The e-mail address: the login, where the code is sent.
  public var email: String
  /// Their name.
  public var name: String
  /// A telephone, optional.
  public var phone: String
  /// The password (rules as for staff).
  public var password: String

  /// Creates the form.
  public init(email: String, name: String, phone: String = "", password: String) {
    self.email = email
    self.name = name
    self.phone = phone
    self.password = password
  }
}

/// The public call: what anyone may read before entering.
public struct ContestCall: Sendable {
  /// The contest.
  public var contest: Contest
  /// The online intake, when the contest has one.
  public var intake: IntakeSettings?
  /// Where it stands now.
  public var phase: IntakePhase
  /// The rubric of the first round: criteria and maxima.
  public var rubric: Rubric?
  /// The secretariat's addresses (name, e-mail).
  public var contacts: [(name: String, email: String)]
}

extension Workflow {
  /// How long a verification code works.
  static let verificationValidity: TimeInterval = 30 * 60
  /// Wrong codes before a code stops working.
  static let verificationTries = 5

  /// The public call: the contest, its intake and where it stands, the first round's
  /// rubric, the secretariat's contacts. No person needed: it is published.
  public func call() throws(WorkflowError) -> ContestCall {
    try attempt {
      let contest = try database.contest()
      let rubrics = try database.rubrics()
      let first = contest.rounds.first.flatMap { round in
        rubrics.first { $0.id == round.rubricId }
      }
      let staff = try database.staffAddresses(role: .secretariat)
      return ContestCall(
        contest: contest, intake: contest.intake,
        phase: contest.intake?.phase(at: clock()) ?? .offline, rubric: first,
        contacts: staff)
    }
  }

  /// Whether the contest takes entries online (its file says `intake: {online: true}`).
  public func acceptsOnline() -> Bool {
    (try? database.contest().intake?.online) == true
  }

  /// The contest's intake, refusing when it is not online.
  func onlineIntake() throws(WorkflowError) -> (Contest, IntakeSettings) {
    let contest = try attempt { try database.contest() }
    guard let intake = contest.intake, intake.online else {
      throw .wrongState(WorkflowText.intakeOffline)
    }
    return (contest, intake)
  }

  /// A six-digit code.
  static func sixDigits() -> String {
    var generator = SystemRandomNumberGenerator()
    return String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
  }

  /// The hash a verification code is kept as: bound to the address, so one code's hash
  /// says nothing of another account's.
  static func verificationHash(email: String, code: String) -> String {
    Fingerprint.sha256(Array("\(email)\u{1F}\(code)".utf8))
  }

  /// Opens an entrant's account (or, for an address not yet verified, sends a new code with
  /// the new name and password): checked as staff passwords are, the code mailed in the same
  /// transaction. Answers the address as stored (lower case), whether or not it was new — an
  /// address already verified gets nothing and the answer is the same, so the form tells no
  /// one who has an account. `limiter` counts sign-ups per address (`address` is the
  /// client's); `hash` makes the password's bcrypt hash.
  public func signUp(
    _ form: SignUpForm, address: String, limiter: IntakeLimiter, site: String?,
    rules: AccessRules = AccessRules(), hash: (String) -> String
  ) throws(WorkflowError) -> String {
    let (contest, _) = try onlineIntake()
    let email = VietnameseText.clean(form.email).lowercased()
    let name = VietnameseText.clean(form.name)
    let phone = VietnameseText.clean(form.phone)
    var problems: [Problem] = []
    if !MailAddress.isValid(email) || email.utf8.count > 254 {
      problems.append(Problem(field: "email", message: WorkflowText.badEmail(form.email)))
    }
    if name.isEmpty { problems.append(Problem(field: "name", message: WorkflowText.nameNeeded)) }
    if name.count > 200 {
      problems.append(Problem(field: "name", message: WorkflowText.nameTooLong))
    }
    if phone.count > 30
      || !phone.allSatisfy({ $0.isASCII && ($0.isNumber || " +-.()".contains($0)) })
    {
      problems.append(Problem(field: "phone", message: WorkflowText.badPhone))
    }
    if let problem = Self.passwordProblem(
      form.password, login: email, name: name, rules: rules)
    {
      problems.append(Problem(field: "password", message: problem))
    }
    try WorkflowError.check(problems)
    if try attempt({ try database.loginTaken(email) }) {
      throw .invalid([Problem(field: "email", message: WorkflowText.emailTaken)])
    }
    if let until = limiter.admit(.signUp, address: address, now: clock()) {
      throw .tooMany(WorkflowText.tooManySignUps(until))
    }
    let existing = try attempt { try database.entrant(email: email) }
    if existing?.account.verifiedAt != nil { return email }
    let code = Self.sixDigits()
    let expires = clock().addingTimeInterval(Self.verificationValidity)
    let account = EntrantAccount(
      id: existing?.account.id ?? 0, email: email, name: name, phone: phone, verifiedAt: nil)
    let mail = MailTemplates.verification(
      to: account, code: code, expires: expires, contest: contest, site: site)
    let person = Person(name: email, actor: nil)
    let passwordHash = hash(form.password)
    try attempt {
      if let existing {
        try database.renewAccount(
          id: existing.account.id, name: name, phone: phone, passwordHash: passwordHash,
          verifyHash: Self.verificationHash(email: email, code: code),
          verifyExpires: AuditContext.format(expires), mail: mail, context: context(person))
      } else {
        _ = try database.openAccount(
          email: email, name: name, phone: phone, passwordHash: passwordHash,
          verifyHash: Self.verificationHash(email: email, code: code),
          verifyExpires: AuditContext.format(expires), mail: mail, context: context(person))
      }
    }
    return email
  }

  /// Verifies an account's address with the code mailed to it (counted per client address
  /// by `limiter`; five wrong codes spend it). Verifying an address already verified is no
  /// error.
  public func verifyEntrant(
    email given: String, code: String, address: String, limiter: IntakeLimiter
  ) throws(WorkflowError) {
    let email = VietnameseText.clean(given).lowercased()
    if let until = limiter.admit(.code, address: address, now: clock()) {
      throw .tooMany(WorkflowText.tooManyCodes(until))
    }
    let digits = code.filter(\.isNumber)
    guard let stored = try attempt({ try database.entrant(email: email) }) else {
      throw .invalid([Problem(field: "code", message: WorkflowText.codeWrong)])
    }
    if stored.account.verifiedAt != nil { return }
    let person = Person(name: email, actor: nil)
    guard stored.verifyFailures < Self.verificationTries else {
      throw .invalid([Problem(field: "code", message: WorkflowText.codeTriedOut)])
    }
    let expires = stored.verifyExpires.flatMap(AuditContext.parse) ?? .distantPast
    guard digits.count == 6, expires > clock(),
      stored.verifyHash == Self.verificationHash(email: email, code: digits)
    else {
      _ = try attempt {
        try database.countVerifyFailure(id: stored.account.id, context: context(person))
      }
      throw .invalid([Problem(field: "code", message: WorkflowText.codeWrong)])
    }
    try attempt { try database.markVerified(id: stored.account.id, context: context(person)) }
  }

  /// The signed-in entrant's account.
  public func account(by person: Person) throws(WorkflowError) -> EntrantAccount {
    let actor = try authorize(.submissionList, person)
    guard let id = actor.entrantId,
      let stored = try attempt({ try database.entrant(id: id) })
    else { throw .notFound(WorkflowText.stranger(person.name)) }
    return stored.account
  }
}
