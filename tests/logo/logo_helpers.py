"""Helpers shared by the logo tests (a module name no other test folder uses)."""

from __future__ import annotations

import http.server
import io
import threading

from PIL import Image


def png_bytes(im: Image.Image, fmt: str = "PNG", **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


class LoopbackServer:
    """Serves a dict {path: (content_type, bytes)} on 127.0.0.1 and logs requests."""

    def __init__(self, files: dict[str, tuple[str, bytes]]):
        self.files = files
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.requests.append(self.path)
                item = outer.files.get(self.path.split("?")[0])
                if item is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                ctype, body = item
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # quiet
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "LoopbackServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
