// What Bootstrap Italia lacks for the Stepper, beside it (styled-components, theme tokens).
// A fixed componentId: the class is the same on the server and in a browser bundle that loads
// only some of the library's modules (the theme's islands), so hydration matches.
// - A completed step is a button (`.piazza-step-link`) that looks like the step's text.
// - Small screens show only the current step; a focused completed step (a button back to it)
//   shows itself over the bar while it has focus, so no focus stop is invisible; a space between
//   the step number and its title.
// - Forced colours drop the current step's filled number and underline (backgrounds): a border
//   marks it instead.
import { styled } from 'styled-components';
import { surface } from '../theme/tokens.js';

export const StepperRoot = styled.nav.withConfig({
  componentId: 'pz-stepper',
})`
  .piazza-step-link {
    display: inline-flex;
    align-items: center;
    padding: 0;
    border: 0;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline;
  }
  @media (max-width: 991.98px) {
    .steppers-header {
      position: relative;
    }
    .steppers-header ul li:not(.active):focus-within {
      position: absolute;
      inset: 0;
      z-index: 1;
      display: flex;
      align-items: center;
      height: auto;
      clip: auto;
      padding: 0 24px;
      background: ${surface};
    }
    .steppers-number {
      margin-inline-end: 0.25rem;
    }
  }
  @media (forced-colors: active) {
    .steppers-header li[aria-current='step'] {
      border-bottom: 4px solid CanvasText;
    }
    .steppers-header li[aria-current='step'] .steppers-number {
      border: 3px solid CanvasText;
    }
  }
`;
