#!/usr/bin/env python3
"""Real-browser test of the Rasd web UI.

Drives headless Chromium over the DevTools protocol (--remote-debugging-pipe: commands go to the
browser on fd 3, responses and events come back on fd 4, each message ends with a NUL byte).
Python standard library only.

Usage:
    python3 Tests/Browser/browser-test.py --base http://127.0.0.1:8080 --out .build/screenshots \
        [--chromium /usr/bin/chromium]

The server must hold the seed articles (shared/corpus/seeds/*.txt) plus
Tests/Browser/hostile-article.jsonl. Exit status 0 only if every step passed.
"""

import argparse
import base64
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

WAIT_S = 10.0          # how long one condition may take
OVERALL_S = 150        # the whole run
LAVROV = "sergey-lavrov"


class TestFailure(Exception):
    pass


class OverallTimeout(Exception):
    pass


# ------------------------------------------------------------------------------------------ CDP


class Browser:
    """Chromium with a DevTools pipe."""

    def __init__(self, chromium, width, height):
        self.profile = tempfile.mkdtemp(prefix="rasd-browser-test-")
        to_r, to_w = os.pipe()        # we write commands  -> browser reads on fd 3
        from_r, from_w = os.pipe()    # browser writes on fd 4 -> we read
        # Park the child's ends on high fds so dup2 onto 3/4 cannot clobber one another.
        import fcntl
        child_r = fcntl.fcntl(to_r, fcntl.F_DUPFD_CLOEXEC, 20)
        child_w = fcntl.fcntl(from_w, fcntl.F_DUPFD_CLOEXEC, 20)
        os.close(to_r)
        os.close(from_w)

        def in_child():
            os.dup2(child_r, 3)   # os.dup2 makes the copies inheritable
            os.dup2(child_w, 4)

        args = [
            chromium,
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-sync", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
            "--user-data-dir=" + self.profile, "--remote-debugging-pipe",
            "--window-size=%d,%d" % (width, height),
            "about:blank",
        ]
        self.log_path = os.path.join(self.profile, "chromium.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            close_fds=False, preexec_fn=in_child, start_new_session=True)
        os.close(child_r)
        os.close(child_w)
        self.wfd = to_w
        self.rfd = from_r
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    # -- plumbing

    def _read_message(self, deadline):
        while True:
            nul = self.buf.find(b"\0")
            if nul >= 0:
                raw, self.buf = self.buf[:nul], self.buf[nul + 1:]
                return json.loads(raw.decode("utf-8"))
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.rfd], [], [], min(left, 0.5))
            if ready:
                chunk = os.read(self.rfd, 1 << 20)
                if not chunk:
                    raise TestFailure("Chromium closed the DevTools pipe (did it crash? see %s)" % self.log_path)
                self.buf += chunk
            elif self.proc.poll() is not None:
                raise TestFailure("Chromium exited with status %s (see %s)" % (self.proc.returncode, self.log_path))

    def send(self, method, params=None, session=True, timeout=WAIT_S):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        data = json.dumps(msg).encode("utf-8") + b"\0"
        while data:
            n = os.write(self.wfd, data)
            data = data[n:]
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply is None:
                raise TestFailure("no DevTools reply to %s within %.0f s" % (method, timeout))
            if reply.get("id") == msg["id"]:
                if "error" in reply:
                    raise TestFailure("DevTools %s failed: %s" % (method, reply["error"].get("message")))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def pump(self, seconds=0.0):
        deadline = time.monotonic() + seconds
        while True:
            reply = self._read_message(deadline)
            if reply is None:
                return
            if "method" in reply:
                self.events.append(reply)

    def close(self):
        try:
            if self.proc.poll() is None:
                try:
                    self.session = None
                    self.send("Browser.close", session=False, timeout=3)
                except Exception:
                    pass
                try:
                    self.proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            if self.proc.poll() is None:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
            for fd in (self.wfd, self.rfd):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)

    # -- page helpers

    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for m in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.send(m)
        # Record CSP violations from inside the page too (injected by DevTools, so the CSP does not apply).
        self.send("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__cspViolations = [];"
            "document.addEventListener('securitypolicyviolation', function (e) {"
            "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });")})

    def evaluate(self, expr):
        res = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            text = (d.get("exception") or {}).get("description") or d.get("text")
            raise TestFailure("JavaScript error in test expression: %s" % text)
        return res.get("result", {}).get("value")

    def wait_for(self, expr, what, timeout=WAIT_S):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                last = self.evaluate(expr)
            except TestFailure as e:
                last = str(e)
                if "Cannot find context" not in last and "Execution context was destroyed" not in last:
                    raise
            if last:
                return last
            self.pump(0.1)
        raise TestFailure("timed out after %.0f s waiting for %s" % (timeout, what))

    def navigate(self, url):
        self.send("Page.navigate", {"url": url})

    def set_hash(self, hash_):
        self.evaluate("location.hash = %s" % json.dumps(hash_))

    def box(self, selector):
        return self.evaluate("""(() => {
            const el = document.querySelector(%s);
            if (!el) return null;
            el.scrollIntoView({block: 'center', inline: 'nearest'});
            const r = el.getClientRects()[0] || el.getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height};
        })()""" % json.dumps(selector))

    def click(self, selector, what):
        b = self.box(selector)
        if not b:
            raise TestFailure("nothing to click: %s (%s)" % (what, selector))
        self.pump(0.05)
        for ev in ("mouseMoved", "mousePressed", "mouseReleased"):
            p = {"type": ev, "x": b["x"], "y": b["y"], "button": "left" if ev != "mouseMoved" else "none"}
            if ev != "mouseMoved":
                p["clickCount"] = 1
            self.send("Input.dispatchMouseEvent", p)

    def tap(self, selector, what):
        b = self.box(selector)
        if not b:
            raise TestFailure("nothing to tap: %s (%s)" % (what, selector))
        self.pump(0.05)
        self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": b["x"], "y": b["y"]}]})
        self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def type_text(self, text):
        self.send("Input.insertText", {"text": text})

    def press_enter(self):
        base = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13}
        self.send("Input.dispatchKeyEvent", dict(base, type="keyDown", text="\r"))
        self.send("Input.dispatchKeyEvent", dict(base, type="keyUp"))

    def viewport(self, width, height, mobile, scale):
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": mobile, "maxTouchPoints": 5 if mobile else 1})

    def screenshot(self, path):
        self.pump(0.3)  # let layout and paint settle
        data = self.send("Page.captureScreenshot", {"format": "png"}, timeout=20)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path

    def problems(self):
        """Console errors, uncaught exceptions and browser log errors (CSP violations among them)."""
        out = []
        for ev in self.events:
            m, p = ev.get("method"), ev.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                args = [a.get("value", a.get("description", "")) for a in p.get("args", [])]
                out.append("console.%s: %s" % (p.get("type"), " ".join(str(a) for a in args)))
            elif m == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append("uncaught exception: %s" % ((d.get("exception") or {}).get("description") or d.get("text")))
            elif m == "Log.entryAdded":
                e = p.get("entry", {})
                if e.get("level") == "error":
                    out.append("browser log (%s): %s %s" % (e.get("source"), e.get("text"), e.get("url") or ""))
        return out


# ------------------------------------------------------------------------------------------ steps


class Runner:
    def __init__(self, browser, base, out):
        self.b = browser
        self.base = base.rstrip("/")
        self.out = out
        self.results = []
        self.shots = []

    def step(self, name, fn):
        try:
            detail = fn()
            self.results.append((name, True))
            print("PASS  %s%s" % (name, (" — " + detail) if detail else ""), flush=True)
        except OverallTimeout:
            self.results.append((name, False))
            print("FAIL  %s — the whole test ran past %d s" % (name, OVERALL_S), flush=True)
            raise
        except Exception as e:  # noqa: BLE001 (every failure becomes a FAIL line)
            self.results.append((name, False))
            print("FAIL  %s — %s" % (name, e), flush=True)

    def shot(self, name):
        path = self.b.screenshot(os.path.join(self.out, name))
        self.shots.append(path)
        return path

    def check(self, expr, message):
        if not self.b.evaluate(expr):
            raise TestFailure(message)

    # a
    def search(self):
        b = self.b
        b.navigate(self.base + "/")
        b.wait_for("!!document.querySelector('#q') && document.readyState === 'complete'", "the search box (#q)")
        b.evaluate("document.querySelector('#q').focus()")
        b.type_text("لافروف")
        b.press_enter()
        n = b.wait_for("""(() => {
            const hits = document.querySelectorAll('#results .hit');
            return hits.length > 0 && document.querySelector('#results .hit mark') ? hits.length : 0;
        })()""", "search results with at least one hit and a <mark>")
        self.check("location.hash.startsWith('#/search?') && location.hash.includes('q=')",
                   "submitting the search did not put the query in the URL (#/search?q=…)")
        total = b.evaluate("document.querySelector('#result-count').textContent")
        self.check("[...document.querySelectorAll('#results mark')].some(m => m.textContent.includes('لافروف'))",
                   "no <mark> contains the searched word")
        self.shot("01-search.png")
        return "%d hits on the page (%s)" % (n, total.strip())

    # b
    def document(self):
        b = self.b
        first = b.evaluate("document.querySelector('#results .hit a.hit-title').getAttribute('href')")
        b.click("#results .hit a.hit-title", "first search hit")
        b.wait_for("location.hash.startsWith('#/document/') && !!document.querySelector('#doc-text .hl')",
                   "the document view with highlights (#doc-text .hl) after clicking %s" % first)
        self.check("!!document.querySelector('.doc-title') && document.querySelector('.doc-title').textContent.length > 0",
                   "the document title is missing")
        self.check("!!document.querySelector('#doc-text .hl-entity[data-entity=\"%s\"]')" % LAVROV,
                   "no highlight with data-entity=\"%s\" in %s" % (LAVROV, first))
        date = b.evaluate("""(() => { const d = document.querySelector('#doc-text .hl-date[data-value]');
                               return d ? d.textContent + ' = ' + d.getAttribute('data-value') : null; })()""")
        if not date:
            raise TestFailure("no date highlight with a resolved value (.hl-date[data-value])")
        kinds = b.evaluate("""['hl-entity','hl-date','hl-quantity','hl-speaker','hl-cue','hl-content','hl-via']
                               .filter(k => document.querySelector('#doc-text .' + k)).join(' ')""")
        self.check("getComputedStyle(document.querySelector('#doc-text')).whiteSpace === 'pre-wrap'",
                   "the document text does not keep line breaks (white-space: pre-wrap)")
        b.click("#doc-text .hl-entity[data-entity=\"%s\"]" % LAVROV, "the Lavrov highlight")
        b.wait_for("""(() => { const t = document.querySelector('#tip');
                      return t && !t.hidden && t.textContent.includes('Sergey Lavrov') && t.textContent.includes('سيرغي لافروف'); })()""",
                   "the tooltip of the Lavrov highlight showing his canonical name (Sergey Lavrov / سيرغي لافروف)")
        self.check("!!document.querySelector('#tip a[href=\"#/entity/%s\"]')" % LAVROV,
                   "the tooltip has no link to the entity page")
        self.check("document.querySelectorAll('.events li').length > 0", "the events list under the text is empty")
        self.shot("02-document.png")
        return "%s; date %s; kinds: %s" % (first, date, kinds)

    # c
    def entity(self):
        b = self.b
        b.click("#tip a[href=\"#/entity/%s\"]" % LAVROV, "the Lavrov link in the tooltip")
        b.wait_for("location.hash === '#/entity/%s' && !!document.querySelector('.entity-name')" % LAVROV,
                   "the entity page of %s" % LAVROV)
        self.check("document.querySelector('.entity-name').textContent.includes('سيرغي لافروف')",
                   "the Arabic canonical name is not shown")
        self.check("document.querySelector('.entity-en').textContent.includes('Sergey Lavrov')",
                   "the English canonical name is not shown")
        aliases = b.wait_for("document.querySelectorAll('.aliases li').length", "the list of aliases")
        self.check("document.querySelectorAll('.docs-panel a[href^=\"#/document/\"]').length > 0",
                   "no linked documents on the entity page")
        self.check("document.querySelectorAll('.entity-timeline .axis-item').length > 0",
                   "the entity timeline is empty")
        self.shot("03-entity.png")
        return "%d aliases" % aliases

    # d
    def claims(self):
        b = self.b
        b.click(".mainnav a[data-nav=\"claims\"]", "the claims link in the navigation bar")
        n = b.wait_for("location.hash.startsWith('#/claims') && document.querySelectorAll('.cluster').length",
                       "claim clusters on #/claims")
        charts = b.wait_for("document.querySelectorAll('.cluster svg.chart circle').length",
                            "an SVG chart of values over time in a claim cluster")
        self.check("[...document.querySelectorAll('.cluster blockquote')].length > 0", "no evidence text in the ledger")
        self.check("document.querySelectorAll('.cluster a[href^=\"#/document/\"]').length > 0",
                   "no report links to its document")
        self.shot("04-claims.png")
        return "%d clusters, %d chart points" % (n, charts)

    # e
    def timeline_graph(self):
        b = self.b
        b.click(".mainnav a[data-nav=\"timeline\"]", "the timeline link in the navigation bar")
        items = b.wait_for("location.hash.startsWith('#/timeline') && document.querySelectorAll('.axis .axis-item').length",
                           "items on the time axis (#/timeline)")
        years = b.evaluate("document.querySelectorAll('.axis .axis-year').length")
        self.shot("05-timeline.png")
        b.set_hash("#/graph?entity=" + urllib.parse.quote(LAVROV))
        nodes = b.wait_for("document.querySelectorAll('#graph-svg .node circle').length",
                           "SVG nodes in the graph (#/graph?entity=%s)" % LAVROV)
        edges = b.evaluate("document.querySelectorAll('#graph-svg line.edge').length")
        self.check("!!document.querySelector('#graph-svg .node[href=\"#/entity/%s\"]')" % LAVROV,
                   "the centre node does not link to its entity page")
        self.shot("06-graph.png")
        # clicking a node opens its entity page
        b.click("#graph-svg .node:not(.center) circle", "a graph node")
        b.wait_for("location.hash.startsWith('#/entity/') && !!document.querySelector('.entity-name')",
                   "the entity page after clicking a graph node")
        return "%d timeline items in %d years; graph %d nodes, %d edges" % (items, years, nodes, edges)

    # f
    def hostile(self):
        b = self.b
        b.set_hash("#/document/hostile-markup")
        b.wait_for("location.hash === '#/document/hostile-markup' && (!!document.querySelector('#doc-text') || !!document.querySelector('.error'))",
                   "the hostile document view")
        if b.evaluate("!!document.querySelector('.error') && !document.querySelector('#doc-text')"):
            raise TestFailure("the store has no hostile-markup document: %s"
                              % b.evaluate("document.querySelector('.error').textContent"))
        # give any injected handler a chance to run: hover the title and the text
        b.click(".doc-title", "the hostile title")
        b.pump(0.3)
        self.check("typeof window.__rasdPwned === 'undefined'", "window.__rasdPwned is set: article markup ran!")
        self.check("document.querySelectorAll('#doc-text img, #doc-text script, #doc-text b, #doc-text svg, .doc-header img, .doc-header b, .doc-header svg, .doc-header i').length === 0",
                   "elements from the article's markup were created")
        self.check("document.querySelectorAll('[onerror], [onmouseover], [onload], script:not([src])').length === 0",
                   "an element with an inline event handler exists")
        self.check("[...document.images].every(i => i.getAttribute('src') === '/assets/icon.svg')",
                   "an unexpected <img> is on the page")
        self.check("document.querySelector('#doc-text').textContent.includes('<script>window.__rasdPwned=1</script>')",
                   "the literal <script> text is not shown in the article text")
        self.check("document.body.innerText.includes('<script>window.__rasdPwned=1</script>')",
                   "the literal <script> text is not visible")
        self.check("document.querySelector('.doc-title').textContent.includes('<b onmouseover=')",
                   "the title's markup is not shown as text")
        self.check("[...document.querySelectorAll('a[href]')].every(a => !/^\\s*javascript:/i.test(a.getAttribute('href')) && a.protocol !== 'javascript:')",
                   "a javascript: link is on the page")
        self.check("!!document.querySelector('.doc-url') && document.querySelector('.doc-url').tagName !== 'A'",
                   "the javascript: url was turned into a link")
        self.check("(window.__cspViolations || []).length === 0",
                   "CSP violations: %s" % b.evaluate("JSON.stringify(window.__cspViolations)"))
        self.shot("07-hostile.png")
        return "markup shown as text, url %r kept as plain text" % b.evaluate("document.querySelector('.doc-url').textContent")

    # g
    def phone(self):
        b = self.b
        b.viewport(390, 844, True, 2)
        b.set_hash("#/search?q=" + urllib.parse.quote("لافروف"))
        b.wait_for("location.hash.startsWith('#/search') && document.querySelectorAll('#results .hit mark').length > 0",
                   "search results at phone size")
        b.evaluate("window.scrollTo(0, 0)")
        overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        ov = b.evaluate(overflow)
        if ov > 1:
            raise TestFailure("the search page is %d px wider than the phone screen" % ov)
        self.shot("08-phone-search.png")
        b.tap("#results .hit a.hit-title", "first hit (tap)")
        b.wait_for("location.hash.startsWith('#/document/') && !!document.querySelector('#doc-text .hl')",
                   "the document view at phone size")
        ov = b.evaluate(overflow)
        if ov > 1:
            raise TestFailure("the document view is %d px wider than the phone screen" % ov)
        b.tap("#doc-text .hl-entity[data-entity=\"%s\"]" % LAVROV, "the Lavrov highlight (tap)")
        b.wait_for("(() => { const t = document.querySelector('#tip'); return t && !t.hidden && t.textContent.includes('Sergey Lavrov'); })()",
                   "the tooltip after tapping the Lavrov highlight on a phone")
        self.shot("09-phone-document.png")
        return "no horizontal overflow; tap shows the details"

    def clean_console(self):
        self.b.pump(0.3)
        probs = self.b.problems()
        if probs:
            raise TestFailure("%d console errors / CSP violations:\n        " % len(probs) + "\n        ".join(probs[:20]))
        return "no console errors, exceptions or CSP violations"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="base URL of a running rasd serve, e.g. http://127.0.0.1:8080")
    ap.add_argument("--out", default=".build/screenshots", help="folder for the screenshots")
    ap.add_argument("--chromium", default=None, help="Chromium binary (default: chromium or chromium-browser on PATH)")
    args = ap.parse_args()

    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        print("FAIL  setup — no Chromium found; pass --chromium", flush=True)
        return 2
    os.makedirs(args.out, exist_ok=True)
    # The server must answer before a browser is started: a failed first load would show as
    # eight confusing failures.
    try:
        with urllib.request.urlopen(args.base.rstrip("/") + "/api/stats", timeout=10) as reply:
            print("server: %s answers %s" % (args.base, reply.read().decode("utf-8")), flush=True)
    except Exception as e:  # noqa: BLE001
        print("FAIL  setup — the server at %s does not answer: %s" % (args.base, e), flush=True)
        return 2

    def on_alarm(signum, frame):
        raise OverallTimeout()
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(OVERALL_S)

    browser = None
    runner = None
    try:
        browser = Browser(chromium, 1280, 900)
        browser.open_page()
        browser.viewport(1280, 900, False, 1)
        runner = Runner(browser, args.base, args.out)
        runner.step("a. search for لافروف shows hits with <mark>", runner.search)
        runner.step("b. document view: highlights, resolved date, Lavrov tooltip", runner.document)
        runner.step("c. entity page of Sergey Lavrov: names and aliases", runner.entity)
        runner.step("d. claims ledger with an SVG chart", runner.claims)
        runner.step("e. timeline and graph render", runner.timeline_graph)
        runner.step("f. hostile article is shown as inert text", runner.hostile)
        runner.step("g. phone size (390x844): search and document", runner.phone)
        runner.step("h. no console errors or CSP violations", runner.clean_console)
    except OverallTimeout:
        print("FAIL  the test ran past its overall limit of %d s" % OVERALL_S, flush=True)
        if runner:
            runner.results.append(("overall timeout", False))
    except Exception as e:  # noqa: BLE001
        print("FAIL  setup — %s" % e, flush=True)
        if runner:
            runner.results.append(("setup", False))
        else:
            return 1
    finally:
        signal.alarm(0)
        if browser:
            browser.close()

    if runner.shots:
        print("screenshots:")
        for p in runner.shots:
            print("  " + os.path.abspath(p))
    passed = sum(1 for _, ok in runner.results if ok)
    failed = len(runner.results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed == 8 else 1


if __name__ == "__main__":
    sys.exit(main())
