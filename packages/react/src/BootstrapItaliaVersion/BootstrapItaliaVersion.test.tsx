import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BootstrapItaliaVersion, syncBootstrapItaliaVersion } from './index.js';

// The inline value set on <html> (jsdom normalises the quotes of computed custom properties,
// which a browser keeps as written, so the computed value would not show the difference).
const version = () => document.documentElement.style.getPropertyValue('--bootstrap-italia-version');

function loadCss(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

afterEach(() => {
  document.head.querySelectorAll('style').forEach((s) => s.remove());
  document.documentElement.style.removeProperty('--bootstrap-italia-version');
});

test("rewrites Bootstrap Italia's single-quoted version in double quotes, keeping its value", () => {
  loadCss(":root{--bootstrap-italia-version:'2.18.3';--bs-primary:#8a1538}");
  expect(version()).toBe('');
  render(<BootstrapItaliaVersion />);
  expect(version()).toBe('"2.18.3"');
  // read as the validator does: trim, remove double quotes, semver
  expect(version().replaceAll('"', '')).toBe('2.18.3');
  expect(getComputedStyle(document.documentElement).getPropertyValue('--bs-primary')).toBe(
    '#8a1538',
  );
});

test('reports the version the loaded CSS declares, not a constant', () => {
  loadCss(":root{--bootstrap-italia-version:'2.9.1'}");
  expect(syncBootstrapItaliaVersion()).toBe('2.9.1');
  expect(version()).toBe('"2.9.1"');
});

test('does nothing without Bootstrap Italia CSS, and renders nothing on the server', () => {
  expect(syncBootstrapItaliaVersion()).toBeNull();
  expect(document.documentElement.style.getPropertyValue('--bootstrap-italia-version')).toBe('');
  expect(renderToStaticMarkup(<BootstrapItaliaVersion />)).toBe('');
});
