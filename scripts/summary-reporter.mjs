/**
 * Prints the run's totals as the last line, `N passed, N failed`, so CI logs
 * (and people) read the outcome without scrolling.
 */
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
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      setTimeout(() => console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
    },
  };
}
