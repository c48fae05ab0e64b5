extension Entry {
  /// The entry as JSON, with the column names of the entries CSV: what audit records store
  /// and what `entry list --format json` and `entry export --format json` print.
  public var jsonValue: JSONValue {
    .object([
      "code": .string(code),
      "title": .string(draft.title),
      "category": .string(draft.category.rawValue),
      "entrant_kind": .string(draft.entrantKind.rawValue),
      "authors": .array(
        draft.authors.map { author in
          .object(["name": .string(author.name), "unit": .optional(author.unit)])
        }),
      "unit": .string(draft.unit),
      "field": .string(draft.field),
      "received_by": .string(draft.receivedBy),
      "received_on": .string(draft.receivedOn.iso),
      "summary": .string(draft.summary),
      "contact": .string(draft.contact),
      "status": .string(status.rawValue),
      "status_reason": .optional(statusReason),
      "late_reason": .optional(lateReason),
    ])
  }
}
