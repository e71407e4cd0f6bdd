// What Bootstrap Italia lacks for StepNav: the step buttons wrap on narrow screens instead of
// overflowing. Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';

export const StepNavRoot = styled.div.withConfig({
  componentId: 'pz-stepnav',
})`
  && {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.75rem 0;
  }
  .btn .icon {
    margin-inline-end: 0.25rem;
  }
`;
