// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (tipi_punto_contatto), in the source order.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_PUNTO_CONTATTO = deepFreeze([
  { label: 'Indirizzo', slug: 'indirizzo' },
  { label: 'Email', slug: 'email' },
  { label: 'Telefono', slug: 'telefono' },
  { label: 'URL', slug: 'url' },
  { label: 'PEC', slug: 'pec' },
  {
    label: 'Account',
    slug: 'account',
    children: [
      { label: 'Whatsapp', slug: 'whatsapp' },
      { label: 'Telegram', slug: 'telegram' },
      { label: 'Skype', slug: 'skype' },
      { label: 'Linkedin', slug: 'linkedin' },
      { label: 'Twitter', slug: 'twitter' },
    ],
  },
] as const satisfies readonly Term[]);
