// What Bootstrap Italia lacks for the fields (TextField, Textarea, Select): it lifts an active
// label above its field (translateY(-75%)); after a heading, a paragraph or a legend, the first
// field makes room for it instead of drawing over them. Fixed componentId: see
// Stepper/Stepper.styles.ts.
import { styled } from 'styled-components';

export const FieldGroup = styled.div.withConfig({
  componentId: 'pz-field',
})`
  :where(h1, h2, h3, h4, h5, h6, p, legend) + & {
    margin-top: 2.5rem;
  }
`;
