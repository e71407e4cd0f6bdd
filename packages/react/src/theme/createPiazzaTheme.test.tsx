import { render, screen } from '@testing-library/react';
import { styled } from 'styled-components';
import { PiazzaProvider, usePiazza } from '../intl/PiazzaProvider.js';
import { contrastRatio, formatRatio, parseHex } from './color.js';
import { createPiazzaTheme, type PiazzaTheme } from './createPiazzaTheme.js';

// The typed augmentation docs/theming.md recommends: `props.theme` is a PiazzaTheme. If it did
// not type-check, `theme.colors.primary` below would be an error under `tsc --noEmit`.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DefaultTheme extends PiazzaTheme {}
}

const Primary = styled.button`
  background-color: ${({ theme }) => theme.colors.primary};
  color: ${({ theme }) => theme.colors.onPrimary};
`;

function Locale() {
  return <span>{usePiazza().locale}</span>;
}

describe('createPiazzaTheme', () => {
  it('keeps the comune colour, normalised, with its HSB triple and contrast ratios', () => {
    const theme = createPiazzaTheme({ primary: '#8A1538' });
    expect(theme.primary).toBe('#8a1538');
    expect(theme.colors.primary).toBe('#8a1538');
    expect(theme.palette.b1).toBe('#8a1538'); // $primary-b1 is hsb($primary-h/s/b) itself
    expect(theme.palette.c12).toBe('#8a1538');
    expect(theme.contrast.onWhite).toBeCloseTo(
      contrastRatio(parseHex('#8a1538')!, { r: 255, g: 255, b: 255 }),
      10,
    );
    expect(theme.contrast.onWhite * theme.contrast.onBlack).toBeCloseTo(21, 5);
    expect(theme.contrast.onWhite).toBeGreaterThanOrEqual(4.5);
  });

  it('refuses a primary colour under 4.5:1 on white with a TypeError naming value and ratio', () => {
    const ratio = formatRatio(contrastRatio(parseHex('#ffcc00')!, { r: 255, g: 255, b: 255 }));
    expect(() => createPiazzaTheme({ primary: '#FFCC00' })).toThrow(TypeError);
    expect(() => createPiazzaTheme({ primary: '#FFCC00' })).toThrow(
      new RegExp(`#ffcc00.*${ratio.replace('.', '\\.')}.*4\\.5:1`),
    );
  });

  it('draws the line at 4.5:1: #767676 passes (4.54:1), #777777 does not (4.48:1)', () => {
    expect(createPiazzaTheme({ primary: '#767676' }).primary).toBe('#767676');
    expect(() => createPiazzaTheme({ primary: '#777777' })).toThrow(/4\.47:1|4\.48:1/);
  });

  it('refuses what is not a hex colour, naming it', () => {
    expect(() => createPiazzaTheme({ primary: 'bordeaux' })).toThrow(TypeError);
    expect(() => createPiazzaTheme({ primary: 'bordeaux' })).toThrow(/"bordeaux"/);
    expect(() => createPiazzaTheme({} as { primary: string })).toThrow(/undefined|primary/);
  });
});

describe('PiazzaProvider theme', () => {
  it("gives an app's own styled components the comune's tokens", () => {
    render(
      <PiazzaProvider theme={createPiazzaTheme({ primary: '#8a1538' })}>
        <Primary type="button">Prenota</Primary>
      </PiazzaProvider>,
    );
    const style = getComputedStyle(screen.getByRole('button', { name: 'Prenota' }));
    expect(style.backgroundColor).toBe('rgb(138, 21, 56)');
    expect(style.color).toBe('rgb(255, 255, 255)');
  });

  it('a nested provider without a theme keeps the outer theme and changes only its settings', () => {
    render(
      <PiazzaProvider locale="it" theme={createPiazzaTheme({ primary: '#2d6a4f' })}>
        <PiazzaProvider locale="en">
          <Primary type="button">Book</Primary>
          <Locale />
        </PiazzaProvider>
      </PiazzaProvider>,
    );
    expect(getComputedStyle(screen.getByRole('button')).backgroundColor).toBe('rgb(45, 106, 79)');
    expect(screen.getByText('en')).toBeInTheDocument();
  });
});

describe('the library tokens without a theme', () => {
  it('are createPiazzaTheme of Bootstrap Italia’s own blue, and follow a theme when given', async () => {
    const tokens = await import('./tokens.js');
    const colors = createPiazzaTheme({ primary: '#0066cc' }).colors;
    expect(tokens.DEFAULT_COLORS).toEqual(colors);
    for (const name of ['primary', 'onPrimary', 'surface', 'focus'] as const) {
      expect(tokens[name]({ theme: {} })).toBe(colors[name]);
    }
    const theme = createPiazzaTheme({ primary: '#8a1538' });
    expect(tokens.primary({ theme })).toBe('#8a1538');
  });
});
