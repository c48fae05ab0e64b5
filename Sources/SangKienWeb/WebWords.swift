import Foundation
import SangKienModel

/// The pages' fixed words, Vietnamese and English side by side by page and key
/// (`Resources/words.json`): a template says `{{t.heading}}` (or iterates `{{#t.headers}}`),
/// the layout takes the page's `title`, and the handler passes only the values it worked
/// out.
enum WebWords {
  /// One word or a list of them (a table's column headings).
  enum Value: Decodable, Equatable {
    case text(String)
    case list([String])

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        self = .text(text)
      } else {
        self = .list(try container.decode([String].self))
      }
    }

    /// What a template is given.
    var rendered: Any {
      switch self {
      case .text(let text): text
      case .list(let list): list
      }
    }

    /// Whether there is nothing to say.
    var isEmpty: Bool {
      switch self {
      case .text(let text): text.isEmpty
      case .list(let list): list.isEmpty || list.contains(where: \.isEmpty)
      }
    }
  }

  /// Page → key → language → words, read once.
  static let catalog: [String: [String: [String: Value]]] = {
    let bytes = WebResources.bytes("words.json")
    do {
      return try JSONDecoder().decode([String: [String: [String: Value]]].self, from: Data(bytes))
    } catch {
      fatalError("Resources/words.json is not a catalog of page → key → {vi, en}: \(error)")
    }
  }()

  /// The words of `page` in the current language.
  static func words(for page: Page) -> [String: Any] {
    let language = Language.current.rawValue
    return (catalog[page.rawValue] ?? [:]).compactMapValues { $0[language]?.rendered }
  }

  /// The page's title in the current language (its catalog's `title`), or its name.
  static func title(of page: Page) -> String {
    guard case .text(let title)? = catalog[page.rawValue]?["title"]?[Language.current.rawValue]
    else { return page.rawValue }
    return title
  }
}
