// The measuring observer, injected into BOTH apps before any of their own scripts (Playwright
// addInitScript, puppeteer evaluateOnNewDocument). It is the floor's inline observer
// (../shared/bench-floor/index.html) moved out of the page, because our index.html may not carry
// inline scripts (strict CSP), and one copy of the code for both apps keeps the comparison fair.
// Plain JS in a .js file: it is sent as source text, never transpiled (tsx would add helpers).
//
// window.__perf = { marks, wc, longtasks, doc, done }
//   marks: ms from navigation start. shell / content ([data-settings-shell] / [data-settings-ready]),
//          signin ([data-signin-ready]), authz ([data-authz-ready]), each *_frame one rAF later,
//          idle (first idle callback after the content frame). The floor adds its own (boot, …).
//   wc:    every WebChannel message seen in the page, both directions, with its time, so the
//          fxa_status round trip is dispatch → reply with the same messageId.
//   doc:   random per document: a reload shows up as a new value.
//   fetches: every fetch() the page makes: its URL, when it was called and when the page first
//          had its body (text/json/arrayBuffer/blob resolved). A request can only depend on a
//          response whose body the page read before calling fetch: the sequential-rounds figure
//          (bench/sample.ts) is built on that, not on network timings (a parallel request that
//          leaves a few ms after a fast sibling answered is not a second round).
(() => {
  if (window.__perf) return;
  const P = {
    marks: {},
    wc: [],
    longtasks: [],
    fetches: [],
    doc: Math.random().toString(36).slice(2),
    done: false,
  };
  window.__perf = P;
  const mark = (name) => {
    if (P.marks[name] == null) P.marks[name] = performance.now();
  };
  P.mark = mark;
  mark('observer');

  const parse = (detail) => {
    if (typeof detail !== 'string') return detail;
    try {
      return JSON.parse(detail);
    } catch {
      return null;
    }
  };
  const record = (dir) => (event) => {
    const at = performance.now();
    const message = parse(event.detail)?.message;
    if (!message) return;
    P.wc.push({
      dir,
      command: message.command ?? null,
      id: message.messageId ?? null,
      error: message.error ?? null,
      at,
    });
  };
  // Capture on window sees messages dispatched on window, document or any element.
  window.addEventListener('WebChannelMessageToChrome', record('out'), true);
  window.addEventListener('WebChannelMessageToContent', record('in'), true);

  const nativeFetch = window.fetch;
  if (typeof nativeFetch === 'function') {
    const BODY = ['text', 'json', 'arrayBuffer', 'blob'];
    window.fetch = function (input, init) {
      const url =
        typeof input === 'string' ? input : input instanceof Request ? input.url : String(input);
      const rec = { url: new URL(url, location.href).href, called: performance.now(), read: null };
      P.fetches.push(rec);
      return nativeFetch.call(this, input, init).then((res) => {
        for (const name of BODY) {
          const read = res[name];
          res[name] = function (...args) {
            return read.apply(this, args).then((body) => {
              if (rec.read == null) rec.read = performance.now();
              return body;
            });
          };
        }
        return res;
      });
    };
  }

  const finishAfterFrame = (name) => {
    requestAnimationFrame(() => {
      mark(`${name}_frame`);
      P.done = true;
    });
  };
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 0));
  const observer = new MutationObserver(() => {
    if (P.marks.shell == null && document.querySelector('[data-settings-shell]')) {
      mark('shell');
      requestAnimationFrame(() => mark('shell_frame'));
    }
    if (P.marks.content == null && document.querySelector('[data-settings-ready]')) {
      mark('content');
      requestAnimationFrame(() => {
        mark('content_frame');
        idle(
          () => {
            mark('idle');
            P.done = true;
          },
          { timeout: 2000 },
        );
      });
    }
    if (P.marks.signin == null && document.querySelector('[data-signin-ready]')) {
      mark('signin');
      finishAfterFrame('signin');
    }
    if (P.marks.authz == null && document.querySelector('[data-authz-ready]')) {
      mark('authz');
      finishAfterFrame('authz');
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Firefox has no longtask entries.
  }
})();
