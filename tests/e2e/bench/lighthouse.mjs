// The benchmark's Lighthouse part (scripts/bench, docs/BENCHMARKS.md "Lighthouse"): audits one
// URL a few times with Lighthouse's Node API, each run in a fresh headless Chromium with a
// profile of its own (a cold load), and prints the results as one JSON object on stdout.
// Lighthouse's defaults are kept: the mobile preset, simulated throttling, and the storage
// reset before the navigation. The benchmark (tests/e2e/src/bench/lighthouse.rs) starts the
// sandbox, runs this script once per page and turns the JSON into rows.
//
//   node lighthouse.mjs --lighthouse-dir DIR --chrome PATH --url URL [--runs N]
//                       [--session-item KEY=VALUE] [--save DIR] [--https]
//
// --lighthouse-dir is where npm installed lighthouse (scripts/env.sh, install_lighthouse);
// its puppeteer-core drives the browser. --session-item puts KEY=VALUE into sessionStorage
// before any script of the page runs (puppeteer's evaluateOnNewDocument), so the page loads
// signed in; it is set on every new document, so Lighthouse's storage reset cannot drop it.
// --https audits the page through a front of this script's own: HTTPS with HTTP/2 (and
// HTTP/1.1 for clients without it) on another loopback port, forwarding every request to
// URL's origin unchanged, with a certificate made for the run by `openssl` and accepted by
// the browser (--ignore-certificate-errors). A deployed PWA is served over HTTPS, and the
// servers that do so speak HTTP/2; plain HTTP on loopback makes Lighthouse's simulation
// model HTTP/1.1 (six connections per origin, each request waiting for a free one).
// --save writes each run's full report (run-N.report.json, for Lighthouse's viewer) and its
// trace (run-N.trace.json, for scripts/long-tasks or DevTools' Performance panel) into DIR.
// With BENCH_LIGHTHOUSE_CPU_PROFILE set, the traces also hold V8's CPU samples (function
// names; a wasm build keeps its names as docs/BENCHMARKS.md says), which slows every task.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

// Chromium's flags. The machine's network is closed: without the background-networking
// flags Chromium keeps trying to reach its services and Lighthouse sees refused connections.
const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// The trace category of V8's sampling profiler (BENCH_LIGHTHOUSE_CPU_PROFILE).
const CPU_PROFILE = "disabled-by-default-v8.cpu_profiler";
// Audits that carry no verdict of their own.
const NO_VERDICT = new Set(["notApplicable", "manual", "informative", "error"]);

function parseArgs(argv) {
  const args = { runs: 3, session: null };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case "--lighthouse-dir":
        args.dir = value();
        break;
      case "--chrome":
        args.chrome = value();
        break;
      case "--url":
        args.url = value();
        break;
      case "--runs":
        args.runs = Number(value());
        break;
      case "--https":
        args.https = true;
        break;
      case "--save":
        args.save = value();
        break;
      case "--session-item": {
        const item = value();
        const eq = item.indexOf("=");
        if (eq < 1) throw new Error("--session-item KEY=VALUE");
        args.session = [item.slice(0, eq), item.slice(eq + 1)];
        break;
      }
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!args.dir || !args.chrome || !args.url || !(args.runs >= 1)) {
    throw new Error("usage: lighthouse.mjs --lighthouse-dir DIR --chrome PATH --url URL [--runs N] [--session-item K=V] [--save DIR] [--https]");
  }
  return args;
}

// A short text per item of an audit's details, so that a failure says what failed.
function itemText(item) {
  const node = item.node ?? item.relatedNode;
  const parts = [
    item.description,
    item.issueType,
    item.source?.url ?? item.url,
    item.sourceLocation?.url,
    node?.snippet,
    node?.explanation,
    item.subItems?.items?.map((s) => s.url ?? s.issueType ?? s.text).join(", "),
    item.displayedAspectRatio && `shown ${item.displayedAspectRatio}, actual ${item.actualAspectRatio}`,
  ];
  return parts.filter((p) => typeof p === "string" && p.length > 0).join(" · ").slice(0, 300);
}

// Every audit of the categories that did not pass (below 1; below 0.9 for performance), with
// what it found.
function failures(lhr) {
  const out = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || NO_VERDICT.has(audit.scoreDisplayMode)) continue;
      // Lighthouse itself passes a performance audit from 0.9 on.
      if (id === "performance" && audit.score >= 0.9) continue;
      out.push({
        category: id,
        id: ref.id,
        weight: ref.weight,
        score: audit.score,
        title: audit.title,
        displayValue: audit.displayValue ?? "",
        items: (audit.details?.items ?? []).slice(0, 5).map(itemText).filter((t) => t.length > 0),
      });
    }
  }
  return out;
}

// The audits that could not run, with why (Lighthouse leaves them out of the scores).
function errors(lhr) {
  return Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === "error")
    .map((a) => ({ id: a.id, message: (a.errorMessage ?? "").slice(0, 300) }));
}

// Whether a URL is one of the API's (the sandbox serves the app and the API on one origin).
const isApi = (url) => new URL(url).pathname.startsWith("/user/api/");

// Lantern's simulated load up to the LCP (the graph behind the LCP score: every request that
// started before the observed LCP, replayed at the preset's RTT and bandwidth on the
// connections its protocol allows: six per origin for HTTP/1.1, one shared for HTTP/2): when
// the document, the code (wasm and JS) and the API requests end, and in how many rounds the
// API requests go (each at least a round trip). Says where a modelled LCP goes.
async function simulatedPath(artifacts, settings, lanternLcp) {
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    simulator: null,
  };
  const lcp = await lanternLcp.request(data, { computedCache: new Map(), settings });
  const code = [];
  const api = [];
  let documentEnd = 0;
  for (const [node, t] of lcp.pessimisticEstimate.nodeTimings) {
    if (node.type !== "network") continue;
    const { url } = node.request;
    if (node.request.resourceType === "Document") documentEnd = Math.max(documentEnd, t.endTime);
    else if (isApi(url)) api.push(t);
    else if (/\.(wasm|js)$/.test(new URL(url).pathname)) code.push({ ...t, bytes: node.request.transferSize });
  }
  const ms = (x) => Math.round(x);
  const codeEnd = Math.max(0, ...code.map((t) => t.endTime));
  const codeKb = code.reduce((sum, t) => sum + t.bytes, 0) / 1000;
  const apiStart = Math.min(...api.map((t) => t.startTime));
  const apiEnd = Math.max(0, ...api.map((t) => t.endTime));
  // A round: the requests that start together (within a third of the 150 ms RTT).
  let rounds = 0;
  let roundStart = -Infinity;
  for (const start of api.map((t) => t.startTime).sort((a, b) => a - b)) {
    if (start > roundStart + 50) [rounds, roundStart] = [rounds + 1, start];
  }
  const apiText = api.length
    ? `${api.length} API requests ${ms(apiStart)}–${ms(apiEnd)} ms, in ${rounds} rounds`
    : "no API request";
  return `LCP ${ms(lcp.timing)} ms: document by ${ms(documentEnd)} ms, code (${code.length} files, ${codeKb.toFixed(1)} kB) by ${ms(codeEnd)} ms, ${apiText}`;
}

// The API requests the page made, with their status (from the network-requests audit), so the
// benchmark can tell a signed-in load from one that fell back to the sign-in page.
function apiRequests(lhr) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  return items
    .filter((r) => typeof r.url === "string" && isApi(r.url))
    .map((r) => ({ path: new URL(r.url).pathname, status: r.statusCode }));
}

// Headers of one connection, not of the request or the answer (HTTP/2 forbids them).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "http2-settings", "host"]);

function endToEnd(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith(":") && !HOP_BY_HOP.has(k)));
}

// The HTTPS front of --https: starts it and resolves to its origin and a function that stops it.
async function httpsFront(target) {
  const dir = mkdtempSync(join(tmpdir(), "proxyshard-tls-"));
  const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  execFileSync("openssl", [
    "req", "-x509", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
    "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert,
  ], { stdio: "ignore" });
  const agent = new http.Agent({ keepAlive: true });
  const server = http2.createSecureServer({ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true }, (req, res) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...endToEnd(req.headers), host: target.host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode, endToEnd(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const stop = () => {
    server.close();
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  return { origin: `https://127.0.0.1:${server.address().port}`, stop };
}

async function auditOnce(args, run, lighthouse, lanternLcp, puppeteer) {
  const profile = mkdtempSync(join(tmpdir(), "proxyshard-lighthouse-"));
  const browser = await puppeteer.launch({
    executablePath: args.chrome,
    headless: true,
    userDataDir: profile,
    args: args.https ? [...CHROME_FLAGS, "--ignore-certificate-errors"] : CHROME_FLAGS,
    defaultViewport: null,
  });
  try {
    const page = await browser.newPage();
    // Lighthouse's own audit of the LCP element fails on Chromium 156 (its trace engine), so
    // the page notes the latest LCP candidate itself: which element, when (observed,
    // unthrottled). Each candidate is larger than the one before, so the last is the LCP.
    await page.evaluateOnNewDocument(() => {
      if (location.protocol !== "http:" && location.protocol !== "https:") return;
      new PerformanceObserver((list) => {
        const e = list.getEntries().at(-1);
        const el = e.element;
        const test = el?.getAttribute("data-test");
        const name = el ? el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "") : "(removed)";
        const text = (el?.textContent ?? "").trim().replace(/\s+/g, " ");
        window.__lcpLast = `${name}${test ? ` [data-test=${test}]` : ""} "${text.length > 60 ? text.slice(0, 60) + "…" : text}" at ${Math.round(e.startTime)} ms`;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    if (args.session) {
      await page.evaluateOnNewDocument(
        (key, value) => {
          // about:blank, where Lighthouse starts, has no storage of its own.
          if (location.protocol === "http:" || location.protocol === "https:") {
            sessionStorage.setItem(key, value);
          }
        },
        ...args.session,
      );
    }
    const result = await lighthouse(args.url, { output: "json", logLevel: "error", onlyCategories: CATEGORIES, ...(process.env.BENCH_LIGHTHOUSE_CPU_PROFILE ? { additionalTraceCategories: CPU_PROFILE } : {}) }, undefined, page);
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (args.save) {
      mkdirSync(args.save, { recursive: true });
      writeFileSync(join(args.save, `run-${run}.report.json`), result.report);
      writeFileSync(join(args.save, `run-${run}.trace.json`), JSON.stringify(result.artifacts.Trace));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    // The page Lighthouse loaded is still open: its last candidate is the LCP element.
    const lcpElement = await page.evaluate(() => window.__lcpLast ?? "").catch(() => "");
    const score = (id) => (lhr.categories[id]?.score ?? NaN) * 100;
    const path = await simulatedPath(result.artifacts, lhr.configSettings, lanternLcp).catch((e) => `not simulated: ${e?.message ?? e}`);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
      tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
      lcpElement,
      simulatedPath: path,
      finalUrl: lhr.finalDisplayedUrl,
      formFactor: lhr.configSettings.formFactor,
      throttling: { method: lhr.configSettings.throttlingMethod, ...lhr.configSettings.throttling },
      lighthouse: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent ?? "",
      warnings: lhr.runWarnings ?? [],
      api: apiRequests(lhr),
      failing: failures(lhr),
      errors: errors(lhr),
    };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Lighthouse and puppeteer-core live in the tools directory, not next to this script.
  const require = createRequire(join(args.dir, "package.json"));
  const entry = require.resolve("lighthouse");
  const { default: lighthouse } = await import(pathToFileURL(entry).href);
  // Lighthouse's own computation of the simulated LCP, to print its path (simulatedPath).
  const lanternModule = join(dirname(entry), "computed/metrics/lantern-largest-contentful-paint.js");
  const { LanternLargestContentfulPaint } = await import(pathToFileURL(lanternModule).href);
  const puppeteer = require("puppeteer-core");
  const front = args.https ? await httpsFront(new URL(args.url)) : null;
  if (front) {
    const { pathname, search } = new URL(args.url);
    args.url = front.origin + pathname + search;
  }
  const runs = [];
  for (let i = 0; i < args.runs; i++) {
    const started = Date.now();
    runs.push(await auditOnce(args, i + 1, lighthouse, LanternLargestContentfulPaint, puppeteer));
    process.stderr.write(`lighthouse: ${args.url} run ${i + 1}/${args.runs} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  front?.stop();
  process.stdout.write(JSON.stringify({ url: args.url, runs }) + "\n");
}

main().catch((e) => {
  process.stderr.write(`lighthouse.mjs: ${e?.stack ?? e}\n`);
  process.exit(1);
});
