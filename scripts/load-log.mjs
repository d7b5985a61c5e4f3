// The browser half of scripts/load-log.sh: CLIENTS pages log conversations concurrently for
// SECONDS_ seconds. Each client works on its own prospect, types a unique summary, presses
// Ctrl+Enter and waits for that entry at the top of its timeline (a confirmed write). Bounded in
// clients and time; loopback only.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const base = process.env.BASE;
const clients = +process.env.CLIENTS;
const seconds = +process.env.SECONDS_;
const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))]; };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

// One sign-in, its cookies shared by every client (each page still opens its own circuit).
const first = await browser.newContext({ locale: 'fr-FR' });
const signIn = await first.newPage();
await signIn.goto(`${base}/account/signin`);
await signIn.fill('#email', 'perf@socialkpi.test');
await signIn.fill('#password', 'motdepasse42');
await signIn.click('button[type=submit]');
await signIn.waitForURL(u => !u.toString().includes('signin'));
await signIn.goto(`${base}/prospects`);
await signIn.locator('[data-testid=prospect-grid] tbody tr a').first().waitFor();
const links = await signIn.locator('[data-testid=prospect-grid] tbody tr a').evaluateAll(as => as.map(a => a.getAttribute('href')));
const state = await first.storageState();
await first.close();

const latencies = [];
let confirmed = 0;
const errors = [];

async function client(index) {
  const context = await browser.newContext({ locale: 'fr-FR', storageState: state, viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  await page.goto(base + links[index % links.length]);
  await page.locator('[data-circuit=ready]').waitFor({ state: 'attached', timeout: 60000 });
  const deadline = Date.now() + seconds * 1000;
  for (let i = 0; Date.now() < deadline; i++) {
    const text = `Charge ${index}-${i}`;
    try {
      await page.locator('#ql-summary').fill(text);
      const t0 = Date.now();
      await page.locator('#ql-summary').press('Control+Enter');
      await page.locator('[data-testid=timeline] li').first().filter({ hasText: text }).waitFor({ timeout: 15000 });
      latencies.push(Date.now() - t0);
      confirmed++;
    } catch (e) {
      errors.push(`${text}: ${e.message.split('\n')[0]}`);
    }
  }
  await context.close();
}

const started = Date.now();
await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
const elapsed = (Date.now() - started) / 1000;
await browser.close();

console.log(`${clients} clients for ${seconds} s: confirmed ${confirmed} logs (${(confirmed / elapsed).toFixed(1)} per second), errors ${errors.length}`);
console.log(`quick log under load (Ctrl+Enter -> timeline): p50 ${pct(latencies, 0.5)} ms, p95 ${pct(latencies, 0.95)} ms, max ${pct(latencies, 1)} ms`);
for (const e of errors.slice(0, 10)) console.log(`  error: ${e}`);
if (errors.length > 0) process.exitCode = 1;
