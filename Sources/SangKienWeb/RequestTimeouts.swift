import Foundation
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request head (the request line and headers) has not arrived
/// in full within `limit` of the connection opening or the last response ending.
///
/// What an attack found: 200 half-sent requests held their connections for 60 s and, with
/// a small descriptor limit, new visitors timed out. The server's idle timeout closes a
/// connection that says nothing; this closes one that trickles its headers a byte at a
/// time. A request's body is not bounded in time here (a large upload on a slow line is
/// legitimate; its size is bounded by the routes). A reverse proxy is not always there.
final class RequestHeadTimeout: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  private let limit: TimeAmount
  private var timer: Scheduled<Void>?

  init(limit: TimeAmount) { self.limit = limit }

  func handlerAdded(context: ChannelHandlerContext) {
    if context.channel.isActive { arm(context) }
  }

  func channelActive(context: ChannelHandlerContext) {
    arm(context)
    context.fireChannelActive()
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    timer?.cancel()
    timer = nil
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    if case .head = unwrapInboundIn(data) {
      timer?.cancel()
      timer = nil
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    // The response is out: the next request's head has `limit` to arrive.
    if case .end = unwrapOutboundIn(data) { arm(context) }
    context.write(data, promise: promise)
  }

  private func arm(_ context: ChannelHandlerContext) {
    timer?.cancel()
    let channel = context.channel
    timer = context.eventLoop.scheduleTask(in: limit) {
      channel.close(promise: nil)
    }
  }
}
