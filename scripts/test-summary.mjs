// Adds up the unit and end-to-end reports into the one line CI reads:
// "N passed, N failed". A missing report counts as one failure, so a runner
// that crashed before reporting can never look green.
import fs from 'node:fs';

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed +=
    (vitest.numFailedTests ?? 0) + (vitest.numTodoTests ?? 0) + (vitest.numPendingTests ?? 0);
  if (!vitest.success && !vitest.numFailedTests) failed += 1;
} else {
  console.log('unit: no report (reports/vitest.json)');
  failed += 1;
}

const playwright = readJson('reports/playwright.json');
if (playwright) {
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += (stats.unexpected ?? 0) + (stats.skipped ?? 0);
  if ((playwright.errors ?? []).length > 0 && !stats.unexpected) failed += 1;
} else {
  console.log('e2e: no report (reports/playwright.json)');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
