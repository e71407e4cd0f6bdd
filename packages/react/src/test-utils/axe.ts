import axe, { type Result, type RunOptions } from 'axe-core';

/** The rule sets every example is held to: WCAG 2.1 A and AA, plus best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Rules switched off in jsdom, each with its reason.
 * Both are checked in real Chromium by the browser harness (test/browser).
 */
export const JSDOM_DISABLED_RULES: Record<string, string> = {
  // jsdom has no layout or canvas: contrast always lands in "incomplete". Checked in Chromium.
  'color-contrast': 'no layout in jsdom',
};

/** Rules off for a component shown alone (not a page). */
export const COMPONENT_DISABLED_RULES: Record<string, string> = {
  // A component rendered alone is not a page: landmarks and a page heading are the page's job.
  // Page examples (example.page = true) keep these rules on.
  region: 'a component alone is not a page',
  'page-has-heading-one': 'a component alone is not a page',
  'landmark-one-main': 'a component alone is not a page',
};

/** Runs axe on `container` and returns the violations, formatted for a readable failure. */
export async function axeViolations(
  container: Element,
  { page = false, skip = {} }: { page?: boolean; skip?: Record<string, string> } = {},
): Promise<string[]> {
  const off = { ...JSDOM_DISABLED_RULES, ...(page ? {} : COMPONENT_DISABLED_RULES), ...skip };
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(off).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const results = await axe.run(container, options);
  return results.violations.map(formatViolation);
}

function formatViolation(v: Result): string {
  const nodes = v.nodes
    .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
    .join('\n');
  return `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes}`;
}
