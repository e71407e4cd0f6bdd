// What Bootstrap Italia lacks for HeaderNavbar. Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';

// The off-canvas menu slides in, except for those who prefer reduced motion.
// From 992 px every label stays on one line (only what fits the row is shown); the off-canvas
// menu below keeps wrapping long labels.
export const HeaderNavbarRoot = styled.div.withConfig({
  componentId: 'pz-header-navbar',
})`
  @media (prefers-reduced-motion: reduce) {
    .navbar .navbar-collapsable .menu-wrapper {
      transition: none;
    }
  }
  @media (min-width: 992px) {
    .menu-wrapper .navbar-nav .nav-link {
      white-space: nowrap;
    }
  }
`;
