// The browser half of scripts/measure-wizard.sh: one import of the file through the wizard,
// timed in three steps from the user's click to the answer on screen; the check and the import
// also say when the progress bar showed each of the importer's steps.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await (await browser.newContext({ viewport: { width: Number(process.env.WIDTH || 1366), height: 800 }, locale: process.env.LOCALE || 'fr-FR' })).newPage();
await page.goto(`${base}/account/signin`);
await page.fill('#email', 'perf@socialkpi.test');
await page.fill('#password', 'motdepasse42');
await page.click('button[type=submit]');
await page.waitForURL(u => !u.toString().includes('signin'));
await page.goto(`${base}/import`);
await page.locator('[data-circuit=ready]').waitFor({ state: 'attached' });
// The file input listens for a choice only once Blazor's InputFile script has set it up (it marks
// the element); a file set before that is never uploaded.
await page.waitForFunction(() => document.querySelector('[data-testid=import-upload] input[type=file]')?._blazorInputFileNextFileId !== undefined);

const minutes = { timeout: 120_000 };
// When each step first shows above the progress bar, in seconds after the click: its first word
// ("Lecture", "Vérification", "Écriture", "Finalisation").
const watchSteps = () => page.evaluate(() => {
  const start = performance.now();
  window.__steps = {};
  window.__stepWatch?.disconnect();
  window.__stepWatch = new MutationObserver(() => {
    const text = document.querySelector('[data-testid=import-progress-text]')?.textContent;
    const step = text?.split(/[\s:…]/)[0];
    if (step && !(step in window.__steps)) window.__steps[step] = ((performance.now() - start) / 1000).toFixed(2);
  });
  window.__stepWatch.observe(document.body, { subtree: true, childList: true, characterData: true });
});
const steps = async () => Object.entries(await page.evaluate(() => window.__steps)).map(([step, at]) => `${step} ${at} s`).join(', ');
let t0 = Date.now();
await page.setInputFiles('[data-testid=import-upload] input[type=file]', process.env.FILE);
await page.locator('[data-testid=import-mapping]').waitFor(minutes);
const upload = Date.now() - t0;
if (await page.locator('[data-testid=import-missing]').count() > 0)
  throw new Error('Columns left unmatched: ' + await page.locator('[data-testid=import-missing]').innerText());

await watchSteps();
t0 = Date.now();
await page.click('[data-testid=import-check]');
await page.locator('[data-testid=import-ready], [data-testid=import-errors]').first().waitFor(minutes);
const check = Date.now() - t0;
const checkSteps = await steps();
if (await page.locator('[data-testid=import-errors]').count() > 0)
  throw new Error('The check found errors: ' + (await page.locator('[data-testid=import-errors]').innerText()).slice(0, 500));

await watchSteps();
t0 = Date.now();
await page.click('[data-testid=import-run]');
if (process.env.SHOT) {
  // A picture of the bar halfway through the writes, to look at (not timed: the import goes on meanwhile).
  await page.locator('[data-testid=import-progress-text]', { hasText: /^(Écriture|Writing)/ }).waitFor(minutes);
  await page.screenshot({ path: process.env.SHOT });
}
await page.locator('[data-testid=import-result]').waitFor(minutes);
const run = Date.now() - t0;
const runSteps = await steps();
const shown = await page.locator('[data-testid=import-result]').innerText();
console.log(`wizard, ${process.env.ROWS} rows: file chosen -> columns matched ${(upload / 1000).toFixed(2)} s   check ${(check / 1000).toFixed(2)} s   import ${(run / 1000).toFixed(2)} s   end to end ${((upload + check + run) / 1000).toFixed(2)} s`);
console.log(`  check's steps began at: ${checkSteps}\n  import's steps began at: ${runSteps}`);
if (!/importée|imported/.test(shown)) throw new Error('No result: ' + shown);
await browser.close();
