// Browser test of the sitrep web page against a server over the seed reports.
// Usage: node browser_test.mjs BASE_URL ARTIFACT_DIR
// Walks storylines -> storyline -> search -> article -> entity as a reader would, saves a
// screenshot of each page, and exits non-zero with a one-line reason at the first failure.
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';

const [base, artifacts] = process.argv.slice(2);
if (!base || !artifacts) {
  console.error('usage: node browser_test.mjs BASE_URL ARTIFACT_DIR');
  process.exit(2);
}
mkdirSync(artifacts, {recursive: true});
const baseHost = new URL(base).host;

class Failure extends Error {}
let passed = 0;
function check(condition, what) {
  if (!condition) throw new Failure(what);
  ++passed;
  console.log(`ok ${passed} - ${what}`);
}

async function visible(page, selector, what, timeout = 10000) {
  try {
    await page.locator(selector).first().waitFor({state: 'visible', timeout});
  } catch {
    const error = await page.locator('.error').first().textContent({timeout: 500}).catch(() => null);
    throw new Failure(`${what}: no ${selector} shown${error ? ` (page says: ${error.trim()})` : ''}`);
  }
}

async function shot(page, name) {
  await page.screenshot({path: join(artifacts, name), fullPage: true});
}

async function run(page, consoleErrors, foreignRequests) {
  // Storylines, and the keyboard's first stops.
  await page.goto(`${base}/`);
  await visible(page, '.storyline-row', 'storyline list');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.classList.contains('skip-link')),
    'Tab first reaches the skip link');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => !!document.activeElement.closest('header')),
    'the next Tab reaches the header');
  const sparklines = await page.locator('.storyline-row svg.sparkline').count();
  check(sparklines >= 1, 'the storyline list shows sparklines');
  await shot(page, 'storylines.png');

  // The largest storyline: the seeds make one of all five articles.
  const rows = await page.locator('.storyline-row').evaluateAll((els) =>
    els.map((el) => ({articles: Number(el.dataset.articles), href: el.querySelector('a').getAttribute('href')})));
  const largest = rows.reduce((a, b) => (b.articles > a.articles ? b : a));
  check(largest.articles >= 5, `the largest storyline holds the five seed articles (has ${largest.articles})`);
  await page.locator(`.storyline-row a[href="${largest.href}"]`).first().click();
  await visible(page, 'svg.timeline-chart', 'storyline timeline chart');
  check(await page.locator('svg.timeline-chart rect.bar').count() >= 1, 'the timeline chart has bars');
  check(await page.locator('.claim').count() >= 1, 'the storyline shows claim groups');
  const conflicts = await page.locator('.conflict').allTextContents();
  const deaths = conflicts.some((t) => t.includes('13,000') && t.includes('14,000'));
  const claims = deaths ? [] : await page.locator('.claim').allTextContents();
  check(deaths, deaths
    ? 'the 13,000 vs 14,000 death tolls are marked as a conflict'
    : 'no .conflict element holds both "13,000" and "14,000" (the seeds\' death tolls); ' +
      `${conflicts.length} conflict element(s); claims shown: ${claims.map((t) => t.slice(0, 60)).join(' | ')}`);
  const disputes = await page.locator('.dispute').allTextContents();
  check(disputes.some((t) => /withdr/i.test(t)),
    `the withdrawal dispute is shown (${disputes.length} dispute(s) on the page)`);
  await shot(page, 'storyline.png');

  // Search from the header box.
  await page.locator('#header-q').fill('Kirby');
  await page.locator('#header-q').press('Enter');
  await visible(page, '.search-results .hit', 'search results for Kirby');
  check(await page.locator('.search-results .snippet mark').count() >= 1, 'search snippets highlight the matched word');
  await shot(page, 'search.png');

  // An article from the results, with its facts marked in the text.
  await page.locator('.search-results .hit-title').first().click();
  await visible(page, '.article-text', 'article text');
  check(await page.locator('.article-text mark.quote').count() >= 1, 'the article text marks quotes');
  check(await page.locator('.article-text mark.entity').count() >= 1, 'the article text marks entities');
  // Spans are UTF-8 byte offsets and the seeds' curly quotes take three bytes each: a
  // wrong conversion would shift every mark. Each quote's bytes, decoded, must be marked.
  const misplaced = await page.evaluate(async () => {
    const id = decodeURIComponent(location.hash.split('/')[2]);
    const article = await (await fetch(`/api/articles/${id}`)).json();
    const bytes = new TextEncoder().encode(article.text);
    const marked = [...document.querySelectorAll('.article-text mark.quote')].map((m) => m.textContent).join('');
    return article.facts.quotes
      .map((q) => new TextDecoder().decode(bytes.slice(q.begin, q.end)))
      .filter((text) => !marked.includes(text));
  });
  check(misplaced.length === 0, `quote marks cover the API's byte spans${misplaced.length ? ` (not marked: "${misplaced[0]}")` : ''}`);
  await shot(page, 'article.png');

  // A person: Kirby where the article names him, else the first person marked.
  const kirby = page.locator('.article-text mark.entity.PER a', {hasText: 'Kirby'});
  const person = (await kirby.count()) ? kirby.first() : page.locator('.article-text mark.entity.PER a').first();
  check(await person.count() === 1, 'the article marks a person');
  await person.click();
  await visible(page, '.entity-head h1', 'entity page');
  const name = (await page.locator('.entity-head h1').textContent()).trim();
  check(name.length > 0, `the entity page names the person (${name})`);
  check(await page.locator('.quote-timeline li, .article-list li').count() >= 1,
    'the entity page lists quotes or articles');
  await shot(page, 'entity.png');

  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? `: ${consoleErrors[0]}` : ''}`);
  check(foreignRequests.length === 0,
    `no request left ${baseHost}${foreignRequests.length ? `: ${foreignRequests[0]}` : ''}`);

  // An API error is shown, not swallowed (the browser logs the 404 itself, hence last).
  await page.goto(`${base}/#/article/ffffffffffffffff`);
  await visible(page, '.error', 'error for an unknown article');
  check(/404/.test(await page.locator('.error').first().textContent()), 'an unknown article shows the API\'s 404');
}

const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
let code = 0;
try {
  const page = await browser.newPage({viewport: {width: 1366, height: 768}});
  const consoleErrors = [];
  const foreignRequests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
  await run(page, consoleErrors, foreignRequests);
  console.log(`browser tests: ${passed} passed, 0 failed`);
} catch (error) {
  const reason = error instanceof Failure ? error.message : `${error.name}: ${error.message.split('\n')[0]}`;
  console.log(`FAIL: ${reason}`);
  console.log(`browser tests: ${passed} passed, 1 failed`);
  code = 1;
} finally {
  await browser.close();
}
process.exit(code);
