import { readFileSync } from 'node:fs';

/** Reads a JSON fixture from packages/vocabularies/test/fixtures. */
export function readFixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as T;
}

export const PACKAGE_DIR = new URL('../../', import.meta.url);
