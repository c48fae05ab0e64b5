import Foundation
import Mustache
import SangKienInterchange
import SangKienModel

/// A page's template: a file `Resources/templates/NAME.mustache`.
enum Page: String, CaseIterable, Sendable {
  case layout, message, password, worklist, sheet
  case signIn = "sign-in"
  case progress, extra, reminders, register, entry, ranking, statistics
  case progressLive = "progress-live"
  case roundNav = "round-nav"
  case jury, assign
  case settings, rounds, advance, prizes, check
  case index, preview, mail
  case call, results, verify, submissions, submission, receipt, intake
  case complaints, complaint
  case signUp = "sign-up"
  case contests
}

/// The pages' templates, loaded once from the module's resources. Every value goes through
/// the template engine's escaping by Unicode scalar (`SafeMustache`); `{{{…}}}` takes only
/// HTML these templates made.
enum Templates {
  /// Every template, parsed once at start (a partial `{{> round-nav}}` by its file's name).
  static let library: MustacheLibrary = {
    var library = MustacheLibrary()
    for page in Page.allCases {
      let source = WebResources.text("templates/\(page.rawValue).mustache")
      do {
        library.register(try SafeMustache.template(source), named: page.rawValue)
      } catch {
        // The templates ship with the program and a test renders every one of them.
        fatalError("templates/\(page.rawValue).mustache does not parse: \(error)")
      }
    }
    return library
  }()

  /// `content` (a rendered page) inside the layout: the header, the navigation of the staff,
  /// the language switch.
  static func layout(
    _ content: String, title: String, identity: (name: String, csrf: String, role: Role)?,
    folder: Bool = false
  ) throws -> String {
    try render(
      LayoutView(content: content, title: title, identity: identity, folder: folder), as: .layout)
  }

  /// A typed view rendered with `template` (a part of a page, without the layout).
  static func render(_ view: Any, as template: Page) throws -> String {
    guard let text = library.render(values(of: view), withTemplate: template.rawValue) else {
      throw WebResources.Missing(name: template.rawValue + ".mustache")
    }
    return text
  }

  /// A typed view rendered with `template`, inside the layout.
  static func page(
    _ template: Page, view: Any, title: String?,
    identity: (name: String, csrf: String, role: Role)?
  ) throws -> String {
    guard let content = library.render(values(of: view), withTemplate: template.rawValue) else {
      throw WebResources.Missing(name: template.rawValue + ".mustache")
    }
    return try layout(
      content, title: title ?? WebWords.title(of: template), identity: identity,
      folder: template == .contests)
  }

  /// A typed view as the dictionaries the template engine reads fastest: each struct
  /// reflected once, here, rather than once for every name a template looks up in it
  /// (swift-mustache reflects a struct per lookup, which made the ranking page of 200 rows
  /// half again as slow as its dictionaries). An optional that is nil is left out.
  static func values(of view: Any) -> Any {
    // What templates print is mostly text and numbers: no reflection for those.
    if view is String || view is Int || view is Bool || view is Int64 { return view }
    let mirror = Mirror(reflecting: view)
    switch mirror.displayStyle {
    case .struct, .class:
      var values: [String: Any] = [:]
      for child in mirror.children {
        guard let label = child.label, let value = unwrap(child.value) else { continue }
        values[label] = Self.values(of: value)
      }
      return values
    case .collection:
      return mirror.children.compactMap { unwrap($0.value) }.map(values(of:))
    case .optional:
      return unwrap(view).map(values(of:)) as Any
    default:
      return view
    }
  }

  /// The value an optional holds, nil for none (any other value as it is).
  static func unwrap(_ value: Any) -> Any? {
    if value is String || value is Int || value is Bool || value is Int64 { return value }
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first.map { unwrap($0.value) } ?? nil
  }
}
