import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ServiceFlow } from './ServiceFlow.js';
import { examples } from './ServiceFlow.examples.js';

const meta = {
  title: 'Servizi digitali/ServiceFlow',
  component: ServiceFlow,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Una richiesta completa di un servizio digitale (CSE.*): accesso con SPID o CIE, informativa, dati personali riusati, dati del servizio dichiarati come dati, documenti, pagamento, riepilogo con "Modifica", invio, conferma con codice e date, ricevuta e valutazione.',
      },
    },
  },
} satisfies Meta<typeof ServiceFlow>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Accesso: Story = story(examples.access) as Story;
export const Permessi: Story = story(examples.permessi) as Story;
export const Graduatoria: Story = story(examples.graduatoria) as Story;
export const ServiziAPagamento: Story = story(examples.pagamento) as Story;
export const VantaggiEconomici: Story = story(examples.vantaggi) as Story;
export const PagamentiDovuti: Story = story(examples.dovuti) as Story;
export const DatiGenerali: Story = story(examples.personal) as Story;
export const PreferenzeDiServizio: Story = story(examples.specific) as Story;
export const Pagamento: Story = story(examples.payment) as Story;
export const Perfezionamento: Story = story(examples.completion) as Story;
export const Riepilogo: Story = story(examples.recap) as Story;
