// Lighthouse (pinned lighthouse@12.2.3, Debian's Chromium, the default mobile profile with its
// simulated slow 4G and 4× CPU slowdown) on the edition home and the agenda in English and
// Arabic, median of `--runs` runs per page. Reference in the same run: the English edition home
// with its scripts removed, served beside it (same HTML, CSS, fonts and images from the same
// server): the score a page of this weight gets on this machine without JavaScript; and the home
// of Next.js alone (bench/floor: a heading, a sentence and a link, nothing of the portal's), the
// score any App Router page gets at most on this machine with Next.js's and React's scripts.
// Goal (issue 14): performance ≥ 95, accessibility, best practices and SEO 100.
//
//   NODE_ENV=production npx next build && node --import tsx bench/lighthouse.ts [--runs 3]
import { execFile } from "node:child_process";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { startFloor } from "./lib/floor.ts";
import { bounded, LOAD_CORE, log, pinned, root, startApp, startSeededDatabase, writeResults } from "./lib/harness.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3840" },
    "reference-port": { type: "string", default: "3841" },
    "floor-port": { type: "string", default: "3842" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
  },
});
const runs = Number(values.runs);
const chromeFlags =
  "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

interface LighthouseReport {
  categories: Record<(typeof categories)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; displayValue?: string }>;
}

// asynchronous: the reference page is served by this very process while Lighthouse runs
async function lighthouse(url: string): Promise<LighthouseReport> {
  const [cmd, args] = pinned(LOAD_CORE, path.join(root, "node_modules/.bin/lighthouse"), [
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${categories.join(",")}`,
    `--chrome-flags=${chromeFlags}`,
    "--max-wait-for-load=45000",
  ]);
  const { stdout: out } = await promisify(execFile)(cmd, args, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 240_000,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
  });
  return JSON.parse(out) as LighthouseReport;
}

interface Row {
  name: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  kib: number;
  diagnostics: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await bounded(30 * 60_000, async (cleanup) => {
  const db = await startSeededDatabase();
  cleanup(() => db.stop());
  const app = await startApp({ port: Number(values.port), databaseUrl: db.url, distDir: values.dist });
  cleanup(() => app.stop());

  // the reference: /reference is the English home without <script> elements; everything else is the app's
  const home = await (await fetch(`${app.base}/en`)).text();
  const stripped = home.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link[^>]+rel="preload"[^>]+as="script"[^>]*>/g, "");
  const reference = http.createServer((req, res) => {
    if (req.url === "/reference") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(stripped);
      return;
    }
    const upstream = http.request(`${app.base}${req.url}`, { method: req.method, headers: { ...req.headers, host: `127.0.0.1:${values.port}` } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => reference.listen(Number(values["reference-port"]), "127.0.0.1", r));
  cleanup(() => new Promise((r) => reference.close(r)));

  const floor = await startFloor(Number(values["floor-port"]));
  cleanup(() => floor.stop());

  const pages = [
    { name: "Reference: English home without scripts", url: `http://127.0.0.1:${values["reference-port"]}/reference` },
    { name: "Reference: Next.js alone, a page with no code of its own", url: `${floor.base}/` },
    { name: "Edition home, English", url: `${app.base}/en` },
    { name: "Edition home, Arabic", url: `${app.base}/ar` },
    { name: "Agenda, English", url: `${app.base}/en/forums/2027/agenda` },
    { name: "Agenda, Arabic", url: `${app.base}/ar/forums/2027/agenda` },
  ];
  const rows: Row[] = [];
  const findings = new Map<string, Set<string>>();
  for (const page of pages) {
    await fetch(page.url); // rendered once before measuring
    const reports: LighthouseReport[] = [];
    for (let i = 0; i < runs; i++) {
      reports.push(await lighthouse(page.url));
      log(`${page.name} run ${i + 1}: performance ${Math.round((reports.at(-1)!.categories.performance.score ?? 0) * 100)}`);
    }
    const score = (c: (typeof categories)[number]) => median(reports.map((r) => Math.round((r.categories[c].score ?? 0) * 100)));
    const metric = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
    rows.push({
      name: page.name,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      kib: metric("total-byte-weight") / 1024,
      // where the performance time goes, as Lighthouse reports it (last run)
      diagnostics: [
        "unused-javascript",
        "render-blocking-resources",
        "bootup-time",
        "mainthread-work-breakdown",
        "font-display",
        "uses-responsive-images",
        "server-response-time",
      ]
        .map((id) => reports.at(-1)!.audits[id])
        .filter((a) => a?.displayValue)
        .map((a) => `${a.title}: ${a.displayValue}`),
    });
    // what keeps a category below 100 (or performance below 95): the audits that failed in any run
    for (const r of reports)
      for (const c of categories)
        for (const ref of r.categories[c].auditRefs) {
          const a = r.audits[ref.id];
          const counts = c === "performance" ? ref.weight > 0 && (a?.score ?? 1) < 0.9 : (a?.score ?? 1) < 1;
          if (!a || !counts || a.scoreDisplayMode === "informative" || a.scoreDisplayMode === "notApplicable") continue;
          const key = `${c}: ${a.title}`;
          if (!findings.has(key)) findings.set(key, new Set());
          findings.get(key)!.add(page.name);
        }
  }
  const met = (r: Row) => r.performance >= 95 && r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100;
  console.log(`Lighthouse 12.2.3, mobile, median of ${runs} (load average ${os.loadavg()[0].toFixed(1)})\n`);
  console.log(
    "| Page | Performance | Accessibility | Best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS | KiB | goal |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  );
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} | ${r.kib.toFixed(0)} | ${r.name.startsWith("Reference") ? "" : met(r) ? "met" : "NOT met"} |`,
    );
  console.log("\nDiagnostics (last run of each page):");
  for (const r of rows) console.log(`- ${r.name}: ${r.diagnostics.join("; ")}`);
  console.log("\nAudits that failed (in any run):");
  for (const [finding, where] of findings) console.log(`- ${finding} — ${[...where].join(", ")}`);
  writeResults("lighthouse", { runs, rows, findings: Object.fromEntries([...findings].map(([k, v]) => [k, [...v]])) });
});
