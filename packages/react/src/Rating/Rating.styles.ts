// What Bootstrap Italia lacks for Rating: the star radios are visually hidden; their focus
// shows on the star. Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';
import { focus } from '../theme/tokens.js';

export const RatingStars = styled.fieldset.withConfig({
  componentId: 'pz-rating-stars',
})`
  input:focus-visible + label {
    outline: 3px solid ${focus};
    outline-offset: 2px;
    border-radius: 4px;
  }
  label {
    cursor: pointer;
  }
`;
