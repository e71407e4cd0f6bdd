// What Bootstrap Italia lacks for the cookie bar: in the flow at the top of the page (the first
// thing after the skip links), not fixed over it, so it never hides the focused element
// (WCAG 2.2 2.4.11), at any zoom. Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';

export const CookieBarRoot = styled.section.withConfig({
  componentId: 'pz-cookiebar',
})`
  && {
    position: relative;
    inset: auto;
    width: auto;
    max-width: none;
    transform: none;
    border-radius: 0;
    z-index: auto;
  }
`;
