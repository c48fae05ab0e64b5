import SangKienCLI
import SangKienWeb

// The command line, with the web application behind `serve` and `demo --serve`: the one
// place the two front ends meet.
SangKienCommand.main { workflow, request, ready in
  try WebServer.serve(
    workflow, host: request.host, port: request.port, baseURL: request.baseURL,
    secureCookies: request.secureCookies, trustedProxies: request.trustedProxies, ready: ready)
}
