// @vitest-environment node
// `piazza build --source wordpress`: what is missing is said before anything is read, and a
// WordPress that cannot be reached is named (the real one: packages/wordpress/test/browser).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli-main.js';

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return main(args).then((code) => {
    spy.mockRestore();
    out.mockRestore();
    process.env = saved;
    return { code, err };
  });
}

afterEach(() => vi.restoreAllMocks());

describe('piazza build --source wordpress', () => {
  it('asks for --wp-url and for the application password', async () => {
    const a = await run(['build', '--source', 'wordpress', '--out', 'x']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/serve --wp-url/);
    const b = await run(
      ['build', '--source', 'wordpress', '--wp-url', 'http://127.0.0.1:9', '--out', 'x'],
      {
        PIAZZA_WP_USER: 'build',
        PIAZZA_WP_APP_PASSWORD: undefined,
      },
    );
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/PIAZZA_WP_APP_PASSWORD/);
  });

  it('refuses an unknown source', async () => {
    const r = await run(['build', '--source', 'drupal', '--out', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--source accetta markdown o wordpress/);
  });

  it('names an unreachable WordPress', async () => {
    const r = await run(
      ['build', '--source', 'wordpress', '--wp-url', 'http://127.0.0.1:9', '--out', 'x', '--quiet'],
      { PIAZZA_WP_USER: 'build', PIAZZA_WP_APP_PASSWORD: 'abcd efgh' },
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/WordPress non raggiungibile.*http:\/\/127\.0\.0\.1:9\/wp-json\//);
  });
});
