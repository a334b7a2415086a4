import Foundation

/// The script the preview adds to every page it serves: it listens for server-sent events,
/// reloads the page after each successful build, and shows the diagnostics of a failed build
/// over the page until a build succeeds again. A file, not inline code, so the site's
/// Content-Security-Policy (`script-src 'self'`) holds.
enum LiveReload {
    static let scriptPath = "/_opsguide/live.js"
    static let eventsPath = "/_opsguide/events"

    /// The page with the script tag before its `</head>` (at the end when it has none).
    static func inject(into html: [UInt8]) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\"></script>\n".utf8)
        let end = Array("</head>".utf8)
        let head = html.indices.first { index in
            html[index] == end[0] && html[index...].starts(with: end)
        } ?? html.endIndex
        return Data(html[..<head]) + tag + Data(html[head...])
    }

    static let script = #"""
        (function () {
          "use strict";
          var overlay = null;
          function clear() {
            if (overlay) { overlay.remove(); overlay = null; }
          }
          function show(diagnostics) {
            clear();
            overlay = document.createElement("section");
            overlay.id = "opsguide-overlay";
            overlay.setAttribute("role", "alert");
            overlay.setAttribute("aria-label", "Build errors");
            var s = overlay.style;
            s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
            s.background = "rgba(20, 20, 24, 0.94)"; s.color = "#fff"; s.padding = "2rem";
            s.font = "14px/1.5 ui-monospace, monospace";
            var title = document.createElement("h2");
            title.textContent = "The last edit does not build — showing the last good version underneath";
            title.style.color = "#ff8a80";
            overlay.appendChild(title);
            var list = document.createElement("ul");
            diagnostics.forEach(function (d) {
              var item = document.createElement("li");
              var where = d.file + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "");
              item.textContent = where + ": " + d.severity + ": " + d.message;
              item.style.color = d.severity === "error" ? "#ffcdd2" : "#fff59d";
              item.style.marginBottom = "0.5rem";
              list.appendChild(item);
            });
            overlay.appendChild(list);
            document.body.appendChild(overlay);
          }
          var source = new EventSource("/_opsguide/events");
          source.addEventListener("reload", function () { window.location.reload(); });
          source.addEventListener("connected", clear);
          source.addEventListener("diagnostics", function (event) { show(JSON.parse(event.data)); });
        })();
        """#
}
