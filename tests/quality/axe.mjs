// Runs axe-core in headless Chromium on pages of a built site and prints what it found as
// JSON on stdout. Used by tests/site_quality.rs; can be run by hand:
//
//   node tests/quality/axe.mjs public/                       every page of public/ (with the
//                                                            context pages and the 404 pages)
//   node tests/quality/axe.mjs public/ nb/ nb/some-notice/   only these pages
//
// The site is served from a loopback HTTP server (as a web server would serve it, so the
// 404 page is checked where a reader meets it: at a path that does not exist). Each page is
// checked in the light and the dark colour scheme, and at 320 CSS pixels wide for reflow
// (WCAG 1.4.10: no page-level horizontal scrolling).
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM); playwright-core downloads nothing.
// Output: {"axe": "<version>", "tags": [...], "pages": [{"page", "scheme", "violations": [...]}],
//          "reflow": [{"page", "scrollWidth", "clientWidth"}]}. Exit code 0 unless something
// could not run (then 2, with the reason on stderr).

import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Rules outside the WCAG tags that this project holds itself to as well: the heading outline
// has no skipped levels, every page has one h1 and one main landmark, all content is inside
// landmarks, and landmarks are uniquely named.
const EXTRA_RULES = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'landmark-complementary-is-top-level',
  'region',
  'skip-link',
  'empty-heading',
  'empty-table-header',
];

function fail(msg) {
  process.stderr.write(`axe.mjs: ${msg}\n`);
  process.exit(2);
}

const [dirArg, ...pageArgs] = process.argv.slice(2);
if (!dirArg) fail('usage: node axe.mjs <site-dir> [page-path ...]');
const root = path.resolve(dirArg);
if (!existsSync(path.join(root, 'index.html'))) fail(`${root} has no index.html: build the site first`);

let chromium, axePath;
try {
  ({ chromium } = require('playwright-core'));
  axePath = require.resolve('axe-core/axe.min.js');
} catch (e) {
  fail(`cannot load playwright-core or axe-core (${e.message}); run \`npm ci --prefix tests/quality\``);
}
const axeVersion = require('axe-core/package.json').version;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath}; install Debian's \`chromium\` or set CHROMIUM`);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// A static server like any web host: folder → index.html, missing → 404.html with status 404.
const server = createServer(async (req, res) => {
  try {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) throw new Error('outside');
    let s = await stat(file).catch(() => null);
    if (s && s.isDirectory()) {
      file = path.join(file, 'index.html');
      s = await stat(file).catch(() => null);
    }
    if (!s) {
      // A language's own 404 page under /<lang>/, where there is one (as a server configured
      // per language folder answers), else the root's.
      const lang = rel.split('/')[1];
      const own = lang && path.join(root, lang, '404.html');
      const page = own && existsSync(own) ? own : path.join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(page));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(400);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

async function allPages(dir, prefix = '') {
  const out = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) out.push(...(await allPages(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else if (e.name === 'index.html') out.push(prefix);
    else if (e.name.startsWith('context-') && e.name.endsWith('.html')) out.push(prefix + e.name);
    else if (e.name === '404.html') out.push(prefix + e.name);
  }
  return out;
}

// Page paths as URLs: `nb/x/` (a folder), `nb/x/context-y.html` (a file); a 404 page
// (`404.html`, `nb/404.html`) is asked for at a path that does not exist under its folder.
let pages = pageArgs.length ? pageArgs : await allPages(root);
pages = pages.map((p) => p.replace(/^\.?\//, '').replace(/(^|\/)index\.html$/, '$1'));

const browser = await chromium
  .launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  .catch((e) => fail(`cannot start Chromium: ${e.message}`));

const result = { axe: axeVersion, tags: TAGS, extra_rules: EXTRA_RULES, pages: [], reflow: [] };
const urlOf = (p) => (p.endsWith('404.html') ? `${base}${p.slice(0, -'404.html'.length)}this/page/does-not-exist/` : base + p);

// One pass per colour scheme, the two side by side.
async function axePass(scheme) {
  const context = await browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  const out = [];
  for (const p of pages) {
    await page.goto(urlOf(p), { waitUntil: 'load' });
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(
      async ({ tags, extra }) => {
        const opts = { resultTypes: ['violations'] };
        const a = await window.axe.run(document, { ...opts, runOnly: { type: 'tag', values: tags } });
        const b = await window.axe.run(document, { ...opts, runOnly: { type: 'rule', values: extra } });
        return [...a.violations, ...b.violations].map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
        }));
      },
      { tags: TAGS, extra: EXTRA_RULES },
    );
    out.push({ page: p, scheme, violations });
  }
  await context.close();
  return out;
}

// Reflow: at 320 CSS px the page itself must not scroll sideways (WCAG 1.4.10).
async function reflowPass() {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const out = [];
  for (const p of pages) {
    await page.goto(urlOf(p), { waitUntil: 'load' });
    const m = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (m.scrollWidth > m.clientWidth) out.push({ page: p, ...m });
  }
  await context.close();
  return out;
}

try {
  const [light, dark, reflow] = await Promise.all([axePass('light'), axePass('dark'), reflowPass()]);
  result.pages.push(...light, ...dark);
  result.reflow.push(...reflow);
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
