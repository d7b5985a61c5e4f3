// The browser half of scripts/measure-web.sh: times what a user waits for, in Chromium, against
// the running app. Every figure is taken in the page (performance.now) from the user's action to
// the change on screen. Bounded: a fixed number of repetitions, loopback only.
import { createRequire } from 'module';
import { readFileSync } from 'fs';
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const base = process.env.BASE;
const runs = +(process.env.RUNS || 30);
// ONLY=drop,log (say) measures those parts alone: interactive, drop, grid, log, attribution, memory.
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const want = part => !only || only.includes(part);
const p95 = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const p50 = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.5)]; };
const report = (label, xs) => console.log(`${label.padEnd(40)} p50 ${p50(xs).toFixed(1).padStart(7)} ms   p95 ${p95(xs).toFixed(1).padStart(7)} ms   (${xs.length} runs)`);
const rssKb = () => +readFileSync(`/proc/${process.env.SERVER_PID}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'fr-FR' });
const page = await context.newPage();
const ready = p => p.locator('[data-circuit=ready]').waitFor({ state: 'attached' });
await page.goto(`${base}/account/signin`);
await page.fill('#email', 'perf@socialkpi.test');
await page.fill('#password', 'motdepasse42');
await page.click('button[type=submit]');
await page.waitForURL(u => !u.toString().includes('signin'));

// Board interactive: from navigation to the circuit being up (the page reacts from then on).
const interactive = [];
for (let i = 0; i < (want('interactive') ? 10 : 1); i++) {
  const t0 = Date.now();
  await page.goto(`${base}/board?owner=all`);
  await ready(page);
  interactive.push(Date.now() - t0);
}
if (want('interactive')) report('board interactive (navigation -> circuit)', interactive);

// Drop -> both headers updated: a card dragged between two open columns and back.
const column = name => page.locator(`[data-testid=board-column][data-stage-name="${name}"]`);
const drops = [];
const stages = ['Abonné', 'Engagé'];
for (let i = 0; i < (want('drop') ? runs : 0); i++) {
  const [from, to] = i % 2 === 0 ? stages : [...stages].reverse();
  const card = column(from).locator('[data-testid=board-card]').first();
  const name = (await card.locator('.board-card-name').textContent()).trim();
  const before = await column(to).locator('[data-testid=column-count]').textContent();
  await page.evaluate(([toName, before]) => {
    window.__drop = { t0: 0, t1: 0 };
    document.addEventListener('drop', () => { window.__drop.t0 = performance.now(); }, { capture: true, once: true });
    const count = document.querySelector(`[data-testid=board-column][data-stage-name="${toName}"] [data-testid=column-count]`);
    const observer = new MutationObserver(() => {
      const other = document.querySelector(`[data-testid=board-column]:not([data-stage-name="${toName}"]) [data-testid=column-count]`);
      if (count.textContent !== before && window.__drop.t0 && !window.__drop.t1) { window.__drop.t1 = performance.now(); observer.disconnect(); }
    });
    observer.observe(count, { characterData: true, childList: true, subtree: true });
  }, [to, before]);
  await card.dragTo(column(to).locator('.board-cards'));
  await page.waitForFunction(() => window.__drop.t1 > 0, null, { timeout: 10000 });
  drops.push(await page.evaluate(() => window.__drop.t1 - window.__drop.t0));
  await column(to).locator('[data-testid=board-card]', { hasText: name }).first().waitFor();
}
if (want('drop')) report('drop -> both headers updated', drops);

// Times in the page, like the drop: from the user's `event` (captured before the app sees it; for a
// key, the one named `key`: Ctrl+Enter's wait starts at Enter) to the first mutation after which
// the first element matching `selector` has a text other than `before` (when `includes` is null) or
// including `includes`. `act` performs the gesture.
async function timed(event, selector, { before = null, includes = null, key = null }, act) {
  await page.evaluate(([event, selector, before, includes, key]) => {
    window.__t = { t0: 0, t1: 0 };
    const start = e => {
      if (key !== null && e.key !== key) return;
      window.__t.t0 = performance.now();
      document.removeEventListener(event, start, { capture: true });
    };
    document.addEventListener(event, start, { capture: true });
    const shown = () => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return includes === null ? text !== before : text.includes(includes);
    };
    const observer = new MutationObserver(() => {
      if (window.__t.t0 && !window.__t.t1 && shown()) { window.__t.t1 = performance.now(); observer.disconnect(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, [event, selector, before, includes, key]);
  await act();
  await page.waitForFunction(() => window.__t.t1 > 0, null, { timeout: 10000 });
  return page.evaluate(() => window.__t.t1 - window.__t.t0);
}

// Prospects grid: a click on "next page" -> the first row changes.
await page.goto(`${base}/prospects`);
await ready(page);
await page.locator('[data-testid=prospect-grid] tbody tr').first().waitFor();
const pages = [];
for (let i = 0; i < (want('grid') ? runs : 0); i++) {
  const row = '[data-testid=prospect-grid] tbody tr';
  const first = await page.locator(row).first().textContent();
  const button = page.locator('.mud-table-pagination button[aria-label="Page suivante"]');
  pages.push(await timed('click', row, { before: first }, () => button.click()));
}
if (want('grid')) report('prospects grid page change', pages);

// Quick log: Ctrl+Enter -> the entry at the top of the timeline.
const prospect = await page.locator('[data-testid=prospect-grid] tbody tr a').first().getAttribute('href');
await page.goto(base + prospect);
await ready(page);
const logs = [];
for (let i = 0; i < (want('log') ? runs : 0); i++) {
  const text = `Mesure ${i} ${Date.now()}`;
  await page.locator('#ql-summary').fill(text);
  logs.push(await timed('keydown', '[data-testid=timeline] li', { includes: text, key: 'Enter' },
    () => page.locator('#ql-summary').press('Control+Enter')));
  await page.locator('[data-testid=timeline] li').first().filter({ hasText: text }).waitFor();
}
if (want('log')) report('quick log (Ctrl+Enter -> timeline)', logs);

// Attribution: a new period, navigated to inside the circuit (warm), until the totals change.
await page.goto(`${base}/reports/attribution`);
await ready(page);
await page.locator('[data-testid=attribution-totals]').waitFor();
const periods = [];
for (let i = 0; i < (want('attribution') ? 20 : 0); i++) {
  const month = String(1 + (i % 10)).padStart(2, '0');
  const before = await page.locator('[data-testid=attribution-totals]').textContent();
  const t0 = Date.now();
  await page.evaluate(m => Blazor.navigateTo(`/reports/attribution?from=2026-${m}-01&to=2026-11-01`), month);
  await page.waitForFunction(b => document.querySelector('[data-testid=attribution-totals]')?.textContent !== b, before, { timeout: 10000 }).catch(() => {});
  periods.push(Date.now() - t0);
}
if (want('attribution')) report('attribution period change (warm)', periods);

// 30 open boards: the server's resident memory, before and after, per circuit.
if (!want('memory')) { await browser.close(); process.exit(0); }
const idle = rssKb();
const boards = [];
for (let i = 0; i < 30; i++) {
  const p = await context.newPage();
  await p.goto(`${base}/board?owner=all`);
  await ready(p);
  boards.push(p);
}
await new Promise(r => setTimeout(r, 2000)); // let the last renders settle before reading /proc
const open = rssKb();
console.log(`30 open boards: server RSS ${(idle / 1024).toFixed(0)} MB -> ${(open / 1024).toFixed(0)} MB, ${((open - idle) / 30 / 1024).toFixed(2)} MB per circuit`);
await browser.close();
