import Foundation
import SangKienWorkflow

/// Where `serve` and `demo --serve` were asked to listen.
public struct ServeRequest: Sendable, Hashable {
  /// The address to listen on.
  public var host: String
  /// The port (0 picks a free one).
  public var port: Int
  /// The address people reach the server at, behind a reverse proxy.
  public var baseURL: String?
  /// Whether the session cookie goes only over HTTPS.
  public var secureCookies: Bool
  /// Reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed.
  public var trustedProxies: Set<String>

  /// Creates a request to serve.
  public init(
    host: String, port: Int, baseURL: String? = nil, secureCookies: Bool = false,
    trustedProxies: Set<String> = []
  ) {
    self.host = host
    self.port = port
    self.baseURL = baseURL
    self.secureCookies = secureCookies
    self.trustedProxies = trustedProxies
  }
}

/// What `serve` serves: one contest's database, or every contest database of a folder
/// (`--contests DIR`), each under `/c/{contest-id}/`.
public enum ServeTarget: Sendable {
  case contest(Workflow)
  case folder(String)
}

/// Runs the web application on a contest or a folder of them until SIGTERM or SIGINT,
/// telling the last argument the port once it listens.
///
/// The executable gives it (`SangKienCommand.main(serving:)`): it links the web module and
/// the command line's library does not, so neither front end depends on the other.
public typealias WebServing =
  @Sendable (ServeTarget, ServeRequest, @escaping @Sendable (Int) -> Void) throws -> Void

/// The web application the executable gave, if any.
enum WebServingSlot {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var stored: WebServing?

  /// The server `serve` runs; nil in a build without the web application (the tests').
  static var server: WebServing? {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}

extension SangKienCommand {
  /// Runs the command line with `serving` behind `serve` and `demo --serve`.
  public static func main(serving: @escaping WebServing) {
    WebServingSlot.server = serving
    main()
  }
}
