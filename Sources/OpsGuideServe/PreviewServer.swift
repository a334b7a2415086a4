import FlyingFox
import FlyingSocks
import Foundation
import OpsGuideKit

/// `opsguide serve`: builds the site into memory (never into site/), serves it on a local port,
/// rebuilds when content or templates change and tells open tabs to reload — or, when the new
/// build fails, keeps serving the last good site and shows the diagnostics over it.
public final class PreviewServer: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let options: BuildOptions
    public let host: String
    public let port: UInt16
    public let state = PreviewState()
    private let builder: PreviewBuilder
    private let server: HTTPServer

    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) throws {
        self.options = options
        self.host = host
        self.port = port
        builder = PreviewBuilder(options: options)
        do {
            if host.contains(":") {
                server = HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: port), timeout: 15, logger: .disabled)
            } else {
                server = HTTPServer(address: try sockaddr_in.inet(ip4: host, port: port), timeout: 15, logger: .disabled)
            }
        } catch {
            throw Failure(description: "'\(host)' is not an IP address; use e.g. 127.0.0.1 or ::1")
        }
    }

    /// The port actually bound (useful with `port: 0`).
    public var listeningPort: UInt16? {
        get async {
            guard case .ip4(_, let port)? = await server.listeningAddress else {
                if case .ip6(_, let port)? = await server.listeningAddress { return port }
                return nil
            }
            return port
        }
    }

    /// Builds, starts watching and serves until the task is cancelled.
    public func run(onReady: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        await builder.rebuild(into: state)
        let watcher = try FolderWatcher(folders: [options.content, options.templates].map { DisplayPath.absolute($0, in: FileManager.default.currentDirectoryPath) }) { [builder, state] paths in
            builder.written(paths)
            Task { await builder.rebuild(into: state) }
        }
        watcher.start()
        await server.appendRoute(HTTPRoute(methods: [.GET], path: LiveReload.scriptPath)) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"], body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute(HTTPRoute(methods: [.GET], path: LiveReload.eventsPath)) { [state] _ in
            let events = await state.subscribe()
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: EventStreamBody(events: events), suggestedBufferSize: 1024))
        }
        await server.appendRoute(HTTPRoute(methods: [.GET], path: "*")) { [state] request in
            await Self.serveFile(request, from: state)
        }
        await server.appendRoute(HTTPRoute(methods: [.HEAD], path: "*")) { [state] request in
            var response = await Self.serveFile(request, from: state)
            response.payload = .httpBody(HTTPBodySequence())
            return response
        }
        let ready = Task { [server, host] in
            try await server.waitUntilListening()
            let port = await self.listeningPort ?? 0
            onReady("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
        }
        defer { ready.cancel() }
        do {
            try await server.run()
        } catch let SocketError.failed(type, code, _) where code == EADDRINUSE || type == "bind" {
            throw Failure(description: "port \(port) on \(host) is already in use; stop the other server or pick another port, e.g. --port \(port == UInt16.max ? 8001 : port + 1)")
        }
    }

    private static func serveFile(_ request: HTTPRequest, from state: PreviewState) async -> HTTPResponse {
        guard let path = SitePath.resolve(request.target.path()), let data = await state.file(path) else {
            let page = await state.file(SiteMap.notFound) ?? Data("Not found\n".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: page)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: ContentType.of(path), .cacheControl: "no-store"], body: data)
    }
}
