"""Serve folders of static example sites on loopback, one port per site.

Each sub-folder of the root is one site. Files are served as they are
(``/fr/contact/`` serves ``fr/contact/index.html``; ``/a`` serves ``a``,
``a.html`` or ``a/index.html``). An optional ``site.yml`` in the site folder
adds server behaviour that static files cannot express::

    redirects: {"/": "/fr/", "/old": "https://elsewhere.example/"}   # 302
    status: {"/broken/": 500}          # answer this status with a short body
    delay: {"/slow/": 3.0}             # seconds to wait before answering
    auth: "user:password"              # HTTP basic auth on every path
    lang_redirect: true                # "/" redirects by Accept-Language

In robots.txt and *.xml files, ``{{origin}}`` becomes the site's own
``http://127.0.0.1:PORT`` (sitemaps need absolute URLs).

Every request is logged per site, so tests can prove what was (not) fetched.

    >>> server = SiteServer(Path("examples/sites")).start()   # doctest: +SKIP
    >>> server.urls["federal-mobility"]                          # doctest: +SKIP
    'http://127.0.0.1:40123/'
"""

from __future__ import annotations

import argparse
import base64
import csv
import mimetypes
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

mimetypes.add_type("image/webp", ".webp")
mimetypes.add_type("image/svg+xml", ".svg")
mimetypes.add_type("application/xml", ".xml")


@dataclass
class SiteConfig:
    root: Path
    redirects: dict[str, str] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)
    delay: dict[str, float] = field(default_factory=dict)
    auth: str | None = None
    lang_redirect: bool = False

    @classmethod
    def load(cls, root: Path) -> "SiteConfig":
        path = root / "site.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        data = data or {}
        return cls(
            root=root,
            redirects=dict(data.get("redirects") or {}),
            status={k: int(v) for k, v in (data.get("status") or {}).items()},
            delay={k: float(v) for k, v in (data.get("delay") or {}).items()},
            auth=data.get("auth"),
            lang_redirect=bool(data.get("lang_redirect", False)),
        )


def _handler_for(config: SiteConfig, log: list[str], lock: threading.Lock):
    class Handler(BaseHTTPRequestHandler):
        server_version = "example-site/1"

        def log_message(self, *args):  # keep test output quiet
            pass

        def do_HEAD(self):
            self._serve(head=True)

        def do_GET(self):
            self._serve(head=False)

        def _serve(self, head: bool) -> None:
            path = unquote(urlsplit(self.path).path) or "/"
            with lock:
                log.append(path)
            if path in config.delay:
                time.sleep(config.delay[path])
            if config.auth and not self._authorised():
                self._reply(401, b"authentication required", "text/plain",
                            {"WWW-Authenticate": 'Basic realm="staging"'}, head)
                return
            if path in config.redirects:
                self._reply(302, b"", "text/plain", {"Location": config.redirects[path]}, head)
                return
            if config.lang_redirect and path == "/":
                lang = (self.headers.get("Accept-Language") or "fr")[:2].lower()
                self._reply(302, b"", "text/plain", {"Location": f"/{lang}/"}, head)
                return
            if path in config.status:
                code = config.status[path]
                self._reply(code, f"status {code}".encode(), "text/plain", {}, head)
                return
            file = self._resolve(path)
            if file is None:
                self._reply(404, b"<html><body><h1>404</h1></body></html>", "text/html", {}, head)
                return
            ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            if ctype.startswith("text/") or ctype in ("application/xml", "image/svg+xml"):
                ctype += "; charset=utf-8"
            body = file.read_bytes()
            if file.name == "robots.txt" or file.suffix == ".xml":
                host, port = self.server.server_address[:2]
                body = body.replace(b"{{origin}}", f"http://{host}:{port}".encode())
            self._reply(200, body, ctype, {}, head)

        def _authorised(self) -> bool:
            header = self.headers.get("Authorization") or ""
            if not header.startswith("Basic "):
                return False
            try:
                return base64.b64decode(header[6:]).decode() == config.auth
            except ValueError:
                return False

        def _resolve(self, path: str) -> Path | None:
            root = config.root.resolve()
            rel = path.lstrip("/")
            candidates = [rel + "index.html"] if rel.endswith("/") or not rel else [
                rel, rel + ".html", rel + "/index.html"]
            for candidate in candidates:
                file = (root / candidate).resolve()
                if file.is_file() and root in file.parents and file.name != "site.yml":
                    return file
            return None

        def _reply(self, code, body, ctype, headers, head) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


class SiteServer:
    """Every site folder under ``root`` on its own loopback port."""

    handler_factory = staticmethod(_handler_for)  # (SiteConfig, request log, lock) -> handler class

    def __init__(self, root: Path, host: str = "127.0.0.1"):
        self.root = Path(root)
        self.host = host
        self.urls: dict[str, str] = {}
        self.requests: dict[str, list[str]] = {}
        self._servers: list[ThreadingHTTPServer] = []
        self._lock = threading.Lock()

    def start(self) -> "SiteServer":
        for site in sorted(p for p in self.root.iterdir() if p.is_dir()):
            log: list[str] = []
            handler = self.handler_factory(SiteConfig.load(site), log, self._lock)
            server = ThreadingHTTPServer((self.host, 0), handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)
            self.urls[site.name] = f"http://{self.host}:{server.server_address[1]}/"
            self.requests[site.name] = log
        return self

    def write_listing(self, path: Path, auth: bool = False) -> Path:
        """The ``--sites`` CSV of ``complaint-lint scan`` for every served site (name, url and,
        with ``auth``, each site's site.yml credentials)."""
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["name", "url", "auth"] if auth else ["name", "url"])
            for name, url in self.urls.items():
                writer.writerow([name, url, SiteConfig.load(self.root / name).auth or ""] if auth else [name, url])
        return path

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path, nargs="?", default=Path(__file__).parent / "sites")
    args = parser.parse_args()
    with SiteServer(args.root) as server:
        for name, url in server.urls.items():
            print(f"{name}\t{url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
