import { useRef, useState } from 'react';
import { defineExamples } from '../utils/examples.js';
import { SearchDialog } from './SearchDialog.js';

function Demo() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="btn btn-primary" onClick={() => setOpen(true)}>
        Cerca nel sito
      </button>
      <SearchDialog open={open} onClose={() => setOpen(false)} returnFocusRef={button} />
    </>
  );
}

export const examples = defineExamples({
  default: {
    name: 'Ricerca in una finestra',
    description: 'Il pulsante apre la finestra di ricerca; Esc o "Chiudi" la chiudono.',
    render: () => <Demo />,
  },
  open: {
    name: 'Aperta',
    render: () => <SearchDialog open onClose={() => {}} action="/ricerca/" />,
  },
});
