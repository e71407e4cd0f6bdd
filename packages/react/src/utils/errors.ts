/**
 * A clear error for bad props: names the component, the prop and what was expected.
 * Thrown during render, so it surfaces in development, in tests and in server renders alike.
 */
export class PiazzaPropError extends Error {
  constructor(component: string, prop: string, expected: string, received?: unknown) {
    const got = received === undefined ? '' : ` (received ${JSON.stringify(received)})`;
    super(`<${component}>: prop "${prop}" ${expected}${got}.`);
    this.name = 'PiazzaPropError';
  }
}

/** Warns once per message, only outside production. */
const warned = new Set<string>();
export function devWarn(message: string): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.NODE_ENV;
  if (env === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[@piazza/react] ${message}`);
}
