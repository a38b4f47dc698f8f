import Hummingbird
import Logging
import NIOCore

/// Injects the faults waiting in the book into the answers of their paths: the outermost middleware, so a fault
/// "after" sees the answer the routes (and the error middleware) made.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext
    let book: FaultBook
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let fault = await book.take(path: request.uri.path) else { return try await next(request, context) }
        context.logger.debug("injecting a fault", metadata: ["path": "\(fault.path)", "kind": "\(fault.kind.rawValue)",
                                                           "stage": "\(fault.stage.rawValue)"])
        var request = request
        let answer: Response
        switch fault.stage {
        case .before:
            // The whole request has arrived before anything goes wrong.
            _ = try? await request.collectBody(upTo: bodyLimit)
            if fault.kind == .delay {
                try await pause(fault, on: context.channel)
                return try await next(request, context)
            }
            answer = FaultAnswers.notice(fault.kind, status: fault.status ?? 200, to: request, context: context)
        case .after:
            answer = try await next(request, context)
            if fault.kind == .delay {
                try await pause(fault, on: context.channel)
                return answer
            }
        }
        if fault.kind == .reset {
            await FaultAnswers.reset(context.channel)
            throw FaultAnswers.Injected.reset
        }
        return await FaultAnswers.apply(fault, to: answer, of: request, context: context) { [book] in await book.noteAbandoned() }
    }

    /// A delay fault's pause; a client hanging up meanwhile is counted before the request is dropped.
    func pause(_ fault: InjectedFault, on channel: any Channel) async throws {
        do { try await HangUpWatcher.pause(fault.interval, on: channel) } catch {
            await book.noteAbandoned()
            throw error
        }
    }
}
