"""A headless Chromium driven through its DevTools protocol over a pipe
(``--remote-debugging-pipe``: file descriptors 3 and 4, JSON messages separated by
NUL bytes). No WebSocket library, no port, nothing but the standard library.

    with Chromium.launch() as browser:
        page = browser.new_page()
        page.goto(Path("index.html").resolve().as_uri())
        page.eval("document.title")
        page.screenshot(Path("shot.png"))
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--disable-dev-shm-usage",
         "--remote-debugging-pipe"]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


class CdpError(RuntimeError):
    pass


class Chromium:
    def __init__(self, proc: subprocess.Popen, to_browser: int, from_browser: int, profile: str):
        self.proc, self._out, self._in, self.profile = proc, to_browser, from_browser, profile
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    @classmethod
    def launch(cls, executable: str | None = None, window: tuple[int, int] = (1280, 900)) -> "Chromium":
        executable = executable or find_chromium()
        if not executable:
            raise FileNotFoundError("chromium")
        profile = tempfile.mkdtemp(prefix="complaint-lint-chromium-")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def wire_pipes():  # in the child: the browser reads fd 3 and writes fd 4
            a, b = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        proc = subprocess.Popen([executable, *FLAGS, f"--user-data-dir={profile}",
                                 f"--window-size={window[0]},{window[1]}", "about:blank"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                close_fds=False, preexec_fn=wire_pipes)
        os.close(to_browser_r)
        os.close(from_browser_w)
        return cls(proc, to_browser_w, from_browser_r, profile)

    # -- protocol --------------------------------------------------------------------
    def send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        return self._next_id

    def receive(self, timeout: float = 15) -> dict:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self._in], [], [], max(0.0, remaining))
            if not ready:
                raise TimeoutError("no message from chromium")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise CdpError("chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 15) -> dict:
        wanted = self.send(method, params, session)
        while True:
            message = self.receive(timeout)
            if message.get("id") == wanted:
                if "error" in message:
                    raise CdpError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, session: str | None = None, timeout: float = 15) -> dict:
        """The next event ``method`` (events already received count)."""
        deadline = time.monotonic() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method and (session is None or event.get("sessionId") == session):
                    return self.events.pop(i)
            self.events.append(self.receive(max(0.1, deadline - time.monotonic())))

    def new_page(self) -> "Tab":
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        tab = Tab(self, session)
        for domain in ("Page", "Runtime", "Log", "Network"):
            tab.call(f"{domain}.enable")
        return tab

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (CdpError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        for fd in (self._out, self._in):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Tab:
    """One page: navigation, script evaluation, input, screenshots, and what it logged."""

    def __init__(self, browser: Chromium, session: str):
        self.browser, self.session = browser, session

    def call(self, method: str, params: dict | None = None, timeout: float = 15) -> dict:
        return self.browser.call(method, params, self.session, timeout)

    def events(self, *methods: str) -> list[dict]:
        return [e for e in self.browser.events if e.get("sessionId") == self.session and e.get("method") in methods]

    def goto(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self.session)

    def follow(self, expression: str) -> None:
        """Run ``expression`` (a click on a link, say) and wait for the next page to load."""
        self.eval(expression)
        self.browser.wait_for("Page.loadEventFired", self.session)

    def eval(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise CdpError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def press(self, key: str, code: str | None = None, key_code: int = 0, shift: bool = False) -> None:
        params = {"key": key, "code": code or key, "windowsVirtualKeyCode": key_code,
                  "modifiers": 8 if shift else 0}
        self.call("Input.dispatchKeyEvent", dict(params, type="rawKeyDown"))
        self.call("Input.dispatchKeyEvent", dict(params, type="keyUp"))

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000),
                              "scale": 1}
        data = self.call("Page.captureScreenshot", params, timeout=30)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and CSP violations seen so far."""
        out = []
        for event in self.events("Runtime.exceptionThrown"):
            out.append("exception: " + json.dumps(event["params"]["exceptionDetails"])[:300])
        for event in self.events("Runtime.consoleAPICalled"):
            if event["params"]["type"] in ("error", "assert", "warning"):
                out.append("console: " + json.dumps(event["params"]["args"])[:300])
        for event in self.events("Log.entryAdded"):
            if event["params"]["entry"]["level"] in ("error", "warning"):
                out.append("log: " + event["params"]["entry"].get("text", "")[:300])
        return out

    def requested_urls(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events("Network.requestWillBeSent")]
