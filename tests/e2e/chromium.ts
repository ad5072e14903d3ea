// Debian's Chromium (browsers cannot be downloaded here: apt-get install chromium) and the flags
// every browser of the suite runs with; shared by playwright.config.ts and the tests that launch
// a browser of their own.
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
