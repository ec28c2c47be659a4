#!/usr/bin/env python3
"""A small Chrome DevTools Protocol driver for Qonun's real-browser tests (Python standard library only).

Usage:
    cdp.py SCRIPT.json [--timeout SECONDS] [--chromium PATH]

SCRIPT.json holds {"steps": [...]}, run in order in one headless Chromium page:

    {"goto": URL}                         navigate and wait for the load event
    {"fill": CSS, "value": TEXT}          focus the field, clear it and type TEXT (Input.insertText)
    {"click": CSS}                        scroll into view and click with the mouse; when the click starts a
                                          navigation (a link, a form submission) wait for the new page's load event.
                                          "navigation": true requires a navigation, false forbids waiting for one.
    {"check": CSS}                        click a radio button or checkbox (unless already checked), verify it is checked
    {"waitFor": CSS, "timeoutMs": 5000}   wait until an element matches
    {"eval": JS}                          evaluate an expression (promises awaited); its JSON value is recorded
    {"dom": CSS}                          record every matching element: tag, id, class, text, attributes, html

Any step may carry "name": the recorded value is then also found under "named"[name]. The default timeout of
a waiting step is 10 s ("timeoutMs" overrides it).

Prints one JSON object on standard output:
    {"ok": true, "values": [...], "named": {...}, "url": FINAL_URL, "title": ..., "consoleErrors": [...],
     "dialogs": [{"type", "message"}], "elapsedMs": N}
JavaScript dialogs (alert, confirm, prompt) are dismissed and listed under "dialogs".
On failure the object has "ok": false, "error" and "step" (index of the failing step), the message also goes to
standard error, and the exit status is 1 (2 for bad usage or a browser that cannot start). Chromium is always
killed and its profile folder removed; the whole run is bounded by --timeout (default 60 s).
"""

import base64
import hashlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
DEFAULT_STEP_TIMEOUT_MS = 10_000


class DriverError(Exception):
    """A failure with a message a person understands."""


class OverallTimeout(BaseException):
    """The whole run took longer than --timeout."""


# --------------------------------------------------------------------------------------------------------------
# WebSocket client (RFC 6455), just enough for CDP: text messages, fragmentation, ping/pong, close.

class WebSocket:
    def __init__(self, url, timeout=10.0):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "ws":
            raise DriverError(f"unsupported WebSocket URL {url!r} (only ws:// is supported)")
        host, port = parts.hostname, parts.port or 80
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buf = b""
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        request = (
            f"GET {path} HTTP/1.1\r\n"
            f"Host: {host}:{port}\r\n"
            "Upgrade: websocket\r\n"
            "Connection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n"
            "\r\n"
        )
        self.sock.sendall(request.encode("ascii"))
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in self.buf:
            self._read_more(deadline)
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head.decode("iso-8859-1").split("\r\n")
        if len(lines[0].split(" ")) < 2 or lines[0].split(" ")[1] != "101":
            raise DriverError(f"WebSocket handshake refused: {lines[0]}")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        expected = base64.b64encode(hashlib.sha1((key + WS_GUID).encode("ascii")).digest()).decode("ascii")
        if headers.get("sec-websocket-accept") != expected:
            raise DriverError("WebSocket handshake failed: wrong Sec-WebSocket-Accept")

    def _read_more(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout()
        self.sock.settimeout(remaining)
        chunk = self.sock.recv(1 << 16)
        if not chunk:
            raise DriverError("the browser closed the DevTools connection")
        self.buf += chunk

    def _need(self, n, deadline):
        while len(self.buf) < n:
            self._read_more(deadline)

    def _send_frame(self, opcode, payload):
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def send_text(self, text):
        self._send_frame(0x1, text.encode("utf-8"))

    def _read_frame(self, deadline):
        """Returns (fin, opcode, payload); the buffer keeps partial frames across timeouts."""
        self._need(2, deadline)
        b0, b1 = self.buf[0], self.buf[1]
        fin, opcode, masked, n = b0 & 0x80, b0 & 0x0F, b1 & 0x80, b1 & 0x7F
        offset = 2
        if n == 126:
            self._need(4, deadline)
            n = struct.unpack("!H", self.buf[2:4])[0]
            offset = 4
        elif n == 127:
            self._need(10, deadline)
            n = struct.unpack("!Q", self.buf[2:10])[0]
            offset = 10
        mask = b""
        if masked:
            self._need(offset + 4, deadline)
            mask = self.buf[offset:offset + 4]
            offset += 4
        self._need(offset + n, deadline)
        payload = self.buf[offset:offset + n]
        self.buf = self.buf[offset + n:]
        if masked:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return bool(fin), opcode, payload

    def recv_text(self, timeout):
        """One complete text message, or None when nothing complete arrives within timeout seconds."""
        deadline = time.monotonic() + max(timeout, 0.001)
        fragments, started = [], False
        try:
            while True:
                fin, opcode, payload = self._read_frame(deadline if not started else time.monotonic() + 10)
                if opcode == 0x9:  # ping
                    self._send_frame(0xA, payload)
                    continue
                if opcode == 0xA:  # pong
                    continue
                if opcode == 0x8:
                    raise DriverError("the browser closed the DevTools connection")
                if opcode in (0x1, 0x2):
                    fragments, started = [payload], True
                elif opcode == 0x0 and started:
                    fragments.append(payload)
                else:
                    raise DriverError(f"unexpected WebSocket frame (opcode {opcode})")
                if fin:
                    return b"".join(fragments).decode("utf-8")
        except socket.timeout:
            if started:
                raise DriverError("a DevTools message stopped half-way")
            return None

    def close(self):
        try:
            self._send_frame(0x8, struct.pack("!H", 1000))
        except OSError:
            pass
        try:
            self.sock.close()
        except OSError:
            pass


# --------------------------------------------------------------------------------------------------------------
# CDP session over one page target.

class CDP:
    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []
        self.console_errors = []
        self.dialogs = []

    def _dispatch(self, message):
        method = message.get("method")
        params = message.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            texts = []
            for arg in params.get("args", []):
                texts.append(str(arg.get("value", arg.get("description", ""))))
            self.console_errors.append("console: " + " ".join(texts))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.console_errors.append("exception: " + text)
        elif method == "Page.javascriptDialogOpening":
            # An alert() would block the page: record it (an XSS test wants to know) and dismiss it.
            self.dialogs.append({"type": params.get("type"), "message": params.get("message")})
            self.next_id += 1
            self.ws.send_text(json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                          "params": {"accept": False}}))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            where = f" ({entry['url']})" if entry.get("url") else ""
            self.console_errors.append(f"{entry.get('source', 'log')}: {entry.get('text', '')}{where}")
        self.events.append(message)

    def call(self, method, params=None, timeout=10.0):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send_text(json.dumps({"id": my_id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while True:
            text = self.ws.recv_text(deadline - time.monotonic())
            if text is None:
                raise DriverError(f"no answer to {method} within {timeout:g} s")
            message = json.loads(text)
            if message.get("id") == my_id:
                if "error" in message:
                    raise DriverError(f"{method} failed: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self._dispatch(message)

    def pump(self, timeout):
        """Reads events for up to timeout seconds (returns early when nothing is pending after that)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            text = self.ws.recv_text(remaining)
            if text is None:
                return
            message = json.loads(text)
            if "method" in message:
                self._dispatch(message)

    def wait_event(self, predicate, timeout, what):
        """Waits for an event (already buffered or new) matching predicate; consumes the buffer up to it."""
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if predicate(event):
                    del self.events[:index + 1]
                    return event
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DriverError(f"timed out after {timeout:g} s waiting for {what}")
            text = self.ws.recv_text(remaining)
            if text is not None:
                message = json.loads(text)
                if "method" in message:
                    self._dispatch(message)

    def evaluate(self, expression, timeout=10.0):
        result = self.call("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True, "userGesture": True,
        }, timeout=timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "exception")
            raise DriverError(f"JavaScript error: {text}")
        return result.get("result", {}).get("value")


# --------------------------------------------------------------------------------------------------------------
# Browser process.

def find_chromium(explicit):
    candidates = [explicit] if explicit else [os.environ.get("QONUN_CHROMIUM"), "chromium", "chromium-browser",
                                              "google-chrome", "google-chrome-stable"]
    for candidate in candidates:
        if not candidate:
            continue
        path = shutil.which(candidate) or (candidate if os.access(candidate, os.X_OK) else None)
        if path:
            return path
    raise DriverError("no Chromium found (install Debian's chromium, or pass --chromium PATH)")


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="qonun-cdp-")
        self.log_path = os.path.join(self.profile, "chromium.log")
        self.process = None
        self.ws = None
        self.chromium = chromium

    def launch(self):
        chromium = self.chromium
        log = open(self.log_path, "wb")
        args = [
            chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
            f"--user-data-dir={self.profile}",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
            "--password-store=basic", "--mute-audio", "--window-size=1280,900",
            "about:blank",
        ]
        self.process = subprocess.Popen(args, stdout=log, stderr=log, stdin=subprocess.DEVNULL,
                                        start_new_session=True)
        log.close()

    def devtools_port(self, timeout=20.0):
        path = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise DriverError(f"Chromium exited with status {self.process.returncode} before DevTools "
                                  f"started: {self.log_tail()}")
            try:
                with open(path) as handle:
                    first = handle.readline().strip()
                if first.isdigit():
                    return int(first)
            except FileNotFoundError:
                pass
            time.sleep(0.05)
        raise DriverError(f"Chromium did not write DevToolsActivePort within {timeout:g} s: {self.log_tail()}")

    def page_websocket_url(self, port, timeout=10.0):
        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=5) as response:
                    targets = json.load(response)
                pages = [t for t in targets if t.get("type") == "page" and t.get("webSocketDebuggerUrl")]
                if pages:
                    return pages[0]["webSocketDebuggerUrl"]
                last_error = "no page target yet"
            except OSError as error:
                last_error = str(error)
            time.sleep(0.1)
        raise DriverError(f"no page target on DevTools port {port}: {last_error}")

    def log_tail(self, limit=1500):
        try:
            with open(self.log_path, "rb") as handle:
                text = handle.read().decode("utf-8", "replace")
            lines = [line for line in text.splitlines() if line.strip() and "dbus" not in line]
            return "\n".join(lines)[-limit:] or "(no output)"
        except OSError:
            return "(no log)"

    def close(self):
        if self.ws is not None:
            self.ws.close()
        if self.process is not None and self.process.poll() is None:
            for sig, wait in ((signal.SIGTERM, 3), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.process.pid, sig)  # the process group this driver created
                except ProcessLookupError:
                    break
                try:
                    self.process.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if self.process is not None:
            try:  # helpers (zygote, renderers) share the group; make sure none is left behind
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        for _ in range(20):  # Chromium's helpers may still be writing to the profile for a moment
            shutil.rmtree(self.profile, ignore_errors=True)
            if not os.path.exists(self.profile):
                break
            time.sleep(0.1)


# --------------------------------------------------------------------------------------------------------------
# Steps.

def js(value):
    return json.dumps(value)


ELEMENT_CENTER = """(() => {
  const el = document.querySelector(%s);
  if (!el) return {error: 'no element matches ' + %s};
  el.scrollIntoView({block: 'center', inline: 'center'});
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return {error: 'element ' + %s + ' is not visible'};
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const label = hit && hit.closest('label');
  if (hit !== el && !el.contains(hit) && !(label && label.contains(el)))
    return {error: 'element ' + %s + ' is covered by <' + (hit ? hit.tagName.toLowerCase() : 'nothing') + '>'};
  return {x, y};
})()"""

DOM_QUERY = """Array.from(document.querySelectorAll(%s)).map(el => ({
  tag: el.tagName.toLowerCase(),
  id: el.id || null,
  className: typeof el.className === 'string' ? el.className : null,
  text: el.textContent,
  attributes: Object.fromEntries(Array.from(el.attributes).map(a => [a.name, a.value])),
  html: el.outerHTML
}))"""


class Runner:
    def __init__(self, cdp):
        self.cdp = cdp
        self.values = []
        self.named = {}

    def record(self, step, value):
        self.values.append(value)
        if "name" in step:
            self.named[step["name"]] = value

    @staticmethod
    def timeout_of(step):
        return float(step.get("timeoutMs", DEFAULT_STEP_TIMEOUT_MS)) / 1000.0

    def wait_load(self, timeout):
        self.cdp.wait_event(lambda e: e.get("method") == "Page.loadEventFired", timeout, "the page to load")

    def goto(self, step):
        url = step["goto"]
        self.cdp.events.clear()
        result = self.cdp.call("Page.navigate", {"url": url}, timeout=self.timeout_of(step))
        if result.get("errorText"):
            raise DriverError(f"could not load {url}: {result['errorText']}")
        self.wait_load(self.timeout_of(step))

    def mouse_click(self, css):
        where = self.cdp.evaluate(ELEMENT_CENTER % (js(css), js(css), js(css), js(css)))
        if where.get("error"):
            raise DriverError(where["error"])
        x, y = where["x"], where["y"]
        self.cdp.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        self.cdp.call("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y,
                                                   "button": "left", "clickCount": 1})
        self.cdp.call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x, "y": y,
                                                   "button": "left", "clickCount": 1})

    def click(self, step):
        timeout = self.timeout_of(step)
        expect = step.get("navigation")  # True, False or None (detect)
        self.cdp.events.clear()
        self.mouse_click(step["click"])
        if expect is False:
            return

        def started(event):
            return event.get("method") in ("Page.frameRequestedNavigation", "Page.frameStartedLoading",
                                           "Page.navigatedWithinDocument")

        try:
            event = self.cdp.wait_event(started, timeout if expect else 0.5, "a navigation after the click")
        except DriverError:
            if expect:
                raise DriverError(f"clicking {step['click']} did not start a navigation within {timeout:g} s")
            return
        if event.get("method") == "Page.navigatedWithinDocument":
            return
        # A link to a fragment of the same page also requests a navigation, but ends without a load event.
        self.cdp.wait_event(lambda e: e.get("method") in ("Page.loadEventFired", "Page.navigatedWithinDocument"),
                            timeout, "the page to load")

    def check(self, step):
        css = step["check"]
        state = self.cdp.evaluate(f"(() => {{ const el = document.querySelector({js(css)});"
                                  f" return el ? !!el.checked : null; }})()")
        if state is None:
            raise DriverError(f"no element matches {css}")
        if not state:
            self.mouse_click(css)
        if not self.cdp.evaluate(f"!!document.querySelector({js(css)}).checked"):
            raise DriverError(f"{css} is still not checked after clicking it")

    def fill(self, step):
        css, value = step["fill"], str(step.get("value", ""))
        found = self.cdp.evaluate(f"(() => {{ const el = document.querySelector({js(css)});"
                                  f" if (!el) return false; el.focus(); el.select && el.select();"
                                  f" el.value = ''; return document.activeElement === el; }})()")
        if not found:
            raise DriverError(f"no focusable field matches {css}")
        if value:
            self.cdp.call("Input.insertText", {"text": value})
        actual = self.cdp.evaluate(f"document.querySelector({js(css)}).value")
        if actual != value:
            raise DriverError(f"typing into {css} gave {actual!r}, expected {value!r}")

    def wait_for(self, step):
        css, timeout = step["waitFor"], self.timeout_of(step)
        deadline = time.monotonic() + timeout
        while True:
            if self.cdp.evaluate(f"!!document.querySelector({js(css)})"):
                return
            if time.monotonic() >= deadline:
                raise DriverError(f"no element matched {css} within {timeout:g} s")
            self.cdp.pump(0.1)

    def run(self, steps):
        for index, step in enumerate(steps):
            if not isinstance(step, dict):
                raise DriverError(f"step {index} is not an object")
            try:
                if "goto" in step:
                    self.goto(step)
                elif "fill" in step:
                    self.fill(step)
                elif "click" in step:
                    self.click(step)
                elif "check" in step:
                    self.check(step)
                elif "waitFor" in step:
                    self.wait_for(step)
                elif "eval" in step:
                    self.record(step, self.cdp.evaluate(step["eval"], timeout=self.timeout_of(step)))
                elif "dom" in step:
                    self.record(step, self.cdp.evaluate(DOM_QUERY % js(step["dom"])))
                else:
                    raise DriverError(f"unknown step {json.dumps(step)}")
            except DriverError as error:
                error.step = index
                raise


# --------------------------------------------------------------------------------------------------------------

def parse_arguments(argv):
    options = {"timeout": 60.0, "chromium": None, "script": None}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        if arg in ("--timeout", "--chromium") and i + 1 < len(argv):
            options[arg[2:]] = float(argv[i + 1]) if arg == "--timeout" else argv[i + 1]
            i += 2
            continue
        if arg.startswith("-"):
            raise DriverError(f"unknown option {arg}")
        if options["script"] is not None:
            raise DriverError("give exactly one script file")
        options["script"] = arg
        i += 1
    if options["script"] is None:
        raise DriverError("usage: cdp.py SCRIPT.json [--timeout SECONDS] [--chromium PATH]")
    return options


def fail(payload, message, status):
    payload.update({"ok": False, "error": message})
    print(json.dumps(payload, ensure_ascii=False))
    print(f"cdp.py: {message}", file=sys.stderr)
    sys.exit(status)


def main(argv):
    started = time.monotonic()
    try:
        options = parse_arguments(argv)
        with open(options["script"], encoding="utf-8") as handle:
            script = json.load(handle)
        steps = script.get("steps") if isinstance(script, dict) else None
        if not isinstance(steps, list):
            raise DriverError(f"{options['script']}: expected an object with a \"steps\" list")
        chromium = find_chromium(options["chromium"])
    except (DriverError, OSError, ValueError) as error:
        fail({}, str(error), 2)

    def on_alarm(signum, frame):
        raise OverallTimeout()

    def on_term(signum, frame):
        raise KeyboardInterrupt()

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_term)
    signal.setitimer(signal.ITIMER_REAL, options["timeout"])

    browser = None
    runner = None
    cdp = None
    payload = {}
    status, message = 0, None
    try:
        browser = Browser(chromium)
        browser.launch()
        port = browser.devtools_port()
        browser.ws = WebSocket(browser.page_websocket_url(port))
        cdp = CDP(browser.ws)
        for domain in ("Page", "Runtime", "Log"):
            cdp.call(f"{domain}.enable")
        runner = Runner(cdp)
        runner.run(steps)
        payload["url"] = cdp.evaluate("location.href")
        payload["title"] = cdp.evaluate("document.title")
    except OverallTimeout:
        status, message = 1, f"the whole run took longer than {options['timeout']:g} s"
    except KeyboardInterrupt:
        status, message = 1, "interrupted"
    except DriverError as error:
        status, message = (1 if runner is not None else 2), str(error)
        if hasattr(error, "step"):
            payload["step"] = error.step
            message = f"step {error.step} ({json.dumps(steps[error.step], ensure_ascii=False)[:200]}): {message}"
    except (OSError, ValueError) as error:
        status, message = 1, f"{type(error).__name__}: {error}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if cdp is not None and status != 0:
            try:  # where the page was when it failed, if the browser still answers
                payload["url"] = cdp.evaluate("location.href", timeout=2)
            except (DriverError, OSError, ValueError):
                pass
        if browser is not None:
            if status != 0 and runner is None:
                message = f"{message} — Chromium said: {browser.log_tail(600)}"
            browser.close()
    payload["values"] = runner.values if runner else []
    payload["named"] = runner.named if runner else {}
    payload["consoleErrors"] = cdp.console_errors if cdp else []
    payload["dialogs"] = cdp.dialogs if cdp else []
    payload["elapsedMs"] = int((time.monotonic() - started) * 1000)
    if status != 0:
        fail(payload, message, status)
    payload["ok"] = True
    print(json.dumps(payload, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
