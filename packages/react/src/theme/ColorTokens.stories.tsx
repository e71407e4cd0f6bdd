import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { contrastRatio, formatRatio, MIN_CONTRAST, parseHex } from './color.js';
import {
  createPiazzaTheme,
  type PiazzaPaletteStep,
  type PiazzaTheme,
} from './createPiazzaTheme.js';

// The "Colori e token" page of Storybook: a designer picks the comune's primary colour and sees
// the palette createPiazzaTheme() (and the theme's Sass build) derives, with contrast ratios.

const WHITE = { r: 255, g: 255, b: 255 };
const BLACK = { r: 0, g: 0, b: 0 };

function Verdict({ ratio }: { ratio: number }) {
  return ratio >= MIN_CONTRAST ? (
    <span className="text-success fw-semibold">Supera 4.5:1</span>
  ) : (
    <span className="text-danger fw-semibold">Non supera 4.5:1</span>
  );
}

function Row({ name, hex }: { name: string; hex: string }) {
  const rgb = parseHex(hex)!;
  const onWhite = contrastRatio(rgb, WHITE);
  const onBlack = contrastRatio(rgb, BLACK);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            width: '3rem',
            height: '1.5rem',
            background: hex,
            border: '1px solid #5c6f82',
            verticalAlign: 'middle',
          }}
        />{' '}
        <code>{hex}</code>
      </td>
      <td>{formatRatio(onWhite)}</td>
      <td>
        <Verdict ratio={onWhite} />
      </td>
      <td>{formatRatio(onBlack)}</td>
      <td>
        <Verdict ratio={onBlack} />
      </td>
    </tr>
  );
}

/** Colour picker plus the derived palette and its contrast ratios against white and black. */
function ColorTokens({ initial = '#0066cc' }: { initial?: string }) {
  const id = useId();
  const [primary, setPrimary] = useState(initial);
  let theme: PiazzaTheme | null = null;
  let problem: string | null = null;
  try {
    theme = createPiazzaTheme({ primary });
  } catch (error) {
    problem = (error as Error).message;
  }
  return (
    <div>
      <div className="mb-4">
        <label htmlFor={`${id}-primary`} className="form-label d-block fw-semibold">
          Colore primario del comune
        </label>
        <input
          id={`${id}-primary`}
          type="color"
          value={primary}
          onChange={(e) => setPrimary(e.target.value)}
          aria-describedby={`${id}-value`}
        />{' '}
        <code id={`${id}-value`}>{primary}</code>
      </div>
      <div role="status" aria-live="polite" className="mb-3">
        {problem ? (
          <p className="text-danger">{problem}</p>
        ) : (
          <p>
            {primary}: contrasto {formatRatio(theme!.contrast.onWhite)} con il bianco,{' '}
            {formatRatio(theme!.contrast.onBlack)} con il nero. Tavolozza ricavata come la Sass di
            Bootstrap Italia ($primary-h {theme!.primaryHsb.h}, $primary-s {theme!.primaryHsb.s},
            $primary-b {theme!.primaryHsb.b}).
          </p>
        )}
      </div>
      {theme && (
        <table className="table table-sm">
          <caption>Sfumature del colore primario e contrasto (WCAG 2.1, 1.4.3)</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Colore</th>
              <th scope="col">Contrasto con il bianco</th>
              <th scope="col">Esito sul bianco</th>
              <th scope="col">Contrasto con il nero</th>
              <th scope="col">Esito sul nero</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(theme.palette).map(([step, hex]) => (
              <Row key={step} name={`primary-${step as PiazzaPaletteStep}`} hex={hex} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

// Not a component of the package: the designers' page of the theme tokens (docs/contributing.md,
// "Titoli delle storie": pages that are not a component live under "Tema/").
const meta = {
  title: 'Tema/Colori e token',
  component: ColorTokens,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Scegli il colore primario del comune: la pagina mostra la tavolozza che `createPiazzaTheme()` e la build Sass del tema ne ricavano, con il contrasto di ogni sfumatura sul bianco e sul nero e l’esito rispetto a 4.5:1. Un colore sotto 4.5:1 sul bianco viene rifiutato.',
      },
    },
  },
} satisfies Meta<typeof ColorTokens>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Blu: Story = { name: 'Blu Bootstrap Italia', args: { initial: '#0066cc' } };
export const Bordeaux: Story = { name: 'Bordeaux', args: { initial: '#8a1538' } };
export const TroppoChiaro: Story = { name: 'Colore troppo chiaro', args: { initial: '#ffcc00' } };
