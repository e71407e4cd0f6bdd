import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { renderPiazza } from '../test-utils/render.js';
import { axeViolations } from '../test-utils/axe.js';
import { examples, exampleAreaApi } from './AreaPersonale.examples.js';
import { RequestLookup } from './RequestLookup.js';

test('the four tabs follow the APG pattern: arrows, Home/End, one tab in the Tab order', async () => {
  const user = userEvent.setup();
  renderPiazza(examples.default.render());
  const tabs = await screen.findAllByRole('tab');
  expect(tabs.map((t) => t.textContent)).toEqual(['Scrivania', 'Messaggi', 'Attività', 'Servizi']);
  expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
  expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Scrivania');
  await user.tab();
  expect(tabs[0]).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(tabs[1]).toHaveFocus();
  expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Messaggi');
  await user.keyboard('{End}');
  expect(tabs[3]).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(tabs[0]).toHaveFocus();
  await user.keyboard('{ArrowLeft}');
  expect(tabs[3]).toHaveFocus();
  await user.keyboard('{Home}');
  expect(tabs[0]).toHaveFocus();
  expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
  // Tab leaves the tab list for the panel's content.
  await user.tab();
  expect(screen.getByRole('tabpanel')).toContainElement(document.activeElement as HTMLElement);
});

test('Attività: requests with status and stages (CSE.1.9), drafts to resume, bookings, payments', async () => {
  const user = userEvent.setup();
  renderPiazza(examples.default.render());
  await user.click(await screen.findByRole('tab', { name: 'Attività' }));
  expect(
    screen.getByRole('heading', { name: /Stato della richiesta ISC-2026-001004|ISC-2026-001004/ }),
  ).toBeInTheDocument();
  expect(screen.getByText(/Perfezionamento della domanda/).closest('li')).toHaveAttribute(
    'aria-current',
    'step',
  );
  expect(
    screen.getByRole('link', { name: /Riprendi: Richiedere iscrizione alla mensa scolastica/ }),
  ).toHaveAttribute('href', '/servizi/iscrizione-mensa-scolastica/richiesta/?bozza=draft-1');
  expect(screen.getByText(/Ufficio Anagrafe – Sede municipale/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Paga' })).toHaveAttribute(
    'href',
    '/servizi/pagare-contravvenzioni/richiesta/?avviso=301000000000004242',
  );
  expect(screen.getByRole('link', { name: 'Ricevuta' })).toBeInTheDocument();
});

test('axe, once the data are loaded, on every tab', async () => {
  const user = userEvent.setup();
  const { container } = renderPiazza(examples.default.render());
  for (const tab of await screen.findAllByRole('tab')) {
    await user.click(tab);
    expect(await axeViolations(container)).toEqual([]);
  }
});

test('the status by request code, without signing in; an unknown code says so', async () => {
  const user = userEvent.setup();
  renderPiazza(<RequestLookup api={exampleAreaApi()} />);
  const code = screen.getByRole('textbox', { name: /codice/i });
  await user.type(code, 'XXX-1{Enter}');
  expect(await screen.findByText(/Nessuna richiesta con questo codice/)).toBeInTheDocument();
  await user.clear(code);
  await user.type(code, 'per-2026-001002{Enter}');
  await waitFor(() =>
    expect(screen.getByText('Presa in carico').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    ),
  );
});

test('a search sent before the JavaScript ran (?codice=… in the address) is looked up at once, the code in the field', async () => {
  // the server-rendered form is a GET to the same page with the field named "codice"
  const html = renderToString(<RequestLookup api={exampleAreaApi()} />);
  expect(html).toMatch(/<form[^>]*method="get"/);
  expect(html).toMatch(/name="codice"/);
  window.history.replaceState(null, '', '/area-personale/?codice=per-2026-001002');
  try {
    renderPiazza(<RequestLookup api={exampleAreaApi()} />);
    await waitFor(() =>
      expect(screen.getByText('Presa in carico').closest('li')).toHaveAttribute(
        'aria-current',
        'step',
      ),
    );
    expect(screen.getByRole('textbox', { name: /codice/i })).toHaveValue('per-2026-001002');
  } finally {
    window.history.replaceState(null, '', '/');
  }
});

test('a code typed while the script was loading (in the field, not in React state) is the one looked up', async () => {
  renderPiazza(<RequestLookup api={exampleAreaApi()} />);
  const code = screen.getByRole('textbox', { name: /codice/i }) as HTMLInputElement;
  // set as the browser does before hydration: no change event reaches React
  code.value = 'per-2026-001002';
  fireEvent.submit(code.closest('form')!);
  await waitFor(() =>
    expect(screen.getByText('Presa in carico').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    ),
  );
});
