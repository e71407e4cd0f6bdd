// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { screen } from '@testing-library/react';
import { PiazzaProvider } from '../intl/PiazzaProvider.js';
import { CardList } from './CardList.js';
import { examples } from './CardList.examples.js';
import { enhanceLoadMore, nextShown } from './load-more.js';
import { SAMPLE_SERVICES } from './sample-services.js';

// The static site: the server HTML of `enhancement="script"`, never hydrated, and the script.
const serverHtml = (el: React.ReactElement) => {
  document.body.innerHTML = renderToString(<PiazzaProvider>{el}</PiazzaProvider>);
  return document.body.firstElementChild as HTMLElement;
};
const links = () => Array.from(document.querySelectorAll<HTMLElement>('li:not([hidden]) a'));

describe('CardList enhancement="script" and enhanceLoadMore', () => {
  test('without the script every card is in the page and the button is hidden', () => {
    serverHtml(examples.staticSite.render());
    expect(links()).toHaveLength(SAMPLE_SERVICES.length);
    expect(screen.queryByRole('button')).toBeNull(); // hidden: not in the accessibility tree
    expect(document.body.innerHTML).not.toContain('role="status"');
  });

  test('the script shows a page at a time; each click reveals the next and focuses its first card', () => {
    const root = serverHtml(examples.staticSite.render());
    expect(enhanceLoadMore(root)).toBe(true);
    expect(links()).toHaveLength(6);
    const button = screen.getByRole('button', { name: 'Carica altri servizi' });
    button.click();
    expect(links()).toHaveLength(Math.min(12, SAMPLE_SERVICES.length));
    expect(document.activeElement).toBe(links()[6]);
    expect(root.dataset.shown).toBe(String(links().length));
    while (!button.hidden) button.click();
    expect(links()).toHaveLength(SAMPLE_SERVICES.length);
  });

  test('a list within one page has no button and nothing for the script; an empty list says so', () => {
    const entries = [{ key: 'a', card: <a href="/a/">A</a> }];
    const root = serverHtml(<CardList enhancement="script" pageSize={6} entries={entries} />);
    expect(root.querySelector('[data-element="load-other-cards"]')).toBeNull();
    expect(enhanceLoadMore(root)).toBe(false);
    serverHtml(<CardList enhancement="script" entries={[]} />);
    expect(document.body).toHaveTextContent('Nessun contenuto da mostrare.');
  });

  test('search or filters with "script" throw, naming the prop; nextShown stops at the total', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderToString(
        <CardList
          enhancement="script"
          entries={[{ key: 'a', card: 'A', text: 'A' }]}
          filters={[{ id: 'x', label: 'X', options: [] }]}
        />,
      ),
    ).toThrow(/<CardList>: prop "enhancement"/);
    spy.mockRestore();
    expect(nextShown(6, 6, 8)).toBe(8);
    expect(nextShown(0, 6, 20)).toBe(6);
  });

  test('TeaserCard: kicker, title link at the level the list gives (2), description', () => {
    serverHtml(examples.teasers.render());
    const heading = screen.getByRole('heading', { level: 2, name: 'Ufficio Anagrafe' });
    expect(heading.querySelector('a')).toHaveAttribute('href', '/amministrazione/uffici/anagrafe/');
    expect(screen.getByText('Delibera · 3 marzo 2026')).toBeInTheDocument();
  });
});
