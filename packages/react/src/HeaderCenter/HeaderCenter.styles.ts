// What Bootstrap Italia lacks for HeaderCenter: its search control is a button here (it opens
// a dialog); Bootstrap Italia styles it only as a link. On wide screens the icon is drawn in
// the comune's primary colour on a white disc. Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';
import { onPrimary, primary, surface } from '../theme/tokens.js';

export const HeaderCenterRoot = styled.div.withConfig({
  componentId: 'pz-header-center',
})`
  .it-header-center-content-wrapper .it-search-wrapper button.rounded-icon {
    border: 0;
    padding: 0;
    background: transparent;
    width: 44px;
    height: 44px;
    border-radius: 22px;
    display: flex;
    justify-content: center;
    align-items: center;
    margin-left: 8px;
  }
  .it-header-center-content-wrapper .it-search-wrapper button.rounded-icon svg {
    fill: ${onPrimary};
    width: 24px;
    height: 24px;
  }
  @media (min-width: 992px) {
    .it-header-center-content-wrapper .it-search-wrapper button.rounded-icon {
      width: 48px;
      height: 48px;
      border-radius: 24px;
      background: ${surface};
      margin-left: 16px;
    }
    .it-header-center-content-wrapper .it-search-wrapper button.rounded-icon svg {
      fill: ${primary};
    }
  }
`;
