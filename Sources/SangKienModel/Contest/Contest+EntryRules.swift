extension Contest {
  /// A contest rule an entry draft breaks, named by the entries CSV column at fault.
  public struct EntryProblem: Hashable, Sendable {
    /// The column id (`received_on`, `category`).
    public var column: String
    /// What is wrong.
    public var message: String
  }

  /// The contest's rules an entry breaks: a category the contest does not run, or a day
  /// received after the deadline (allowed only when `lateAllowed`).
  public func problems(with draft: EntryDraft, lateAllowed: Bool) -> [EntryProblem] {
    var problems: [EntryProblem] = []
    if !categories.contains(draft.category) {
      problems.append(
        EntryProblem(
          column: "category",
          message: Language.text(
            vi: "cuộc thi không nhận loại '\(draft.category.vietnamese)'",
            en: "the contest takes no '\(draft.category.rawValue)' entries")))
    }
    if draft.receivedOn > deadline && !lateAllowed {
      problems.append(
        EntryProblem(
          column: "received_on",
          message: Language.text(
            vi:
              "nhận ngày \(draft.receivedOn.vietnamese), sau hạn \(deadline.vietnamese); \(Remedy.acceptLate.text)",
            en:
              "received \(draft.receivedOn.iso), after the deadline \(deadline.iso); \(Remedy.acceptLate.text)"
          )))
    }
    return problems
  }
}
