// Browser test of the search page (progressive enhancement): run by .ci/run
// after the sample is built, with the playwright-core and Chromium that
// ../shared/tools/setup.sh installs. Usage: node tests/browser/search.js public
"use strict";
const path = require("path");
const home = process.env.SITE_CHECKERS_HOME || path.join(process.env.HOME, ".cache/site-checkers");
const { chromium } = require(path.join(home, "node_modules/playwright-core"));

async function main() {
  const site = path.resolve(process.argv[2] || "public");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const failures = [];
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("file://" + site + "/cari/index.html");
    const cases = [
      ["KEMATIAN ibu", "Angka Kematian Ibu"], // case-insensitive, every word
      ["kesehátan", "Dinas Kesehatan"], // accent-insensitive
      ["kemat", "Angka Kematian Ibu"], // prefix
    ];
    for (const [query, expected] of cases) {
      await page.fill("#q", query);
      await page.waitForTimeout(150);
      const text = await page.textContent("#hasil");
      if (!text.includes(expected)) failures.push(`"${query}" did not find "${expected}": ${text.slice(0, 200)}`);
    }
    // Ranked: the first result is the closest, not the first in A-Z order.
    const first = async (query) => {
      await page.fill("#q", query);
      await page.waitForTimeout(150);
      return (await page.textContent("#hasil li:first-child a")) || "";
    };
    const ranked = [
      ["AKI", "Angka Kematian Ibu"], // a declared short form
      ["ikm", "Indeks Kepuasan Masyarakat"], // case-insensitive short form
      ["dinas kesehatan", "Dinas Kesehatan"], // the name before texts that mention it
      ["stunting", "Prevalensi stunting pada balita"], // an indicator before objectives and programmes
    ];
    for (const [query, expected] of ranked) {
      const got = await first(query);
      if (!got.startsWith(expected) && !got.includes(expected)) failures.push(`"${query}" ranked "${got}" first, expected "${expected}"`);
    }
    // Every year is indexed: an objective links to each year it appears in.
    await page.fill("#q", "derajat kesehatan 2024");
    await page.waitForTimeout(150);
    if (!(await page.textContent("#hasil")).includes("2024")) failures.push("a 2024 objective is not found with its year");
    await page.fill("#q", "zzzzqqq");
    await page.waitForTimeout(150);
    if (!(await page.textContent("#hasil")).startsWith("0 ")) failures.push("a query with no match should say 0");
    const link = await page.getAttribute("#hasil a", "href").catch(() => null);
    if (errors.length) failures.push("script errors: " + errors.join("; "));
    // Without JavaScript the A–Z index is on the page.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await noJs.newPage();
    await p2.goto("file://" + site + "/cari/index.html");
    if ((await p2.locator("ul.az li").count()) < 10) failures.push("A–Z index missing without JavaScript");
    void link;
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error("search test FAILED:\n  " + failures.join("\n  "));
    process.exit(1);
  }
  console.log("search test passed");
}
main().catch((e) => { console.error(e); process.exit(2); });
