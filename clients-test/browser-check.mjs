// Drives Debian's chromium through Playwright over a generated reference page and prints what a
// reader would see, as JSON, for the JUnit test to judge.
//   node browser-check.mjs scenario PAGE.html SCREENSHOT.png   search, anchor, language switch
//   node browser-check.mjs dump PAGE.html                       every text as the DOM holds it
//   node browser-check.mjs switch PAGE.html LOCALE              the titles and messages shown in LOCALE
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [mode, page_, screenshot] = process.argv.slice(2);
const url = pathToFileURL(page_).href;
const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const result = { consoleErrors: [], requests: [] };
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      result.consoleErrors.push(message.type() + ": " + message.text());
    }
  });
  page.on("pageerror", (error) => result.consoleErrors.push("pageerror: " + error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(url.split("#")[0])) {
      result.requests.push(request.url());
    }
  });
  await page.goto(url);
  const visibleRows = () => page.$$eval("tr.error", (rows) => rows.filter((row) => row.offsetParent !== null).map((row) => row.id));
  if (mode === "scenario") {
    result.allRows = (await visibleRows()).length;
    result.count = await page.textContent("#count");
    await page.screenshot({ path: screenshot });
    await page.fill("#search", "3049");
    result.searchRows = await visibleRows();
    result.searchCount = await page.textContent("#count");
    result.searchSections = await page.$$eval("section.category",
      (sections) => sections.filter((s) => s.offsetParent !== null).map((s) => s.id));
    await page.fill("#search", "zzz-no-such-thing");
    result.noMatchShown = await page.isVisible("#no-match");
    await page.fill("#search", "");
    result.clearedRows = (await visibleRows()).length;
    await page.goto(url + "#304900");
    result.target = await page.evaluate(() => {
      const target = document.querySelector(":target");
      const box = target.getBoundingClientRect();
      return { id: target.id, inView: box.top >= -1 && box.bottom <= innerHeight,
        background: getComputedStyle(target).backgroundColor };
    });
    result.plainRowBackground = await page.$eval("tr.error:not(:target)", (row) => getComputedStyle(row).backgroundColor);
    await page.fill("#search", "kyc");
    await page.evaluate(() => { location.hash = "#101001"; });
    await page.waitForFunction(() => document.getElementById("search").value === "");
    result.revealed = await page.isVisible("tr[id='101001']");
    await page.selectOption("#locale", "zh-CN");
    result.htmlLang = await page.evaluate(() => document.documentElement.lang);
    result.activeTitles = await page.$$eval("section.category > :is(h2, h3, h4, h5, h6) .title.active",
      (titles) => titles.map((t) => t.textContent));
    result.visitorTitles = await page.$$eval("#category-visitor > h2 .title",
      (titles) => titles.filter((t) => t.offsetParent !== null).map((t) => t.textContent));
    result.visibleMessages = await page.$$eval("tr.error td.message span.text",
      (texts) => texts.filter((t) => t.offsetParent !== null).map((t) => t.dataset.locale));
  } else if (mode === "switch") {
    await page.selectOption("#locale", screenshot);
    result.activeTitles = await page.$$eval("section.category > :is(h2, h3, h4, h5, h6) .title",
      (titles) => titles.filter((t) => t.offsetParent !== null && t.classList.contains("active")).map((t) => t.textContent));
    result.visibleMessages = await page.$$eval("tr.error td.message span.text",
      (texts) => texts.filter((t) => t.offsetParent !== null).map((t) => t.textContent));
  } else {
    result.titles = await page.$$eval("section.category", (sections) => sections.map((s) => ({
      id: s.id, titles: Array.from(s.querySelector(":scope > :is(h2, h3, h4, h5, h6)").querySelectorAll(".title"))
        .map((t) => [t.lang, t.textContent]) })));
    result.rows = await page.$$eval("tr.error", (rows) => rows.map((row) => ({
      id: row.id, name: row.querySelector("td.name code").textContent,
      note: row.querySelector("td.name .note")?.textContent ?? null,
      description: row.querySelector("td.name .description")?.textContent ?? null,
      messages: Array.from(row.querySelectorAll("td.message span.text")).map((t) => [t.lang, t.textContent]),
      arguments: row.querySelector("td.arguments").textContent })));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
