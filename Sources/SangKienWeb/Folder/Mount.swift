import SangKienModel

/// Where a contest's application answers: at the site's root when `serve` has one contest,
/// under `/c/{contest-id}` when it serves a folder (`serve --contests DIR`). The routes,
/// templates and controllers are written for the root; what leaves the application is moved
/// under the contest's prefix at the few places it leaves: a page's HTML (`rebase`), a
/// redirect's `Location`, a cookie's path, a path in a JSON answer. The contest is the task's
/// (`ContestScope`), which the folder's dispatcher sets for each request.
enum Mount {
  /// The prefix of the contest the task works for: "" alone, `/c/{contest-id}` in a folder.
  static var base: String { ContestScope.id.map { "/c/" + $0 } ?? "" }

  /// `path` (a path of the application, from `/`) as the browser reaches it.
  static func path(_ path: String) -> String {
    let base = self.base
    return base.isEmpty ? path : base + path
  }

  /// A path the browser sent back (a `next` field, a page's own address): the application's
  /// path, without the contest's prefix when it has it.
  static func local(_ path: String) -> String {
    let base = self.base
    guard !base.isEmpty else { return path }
    if path == base { return "/" }
    return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count)) : path
  }

  /// A page's HTML with every root-relative URL of its attributes (`href="/…"`,
  /// `action="/…"`, `src="/…"`, `data-api="/…"`, a hidden `next`) under the contest's prefix.
  /// Only the templates write `="/`: every value put in a page is escaped, its `"` as
  /// `&quot;`, so nothing an entrant or a judge typed can be taken for an attribute here. A
  /// protocol-relative `="//…"` is left as it is.
  static func rebase(_ html: String) -> String {
    let base = self.base
    guard !base.isEmpty else { return html }
    var out = ""
    out.reserveCapacity(html.utf8.count + 64 * base.utf8.count)
    var rest = html[...]
    while let found = rest.range(of: "=\"/") {
      out += rest[..<found.upperBound].dropLast()
      let after = rest[found.upperBound...]
      if !after.hasPrefix("/") { out += base }
      out += "/"
      rest = after
    }
    out += rest
    return out
  }
}
