import { defineExamples } from '../utils/examples.js';
import { ServiceAccess } from './ServiceAccess.js';

// The names of the SPID identity providers; the addresses are the site's own login routes.
const providers = [
  'Aruba ID',
  'Etna ID',
  'InfoCamere ID',
  'InfoCert ID',
  'Intesa ID',
  'Lepida ID',
  'Namirial ID',
  'Poste ID',
  'Sielte ID',
  'SpidItalia',
  'TeamSystem ID',
  'TIM ID',
].map((name) => ({ name, href: `/auth/spid/?idp=${encodeURIComponent(name)}` }));

export const examples = defineExamples({
  default: {
    name: 'Accesso con SPID e CIE',
    render: () => (
      <ServiceAccess
        spidProviders={providers}
        cieHref="/auth/cie/"
        spidInfoHref="https://www.spid.gov.it/cos-e-spid/come-attivare-spid/"
      />
    ),
  },
});
