import SangKienCLI
import SangKienWeb

// The command line, with the web application behind `serve` and `demo --serve`: the one
// place the two front ends meet.
SangKienCommand.main { target, request, ready in
  switch target {
  case .contest(let workflow):
    try WebServer.serve(
      workflow, host: request.host, port: request.port, baseURL: request.baseURL,
      secureCookies: request.secureCookies, trustedProxies: request.trustedProxies, ready: ready)
  case .folder(let folder):
    try WebServer.serve(
      folder: folder, host: request.host, port: request.port, baseURL: request.baseURL,
      secureCookies: request.secureCookies, trustedProxies: request.trustedProxies,
      ready: { port, _, _ in ready(port) })
  }
}
