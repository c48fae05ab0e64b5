import Foundation
import SangKienModel
internal import SangKienStorage

/// Reports how far a long use case is: told the count done so far.
public protocol ProgressReporter: Sendable {
  /// Starts a task of `total` steps (nil: unknown), labelled for a person; returns the
  /// function to call with the steps done, and the one to call at the end.
  func start(_ label: String, total: Int?) -> (update: (Int) -> Void, finish: () -> Void)
}

/// The contest's use cases, one method each, for every front end (the command line, the
/// web application).
///
/// A method takes the person acting and typed input, checks that they may (refusals are
/// audited), runs its checks and its write in one transaction, and returns a typed result
/// or throws a `WorkflowError`. Nothing loaded outlives the call; the clock, progress
/// reporting and random seeds come from outside.
public struct Workflow: Sendable {
  /// The contest database: the front ends see the use cases, never the storage.
  let database: ContestDatabase
  /// The current time.
  public let clock: @Sendable () -> Date
  /// Where long tasks report progress; nil reports nothing.
  public let progress: (any ProgressReporter)?
  /// The entries of the other editions near-duplicates are looked for in, given the own
  /// contest's id; nil: the other contest databases of this file's folder, each read without
  /// writing. A server holding those files open gives its own (`serve --contests`: a file
  /// this process has open must be read through its connections).
  public var editions: (@Sendable (String) -> [SimilarityDocument])?
  /// The near-duplicates' index, kept while the entries it was made of do not change.
  let similarity = SimilarityCache()

  /// A workflow on `database` (a front end opens a file with `open(path:)`).
  init(
    database: ContestDatabase, clock: @escaping @Sendable () -> Date = { Date() },
    progress: (any ProgressReporter)? = nil
  ) {
    self.database = database
    self.clock = clock
    self.progress = progress
  }

  /// A workflow on the database file at `path`.
  public static func open(
    path: String, clock: @escaping @Sendable () -> Date = { Date() },
    progress: (any ProgressReporter)? = nil
  ) throws(WorkflowError) -> Workflow {
    do {
      return Workflow(
        database: try ContestDatabase.open(path: path), clock: clock, progress: progress)
    } catch {
      throw WorkflowError(storage: error)
    }
  }

  /// Who `name` is: a member of staff (by name) or an active judge (by id or full name).
  /// A name nobody has gives a person with no actor, whom every use case refuses.
  public func person(named name: String) throws(WorkflowError) -> Person {
    let cleaned = VietnameseText.clean(name)
    guard !cleaned.isEmpty else {
      throw .invalid([Problem(field: "actor", message: WorkflowText.emptyActor)])
    }
    return try attempt { Person(name: cleaned, actor: try database.actor(named: cleaned)) }
  }

  /// The stored code `given` names. To a judge, a code the register does not hold is passed
  /// on as given, so that it is refused as any entry not theirs is: which codes exist, and
  /// which are on a round's list, is not a judge's to learn from the answers.
  func entryCode(_ given: String, for person: Person) throws(WorkflowError) -> String {
    do {
      return try database.canonicalCode(given)
    } catch .entryNotFound where person.actor?.role == .judge {
      return VietnameseText.clean(given)
    } catch {
      throw WorkflowError(storage: error)
    }
  }

  /// The audit context of a change by `person`, now.
  func context(_ person: Person) -> AuditContext {
    AuditContext(actor: person.name, now: clock())
  }

  /// Checks that `person` may carry out `useCase` (on `judge`'s work); a refusal is audited
  /// and thrown. Returns who they are.
  @discardableResult
  func authorize(_ useCase: UseCase, _ person: Person, judge: String? = nil) throws(WorkflowError)
    -> Actor
  {
    if let reason = Policy.refusal(useCase, by: person, judge: judge) {
      // Audited, except where nothing can be written (an archive copy opened read-only).
      if !database.isReadOnly {
        try attempt {
          try database.recordRefusal(
            command: useCase.rawValue, reason: reason, context: context(person))
        }
      }
      throw .notPermitted(reason)
    }
    return person.actor!
  }

  /// Checks, for a front end about to refuse a request's input, that `person` may carry out
  /// `useCase` at all: one who may not is told so (and audited) rather than told what was
  /// wrong with the input.
  public func permit(_ useCase: UseCase, _ person: Person) throws(WorkflowError) {
    try authorize(useCase, person)
  }

  /// Runs `body`, classifying whatever it throws.
  func attempt<T>(_ body: () throws -> T) throws(WorkflowError) -> T {
    do {
      return try body()
    } catch {
      throw WorkflowError(error)
    }
  }

  /// Runs `body` as one transaction of `person`'s (see `ContestDatabase.transaction`).
  func transaction<T>(_ person: Person, commit: Bool = true, _ body: () throws -> T)
    throws(WorkflowError) -> T
  {
    try attempt { try database.transaction(context(person), commit: commit, body) }
  }

  /// Reports progress of a task, when a reporter is given.
  func report(_ label: String, total: Int?) -> (update: (Int) -> Void, finish: () -> Void) {
    progress?.start(label, total: total) ?? ({ _ in }, {})
  }
}
