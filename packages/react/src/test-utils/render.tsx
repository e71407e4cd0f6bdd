import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PiazzaProvider, type Locale } from '../intl/PiazzaProvider.js';

/** Renders inside a PiazzaProvider (Italian by default). */
export function renderPiazza(
  ui: ReactElement,
  { locale = 'it', ...options }: RenderOptions & { locale?: Locale } = {},
) {
  return render(ui, {
    wrapper: ({ children }) => <PiazzaProvider locale={locale}>{children}</PiazzaProvider>,
    ...options,
  });
}
