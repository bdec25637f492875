/**
 * How Stream launches Chromium: Debian's build (never a downloaded one), with
 * the flags that keep it from reaching for the network it does not have.
 * Shared by the end-to-end tests and the benchmark.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
