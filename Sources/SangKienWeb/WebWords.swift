import Foundation
import SangKienModel

/// The pages' fixed words, Vietnamese and English side by side by page and key
/// (`Resources/words.json`): a template says `{{t.heading}}`, and the handler passes only
/// the values it worked out.
enum WebWords {
  /// Page → key → language → text, read once.
  static let catalog: [String: [String: [String: String]]] = {
    let bytes = WebResources.bytes("words.json")
    guard
      let catalog = try? JSONDecoder().decode(
        [String: [String: [String: String]]].self, from: Data(bytes))
    else { fatalError("Resources/words.json is not a catalog of page → key → {vi, en}") }
    return catalog
  }()

  /// The words of `page` in the current language.
  static func words(for page: Page) -> [String: String] {
    let language = Language.current.rawValue
    return (catalog[page.rawValue] ?? [:]).compactMapValues { $0[language] }
  }
}
