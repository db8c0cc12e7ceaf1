/**
 * Writes the browser run's totals to $PW_TEST_SUMMARY for scripts/test.mjs,
 * which prints the combined closing line.
 */
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, totals);
        // A file that failed to load has no results: count it as a failure.
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) totals.failed++;
      }
      if (process.env.PW_TEST_SUMMARY) writeFileSync(process.env.PW_TEST_SUMMARY, JSON.stringify(totals));
    },
  };
}
