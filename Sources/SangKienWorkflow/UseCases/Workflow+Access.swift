import Foundation
import SangKienModel
internal import SangKienStorage

/// A one-time sign-in code, as issued: shown once, stored only as its hash.
public struct Invitation: Sendable, Hashable {
  /// The login it opens: a judge's id or a staff member's name.
  public var login: String
  /// The person's name.
  public var name: String
  /// The code (`ABCD-EFGH-JKMN`).
  public var code: String
  /// When it stops working.
  public var expires: Date
  /// Where it was mailed, when it was.
  public var mailedTo: String? = nil
}

/// An invitation to send by mail as well: to `address` (else the judge's e-mail), with a
/// link to the site at `baseURL`.
public struct InvitationMail: Sendable, Hashable {
  /// The address, when not the judge's own.
  public var address: String?
  /// The site's address (`https://chamdiem.example.gov.vn`), for the sign-in link.
  public var baseURL: String?

  /// Creates the request.
  public init(address: String? = nil, baseURL: String?) {
    self.address = address
    self.baseURL = baseURL
  }
}

/// Who a web session belongs to.
public struct WebIdentity: Sendable, Hashable {
  /// The login.
  public var login: String
  /// The person, as every use case takes them.
  public var person: Person
  /// The token state-changing requests must carry.
  public var csrf: String
  /// Whether they signed in with a code and must set a password before anything else.
  public var mustSetPassword: Bool
}

/// A new session: its id (for the cookie, never stored) and who it is.
public struct SignedIn: Sendable, Hashable {
  /// The session id, 32 random bytes in base64url.
  public var token: String
  /// Who signed in.
  public var identity: WebIdentity
}

/// How a sign-in ended.
public enum SignInOutcome: Sendable, Hashable {
  /// Signed in.
  case signedIn(SignedIn)
  /// The login, password or code is wrong (which one is not said).
  case wrong
  /// The code given was this person's, and was spent setting their password at `at`: they
  /// sign in with the password, or the secretariat issues another code. Only someone who
  /// holds the code learns this.
  case codeUsed(at: Date?)
  /// The code given is this person's current one, but it has expired.
  case codeExpired
  /// Too many failures: no attempt is looked at until `until`.
  case locked(until: Date)
}

/// The rules of signing in: how long codes and sessions last, when a login locks.
public struct AccessRules: Sendable, Hashable {
  /// A session ends after this long unused.
  public var idle: TimeInterval = 30 * 60
  /// A session ends this long after it began, used or not.
  public var longest: TimeInterval = 12 * 3600
  /// This many failures within `window` lock a login…
  public var failures = 5
  /// …for the rest of this window.
  public var window: TimeInterval = 15 * 60
  /// The shortest password.
  public var minimumPassword = 10

  /// The rules of DESIGN: 30 minutes idle, 12 hours at most, five failures in 15 minutes.
  public init() {}
}

extension Workflow {
  /// Random bytes from the system's generator, as base64url without padding: session ids,
  /// CSRF tokens, the sign-in form's token.
  public static func randomToken(bytes count: Int = 32) -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }

  /// A code people can read out and type: 12 letters and digits without 0/O, 1/I/L.
  static func newCode() -> String {
    let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    var generator = SystemRandomNumberGenerator()
    let letters = (0..<12).map { _ in
      alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
    }
    return stride(from: 0, to: 12, by: 4).map { String(letters[$0..<$0 + 4]) }.joined(
      separator: "-")
  }

  /// A code as typed, made comparable: upper case, without spaces and dashes.
  static func normalisedCode(_ code: String) -> String {
    String(code.uppercased().filter { $0.isLetter || $0.isNumber })
  }

  /// The login of a person the contest knows: a judge's id, a staff member's name.
  static func login(of actor: Actor) -> String { actor.judgeId ?? actor.name }

  /// Issues a one-time sign-in code to a judge or a member of staff (secretariat), valid
  /// `validDays` days; any password and session they had end. Audited, without the code.
  ///
  /// With `mail`, the invitation is also queued in the outbox (the code and the sign-in
  /// link, in the same transaction as the code): to `mail.address`, else the judge's e-mail;
  /// refused, naming what is missing, without an address or without the site's address for
  /// the link (`--base-url`).
  public func invite(
    _ who: String, validDays: Int = 7, mail: InvitationMail? = nil, by person: Person
  ) throws(WorkflowError) -> Invitation {
    try authorize(.accessInvite, person)
    guard (1...90).contains(validDays) else {
      throw .invalid([Problem(field: "valid_days", message: WorkflowText.validDays)])
    }
    let invited = try self.person(named: who)
    guard let actor = invited.actor else { throw .notFound(WorkflowText.stranger(who)) }
    let code = Self.newCode()
    let expires = clock().addingTimeInterval(TimeInterval(validDays) * 86_400)
    let login = Self.login(of: actor)
    let judge = try attempt { try actor.judgeId.flatMap(database.judge(id:)) }
    let name = judge?.name ?? actor.fullName ?? actor.name
    var draft: MailDraft?
    if let mail {
      // An entrant's login is their address: a code mailed there lets one who forgot their
      // password set another.
      let own = judge?.email ?? (actor.role == .entrant ? actor.name : "")
      let address = VietnameseText.clean(mail.address ?? own)
      guard !address.isEmpty else {
        throw .invalid([Problem(field: "email", message: WorkflowText.noAddress(login))])
      }
      guard MailAddress.isValid(address) else {
        throw .invalid([Problem(field: "email", message: WorkflowText.badAddress(address))])
      }
      guard let base = mail.baseURL.flatMap(MailTemplates.siteAddress) else {
        throw .invalid([Problem(field: "base_url", message: WorkflowText.noBaseURL)])
      }
      let contest = try attempt { try database.contest() }
      draft = MailTemplates.invitation(
        to: address, name: name, login: login, code: code, expires: expires, site: base,
        contest: contest, role: actor.role)
    }
    try attempt {
      try database.issueCode(
        login: login, codeHash: Fingerprint.sha256(Array(Self.normalisedCode(code).utf8)),
        expires: AuditContext.format(expires), mail: draft, context: context(person))
    }
    var invitation = Invitation(login: login, name: name, code: code, expires: expires)
    invitation.mailedTo = draft?.recipient
    return invitation
  }

  /// Ends a person's way in: their code, password and every session. Audited.
  public func revokeAccess(_ who: String, by person: Person) throws(WorkflowError) -> String {
    try authorize(.accessRevoke, person)
    let revoked = try self.person(named: who)
    guard let actor = revoked.actor else { throw .notFound(WorkflowText.stranger(who)) }
    let login = Self.login(of: actor)
    _ = try attempt { try database.revokeAccess(login: login, context: context(person)) }
    return login
  }

  /// Signs a person in with their password or their one-time code, from `address`.
  /// `verify` checks a password against its stored (bcrypt) hash: the web application's,
  /// so no password hashing lives here. `throttle` counts failures by login and address
  /// (see `SignInThrottle`): past the free attempts an address waits longer each time; the
  /// audit log gets the first failure of a login from an address in a window, the start of
  /// its slow-down, and one record per address and window for logins that do not exist.
  /// A login that does not exist costs the same bcrypt work as a wrong password
  /// (`dummyHash`, a hash at the same cost), so the time of the answer tells nothing.
  public func signIn(
    login given: String, password: String?, code: String?, address: String,
    rules: AccessRules = AccessRules(), throttle: SignInThrottle, dummyHash: String? = nil,
    verify: (_ password: String, _ hash: String) -> Bool
  ) throws(WorkflowError) -> SignInOutcome {
    let now = clock()
    // No login, or one longer than any name: nothing to look up, nothing to record.
    let cleanedLogin = VietnameseText.clean(given)
    if cleanedLogin.isEmpty || cleanedLogin.count > 200 { return .wrong }
    let store = self.database
    let actor = try attempt { try store.actor(named: cleanedLogin) }
    let login = actor.map(Self.login(of:)) ?? cleanedLogin
    let ticket: SignInThrottle.Ticket
    switch throttle.admit(
      login: login, address: address, known: actor != nil, now: now,
      liftedAt: {
        (try? store.accessLifted(login: login)).flatMap { $0 }.flatMap(AuditContext.parse)
      })
    {
    case .wait(let until): return .locked(until: until)
    case .go(let admitted): ticket = admitted
    }
    var settled = false
    do {
      let credential = actor == nil ? nil : try attempt { try database.credential(login: login) }
      var usedCode: String?
      var good = false
      var codeNote: SignInOutcome?
      if let password, !password.isEmpty {
        if actor != nil, let hash = credential?.passwordHash {
          good = verify(password, hash)
        } else if let dummyHash {
          // The same work whoever is named: the time of the answer says nothing.
          _ = verify(password, dummyHash)
        }
      } else if let code, !code.isEmpty, let credential {
        let given = Fingerprint.sha256(Array(Self.normalisedCode(code).utf8))
        let expires = credential.codeExpires.flatMap(AuditContext.parse)
        if given == credential.codeHash, let expires, expires > now {
          good = true
          usedCode = given
        } else if given == credential.codeHash {
          codeNote = .codeExpired
        } else if given == credential.spentCodeHash {
          codeNote = .codeUsed(at: credential.spentAt.flatMap(AuditContext.parse))
        }
      }
      let who = Person(name: login, actor: actor)
      if good, let actor {
        let token = Self.randomToken()
        let stamp = AuditContext.format(now)
        let stored = StoredSession(
          idHash: Fingerprint.sha256(Array(token.utf8)), login: login, csrf: Self.randomToken(),
          createdAt: stamp, lastSeen: stamp,
          mustSetPassword: usedCode != nil || credential?.passwordHash == nil)
        do {
          try database.startSession(
            stored, usedCode: usedCode, address: address, context: context(who))
          throttle.succeeded(ticket)
          settled = true
          return .signedIn(
            SignedIn(
              token: token,
              identity: WebIdentity(
                login: login, person: Person(name: login, actor: actor), csrf: stored.csrf,
                mustSetPassword: stored.mustSetPassword)))
        } catch StorageError.codeSpent {
          // The code was spent (a password set) or replaced meanwhile: a failure like any other.
        } catch {
          throw WorkflowError(error)
        }
      }
      let note = throttle.failed(ticket, now: clock())
      settled = true
      var events: [(AuditAction, String)] = []
      if note.first { events.append((.accessSignInFailed, WorkflowText.signInFailedCounted)) }
      if note.slowed {
        events.append(
          (.accessLocked, WorkflowText.slowedDown(throttle.rules.free, wait: note.wait ?? 0)))
      }
      if note.firstUnknown {
        events.append((.accessSignInFailed, WorkflowText.unknownLoginCounted))
      }
      for (action, text) in events {
        try attempt {
          try database.recordSignInEvent(
            login: login, address: address, action: action, note: text, context: context(who))
        }
      }
      return codeNote ?? .wrong
    } catch {
      // Whatever went wrong, the admitted attempt is settled (as a failure).
      if !settled { _ = throttle.failed(ticket, now: clock()) }
      throw WorkflowError(error)
    }
  }

  /// Lifts the slow-down of `who`'s failed sign-ins (audited): the serving process forgets
  /// the failures before it at their next attempt. A new invitation does the same.
  public func unlock(_ who: String, by person: Person) throws(WorkflowError) -> String {
    try authorize(.accessUnlock, person)
    let unlocked = try self.person(named: who)
    guard let actor = unlocked.actor else { throw .notFound(WorkflowText.stranger(who)) }
    let login = Self.login(of: actor)
    try attempt { try database.unlock(login: login, context: context(person)) }
    return login
  }

  /// Who the session `token` belongs to, or nil when it does not exist, ran out (idle or
  /// too old: then it is dropped), or its person is no longer on the staff or the jury.
  public func session(token: String, rules: AccessRules = AccessRules()) throws(WorkflowError)
    -> WebIdentity?
  {
    guard token.utf8.count <= 128 else { return nil }
    let idHash = Fingerprint.sha256(Array(token.utf8))
    guard let stored = try attempt({ try database.session(idHash: idHash) }) else { return nil }
    let now = clock()
    let created = AuditContext.parse(stored.createdAt) ?? .distantPast
    let seen = AuditContext.parse(stored.lastSeen) ?? .distantPast
    if now.timeIntervalSince(seen) > rules.idle || now.timeIntervalSince(created) > rules.longest {
      try attempt { try database.dropSession(idHash: idHash) }
      return nil
    }
    // A person no longer on the staff or the jury (a judge removed) is signed in no more.
    guard let actor = try attempt({ try database.actor(login: stored.login) }) else { return nil }
    // Written at most once a minute: a page of requests is not a page of writes.
    if now.timeIntervalSince(seen) > 60 {
      try attempt { try database.touchSession(idHash: idHash, at: AuditContext.format(now)) }
    }
    return WebIdentity(
      login: stored.login, person: Person(name: stored.login, actor: actor), csrf: stored.csrf,
      mustSetPassword: stored.mustSetPassword)
  }

  /// Sets the signed-in person's password; `hash` makes its bcrypt hash. Their other
  /// sessions end. Someone who signed in with a password (not a one-time code) gives it
  /// again as `current`, checked with `verify`: a session left open is not enough.
  ///
  /// A password is refused when it is shorter than `rules.minimumPassword` characters,
  /// longer than bcrypt reads (72 bytes of UTF-8: about 24 Vietnamese letters with their
  /// marks; bcrypt would silently ignore the rest), blank, holds a control character (a NUL
  /// cut it short), or holds the login or the person's name.
  public func setPassword(
    token: String, newPassword: String, current: String? = nil,
    rules: AccessRules = AccessRules(), hash: (String) -> String,
    verify: (_ password: String, _ hash: String) -> Bool = { _, _ in false }
  ) throws(WorkflowError) {
    guard let identity = try session(token: token, rules: rules) else {
      throw .notPermitted(WorkflowText.notSignedIn)
    }
    let actor = identity.person.actor
    let name =
      try attempt { try actor?.judgeId.flatMap(database.judge(id:))?.name } ?? actor?.name
      ?? identity.login
    if let problem = Self.passwordProblem(
      newPassword, login: identity.login, name: name, rules: rules)
    {
      throw .invalid([Problem(field: "new_password", message: problem)])
    }
    if !identity.mustSetPassword {
      let stored = try attempt { try database.credential(login: identity.login)?.passwordHash }
      guard let stored, let current, !current.isEmpty, verify(current, stored) else {
        throw .invalid([
          Problem(field: "current_password", message: WorkflowText.currentPasswordNeeded)
        ])
      }
    }
    let hashed = hash(newPassword)
    try attempt {
      try database.setPassword(
        login: identity.login, hash: hashed, session: Fingerprint.sha256(Array(token.utf8)),
        context: context(identity.person))
    }
  }

  /// What is wrong with `password` as a new password, or nil.
  static func passwordProblem(_ password: String, login: String, name: String, rules: AccessRules)
    -> String?
  {
    if password.unicodeScalars.contains(where: {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }) {
      return WorkflowText.passwordControl
    }
    if password.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return WorkflowText.passwordBlank
    }
    if password.count < rules.minimumPassword {
      return WorkflowText.passwordTooShort(rules.minimumPassword)
    }
    if password.utf8.count > 72 { return WorkflowText.passwordTooLong }
    let folded = VietnameseText.fold(password).replacingOccurrences(of: " ", with: "")
    for part in [login, name] {
      let piece = VietnameseText.fold(part).replacingOccurrences(of: " ", with: "")
      if piece.count >= 3 && folded.contains(piece) { return WorkflowText.passwordHasLogin }
    }
    return nil
  }

  /// Ends the session `token` (audited with the address).
  public func signOut(token: String, address: String) throws(WorkflowError) {
    let idHash = Fingerprint.sha256(Array(token.utf8))
    guard let stored = try attempt({ try database.session(idHash: idHash) }) else { return }
    try attempt {
      try database.endSession(
        idHash: idHash, login: stored.login, address: address,
        context: AuditContext(actor: stored.login, now: clock()))
    }
  }
}
