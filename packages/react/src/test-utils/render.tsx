import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PiazzaProvider, type Locale } from '../intl/PiazzaProvider.js';

/** Renders inside a PiazzaProvider (Italian by default). */
export function renderPiazza(
  ui: ReactElement,
  { locale = 'it', ...options }: RenderOptions & { locale?: Locale } = {},
): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => <PiazzaProvider locale={locale}>{children}</PiazzaProvider>,
    ...options,
  });
}
