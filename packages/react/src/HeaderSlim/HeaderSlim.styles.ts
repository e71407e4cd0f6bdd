// What Bootstrap Italia lacks for HeaderSlim: it styles some controls only as links; Piazza
// renders them as buttons (they open menus), so the same looks go to the buttons. Colours from
// the theme (text on the dark primary bar). Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';
import { onPrimary } from '../theme/tokens.js';

export const HeaderSlimRoot = styled.div.withConfig({
  componentId: 'pz-header-slim',
})`
  .it-header-slim-wrapper-content .it-header-slim-right-zone button.nav-link {
    background: transparent;
    border: 0;
    color: ${onPrimary};
    text-transform: uppercase;
    font-size: 0.875rem;
    display: flex;
    align-items: center;
    padding: 12px 16px;
  }
  .it-header-slim-wrapper-content button.nav-link .icon {
    fill: ${onPrimary};
    margin-left: 4px;
  }
  .it-header-slim-wrapper-content .dropdown-menu[data-bs-popper] {
    top: 100% !important;
  }
`;
