// The search page says when its index cannot be loaded, instead of "no results"; a plain-DOM
// island whose script throws keeps its markup and shows the failure alert.
import { guardIsland } from '../failure.js';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

test('an index that does not load is reported in the status line, and the form stays a GET', async () => {
  document.body.innerHTML = `
    <div data-island="search"><div data-index-url="/search-index.json">
      <form role="search" action="" method="get"><input type="search" name="q" /></form>
      <div role="status"></div><ul hidden></ul>
    </div></div>`;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('not found', { status: 404 })),
  );
  await import('./search.js');
  const status = document.querySelector('[role="status"]')!;
  await vi.waitFor(() => expect(status.textContent).toMatch(/La ricerca non è disponibile/));
  // not intercepted: the browser submits the GET form (and the next page tries again)
  const submit = new Event('submit', { cancelable: true });
  document.querySelector('form')!.dispatchEvent(submit);
  expect(submit.defaultPrevented).toBe(false);
});

test('a plain-DOM island that throws keeps its markup and shows an announced alert', async () => {
  document.body.innerHTML = '<div id="bar"><a href="/privacy/">Informativa</a></div>';
  const bar = document.getElementById('bar')!;
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  guardIsland(bar, 'cookiebar', () => {
    throw new Error('boom');
  });
  // The alert's module is loaded on failure only (a dynamic import).
  await vi.waitFor(() =>
    expect(bar.querySelector('[role="alert"]')?.textContent).toMatch(
      /Questa parte della pagina non funziona come dovrebbe/,
    ),
  );
  expect(bar.querySelector('a')?.getAttribute('href')).toBe('/privacy/');
  expect(bar.dataset.islandFailed).toBe('true');
  errors.mockRestore();
});
