// The benchmark's Lighthouse part (scripts/bench, docs/BENCHMARKS.md "Lighthouse"): audits one
// URL a few times with Lighthouse's Node API, each run in a fresh headless Chromium with a
// profile of its own (a cold load), and prints the results as one JSON object on stdout.
// Lighthouse's defaults are kept: the mobile preset, simulated throttling, and the storage
// reset before the navigation. The benchmark (tests/e2e/src/bench/lighthouse.rs) starts the
// sandbox, runs this script once per page and turns the JSON into rows.
//
//   node lighthouse.mjs --lighthouse-dir DIR --chrome PATH --url URL [--runs N]
//                       [--session-item KEY=VALUE] [--save DIR]
//
// --lighthouse-dir is where npm installed lighthouse (scripts/env.sh, install_lighthouse);
// its puppeteer-core drives the browser. --session-item puts KEY=VALUE into sessionStorage
// before any script of the page runs (puppeteer's evaluateOnNewDocument), so the page loads
// signed in; it is set on every new document, so Lighthouse's storage reset cannot drop it.
// --save writes each run's full report (run-N.report.json, for Lighthouse's viewer) into DIR.
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    throw new Error("usage: lighthouse.mjs --lighthouse-dir DIR --chrome PATH --url URL [--runs N] [--session-item K=V] [--save DIR]");
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

// The API requests the page made, with their status (from the network-requests audit), so the
// benchmark can tell a signed-in load from one that fell back to the sign-in page.
function apiRequests(lhr) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  return items
    .filter((r) => typeof r.url === "string" && new URL(r.url).pathname.startsWith("/user/api/"))
    .map((r) => ({ path: new URL(r.url).pathname, status: r.statusCode }));
}

async function auditOnce(args, run, lighthouse, puppeteer) {
  const profile = mkdtempSync(join(tmpdir(), "proxyshard-lighthouse-"));
  const browser = await puppeteer.launch({
    executablePath: args.chrome,
    headless: true,
    userDataDir: profile,
    args: CHROME_FLAGS,
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
    const result = await lighthouse(args.url, { output: "json", logLevel: "error", onlyCategories: CATEGORIES }, undefined, page);
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (args.save) {
      mkdirSync(args.save, { recursive: true });
      writeFileSync(join(args.save, `run-${run}.report.json`), result.report);
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    // The page Lighthouse loaded is still open: its last candidate is the LCP element.
    const lcpElement = await page.evaluate(() => window.__lcpLast ?? "").catch(() => "");
    const score = (id) => (lhr.categories[id]?.score ?? NaN) * 100;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
      tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
      lcpElement,
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
  const { default: lighthouse } = await import(pathToFileURL(require.resolve("lighthouse")).href);
  const puppeteer = require("puppeteer-core");
  const runs = [];
  for (let i = 0; i < args.runs; i++) {
    const started = Date.now();
    runs.push(await auditOnce(args, i + 1, lighthouse, puppeteer));
    process.stderr.write(`lighthouse: ${args.url} run ${i + 1}/${args.runs} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(JSON.stringify({ url: args.url, runs }) + "\n");
}

main().catch((e) => {
  process.stderr.write(`lighthouse.mjs: ${e?.stack ?? e}\n`);
  process.exit(1);
});
