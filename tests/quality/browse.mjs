// Reads a built site in headless Chromium the way a reader does, and prints what it found as
// JSON on stdout. Used by tests/site_quality.rs; can be run by hand:
//
//   node tests/quality/browse.mjs public/ [screenshot-dir] [page-to-photograph ...]
//
// 1. From disk: every page is opened as a file:// URL and every link on it that stays in the
//    site is followed in the browser. Each must open a page of the site (a file with a <main>,
//    not a folder listing), its #anchor must exist there, and the page must be styled (the
//    theme's stylesheet loaded: its custom property --fg is set). The 404 pages are opened
//    from disk too, to see that they are styled.
// 2. Under a sub-path: the site is served by a loopback web server at /a/sub/folder/ and every
//    link is followed from the root page on; each must answer 200 with a page of the site.
// 3. Reflow: no page scrolls sideways at 360 CSS pixels (nor at 320: WCAG 1.4.10).
// 4. Screenshots: the pages named on the command line, at 360 and 1280 CSS pixels, full page,
//    written to the screenshot folder as <page>-<width>.png.
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM); playwright-core downloads nothing.
// Output: {"pages", "links", "problems": [...], "reflow": [...], "screenshots": [...]}.
// Exit code 0 unless something could not run (then 2, with the reason on stderr).

import { createServer } from 'node:http';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);

function fail(msg) {
  process.stderr.write(`browse.mjs: ${msg}\n`);
  process.exit(2);
}

const [dirArg, shotDir, ...shotPages] = process.argv.slice(2);
if (!dirArg) fail('usage: node browse.mjs <site-dir> [screenshot-dir] [page ...]');
const root = path.resolve(dirArg);
if (!existsSync(path.join(root, 'index.html'))) fail(`${root} has no index.html: build the site first`);

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  fail(`cannot load playwright-core (${e.message}); run \`npm ci --prefix tests/quality\``);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath}; install Debian's \`chromium\` or set CHROMIUM`);

// Every HTML file of the site, as paths relative to the root.
async function htmlFiles(dir, prefix = '') {
  const out = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) out.push(...(await htmlFiles(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else if (e.name.endsWith('.html')) out.push(prefix + e.name);
  }
  return out;
}
const files = await htmlFiles(root);
const isNotFound = (f) => f === '404.html' || f.endsWith('/404.html');

const browser = await chromium
  .launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--allow-file-access-from-files'],
  })
  .catch((e) => fail(`cannot start Chromium: ${e.message}`));

const result = { pages: 0, links: 0, problems: [], reflow: [], screenshots: [] };
const problem = (where, what) => result.problems.push(`${where}: ${what}`);

// What a loaded page is: a page of the site (has <main>), styled (--fg set), its ids, and the
// links on it that stay inside the site.
async function inspect(page) {
  return page.evaluate(() => ({
    main: !!document.querySelector('main'),
    styled: getComputedStyle(document.documentElement).getPropertyValue('--fg').trim() !== '',
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
  }));
}

// 1. From disk.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const fileRoot = pathToFileURL(root + path.sep).href;
  const seen = new Map(); // file URL without fragment → inspection
  const visit = async (url) => {
    if (seen.has(url)) return seen.get(url);
    let info = null;
    try {
      const response = await page.goto(url, { waitUntil: 'load' });
      info = response === null || response.ok() ? await inspect(page) : null;
    } catch {
      info = null;
    }
    seen.set(url, info);
    return info;
  };
  for (const f of files) {
    const url = fileRoot + f;
    const info = await visit(url);
    result.pages++;
    const name = `file:///…/${f}`;
    if (!info) { problem(name, 'does not open'); continue; }
    if (!info.styled) problem(name, 'is not styled when opened from disk (the stylesheet did not load)');
    if (isNotFound(f)) continue; // its links are absolute from the server's root
    for (const href of info.links) {
      if (!href.startsWith('file:')) continue; // another site, mailto:, tel:
      result.links++;
      const target = new URL(href);
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      if (!target.href.startsWith(fileRoot)) { problem(name, `${href} leads outside the site`); continue; }
      const rel = target.href.slice(fileRoot.length);
      if (!rel.endsWith('.html')) {
        // A data file (notice.json): it must be there; the browser shows it as it is.
        if (!existsSync(path.join(root, decodeURIComponent(rel)))) problem(name, `${rel} does not exist`);
        continue;
      }
      const there = rel === f ? info : await visit(target.href);
      if (!there) { problem(name, `${rel} does not open from disk`); continue; }
      if (!there.main) { problem(name, `${rel || '(the site root)'} opens a folder listing, not a page`); continue; }
      if (fragment && !there.ids.includes(fragment)) problem(name, `${rel}#${fragment}: no such id`);
    }
  }
  await context.close();
}

// 2. Under a sub-path, behind a web server.
{
  const prefix = '/a/sub/folder/';
  const server = createServer(async (req, res) => {
    try {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!p.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
      let file = path.join(root, p.slice(prefix.length));
      if (!file.startsWith(root)) throw new Error('outside');
      let s = await stat(file).catch(() => null);
      if (s && s.isDirectory()) { file = path.join(file, 'index.html'); s = await stat(file).catch(() => null); }
      if (!s) { res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }); res.end(await readFile(path.join(root, '404.html'))); return; }
      const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml' }[path.extname(file)] || 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(await readFile(file));
    } catch {
      res.writeHead(400); res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const queue = [base];
  const seen = new Set(queue);
  while (queue.length) {
    const url = queue.shift();
    const name = `http://…${prefix}${url.slice(base.length)}`;
    const response = await page.goto(url, { waitUntil: 'load' }).catch(() => null);
    if (!response || response.status() !== 200) { problem(name, `answers ${response ? response.status() : 'nothing'} under a sub-path`); continue; }
    if (!url.endsWith('.html') && !url.endsWith('/')) continue; // JSON, feeds
    const info = await inspect(page);
    if (!info.main) { problem(name, 'is not a page of the site'); continue; }
    if (!info.styled) problem(name, 'is not styled under a sub-path');
    for (const href of info.links) {
      const target = new URL(href);
      target.hash = '';
      if (!target.href.startsWith(`http://127.0.0.1:${server.address().port}`)) continue;
      if (!target.href.startsWith(base)) { problem(name, `${href} leaves the sub-path`); continue; }
      if (!seen.has(target.href)) { seen.add(target.href); queue.push(target.href); }
    }
  }
  result.subpath_pages = seen.size;
  await context.close();
  server.close();
}

// 3. Reflow, and 4. screenshots.
{
  for (const width of [320, 360]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const f of files) {
      await page.goto(pathToFileURL(path.join(root, f)).href, { waitUntil: 'load' });
      const m = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (m.scrollWidth > m.clientWidth) result.reflow.push({ page: f, width, ...m });
    }
    await context.close();
  }
  if (shotDir) {
    await mkdir(shotDir, { recursive: true });
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const f of shotPages) {
        await page.goto(pathToFileURL(path.join(root, f)).href, { waitUntil: 'load' });
        const name = f.replace(/\/index\.html$/, '').replace(/\.html$/, '').replace(/\//g, '_') || 'index';
        const file = path.join(shotDir, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        result.screenshots.push(file);
      }
      await context.close();
    }
  }
}

await browser.close();
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
