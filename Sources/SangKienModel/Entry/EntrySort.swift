import Foundation

/// The orders an entry list can be sorted in.
public enum EntrySort: String, Sendable, CaseIterable {
  /// By code, i.e. in order of registration.
  case code
  /// By title, in Vietnamese alphabetical order.
  case title
  /// By first author: given name, then middle, then family name, in Vietnamese order.
  case author

  /// The entries in this order; equal keys keep code order.
  public func sorted(_ entries: [Entry]) -> [Entry] {
    switch self {
    case .code:
      return entries.sorted { lhs, rhs in
        (lhs.code.count, lhs.code) < (rhs.code.count, rhs.code)
      }
    case .title:
      return stable(entries) { VietnameseText.compare($0.draft.title, $1.draft.title) }
    case .author:
      return stable(entries) { lhs, rhs in
        let left = lhs.draft.authors.first?.name ?? ""
        let right = rhs.draft.authors.first?.name ?? ""
        if VietnameseText.namePrecedes(left, right) { return .orderedAscending }
        if VietnameseText.namePrecedes(right, left) { return .orderedDescending }
        return .orderedSame
      }
    }
  }

  private func stable(
    _ entries: [Entry], by compare: (Entry, Entry) -> ComparisonResult
  ) -> [Entry] {
    let byCode = EntrySort.code.sorted(entries)
    return byCode.enumerated().sorted { lhs, rhs in
      switch compare(lhs.element, rhs.element) {
      case .orderedAscending: true
      case .orderedDescending: false
      case .orderedSame: lhs.offset < rhs.offset
      }
    }.map(\.element)
  }
}
