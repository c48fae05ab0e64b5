import Foundation

/// The files under `Resources/` that ship with the web module (SwiftPM resources): the
/// templates, the style sheet, the script and the OpenAPI document.
enum WebResources {
  /// A resource the program was built without.
  struct Missing: Error, CustomStringConvertible {
    var name: String
    var description: String { "the web module's resource \(name) is missing" }
  }

  /// The folder the resources were copied to.
  static let folder: URL = {
    // Foundation on Linux takes a bundle's `Resources` folder for its resource folder, and
    // on macOS does not: the folder holding `openapi.json`, whichever it is.
    let bundle = Bundle.module
    let candidates = [
      bundle.resourceURL, bundle.resourceURL?.appendingPathComponent("Resources"),
      bundle.bundleURL.appendingPathComponent("Resources"),
    ].compactMap { $0 }
    guard
      let found = candidates.first(where: {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("openapi.json").path)
      })
    else { fatalError("the web module's resources are missing from \(bundle.bundleURL.path)") }
    return found
  }()

  /// The bytes of `path` (relative to `Resources/`).
  static func bytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
    else { fatalError(Missing(name: path).description) }
    return [UInt8](data)
  }

  /// The text of `path` (UTF-8).
  static func text(_ path: String) -> String { String(decoding: bytes(path), as: UTF8.self) }

  /// The style sheet, the script and the OpenAPI document, read once.
  static let css = bytes("static/app.css")
  static let script = bytes("static/app.js")
  static let openAPI = bytes("openapi.json")
}
