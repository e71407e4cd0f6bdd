// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as main from './index.js';
import * as eurovoc from './eurovoc.js';
import { buildJsonFiles, writeJsonFiles, JSON_DIR } from '../scripts/write-json.mjs';

describe('JSON files for non-JavaScript CMSs', () => {
  const files = buildJsonFiles(main, eurovoc);

  it('has one file per vocabulary, plus eurovoc.json and index.json', () => {
    expect(Object.keys(files).sort()).toEqual(
      [...main.VOCABULARIES.map((v) => `${v.id}.json`), 'eurovoc.json', 'index.json'].sort(),
    );
    const index = JSON.parse(files['index.json'] ?? '{}') as {
      files: { id: string; source: string }[];
    };
    expect(index.files).toHaveLength(main.VOCABULARIES.length + 1);
    for (const f of index.files) expect(f.source.length).toBeGreaterThan(10);
  });

  it('each file holds the same data as the TypeScript export, with its source', () => {
    for (const v of main.VOCABULARIES) {
      const parsed = JSON.parse(files[`${v.id}.json`] ?? '{}') as {
        id: string;
        source: string;
        data: unknown;
      };
      expect(parsed.id).toBe(v.id);
      expect(parsed.source).toBe(v.source);
      expect(parsed.data).toEqual(v.data);
    }
    const ev = JSON.parse(files['eurovoc.json'] ?? '{}') as { data: string[] };
    expect(ev.data).toEqual(eurovoc.EUROVOC_TERMS);
  });

  it('json/ in the package is up to date (written now if missing, as the build does)', () => {
    const dir = fileURLToPath(new URL('../json/', import.meta.url));
    expect(dir).toBe(JSON_DIR);
    if (!existsSync(dir)) writeJsonFiles(files, dir);
    for (const [name, content] of Object.entries(files)) {
      expect(
        readFileSync(`${dir}${name}`, 'utf8'),
        `json/${name} is stale: run pnpm run build`,
      ).toBe(content);
    }
  });
});
