// What Bootstrap Italia lacks for FileUpload: the visually hidden file input shows its focus on
// the button (label) that stands for it. Fixed componentId: see Stepper.styles.ts.
import { styled } from 'styled-components';
import { focus } from '../theme/tokens.js';

export const FileUploadRoot = styled.div.withConfig({
  componentId: 'pz-file-upload',
})`
  & .upload:focus-visible + label {
    outline: 3px solid ${focus};
    outline-offset: 3px;
  }
`;
