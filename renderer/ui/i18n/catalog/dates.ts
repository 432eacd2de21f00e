import { defineNamespace } from './defineNamespace';

export const dates = defineNamespace({
  fr: {
    placeholder: 'jj/mm/aaaa',
    format: 'jour/mois/année',
    invalid: 'Cette date n’existe pas ou n’est pas au format jj/mm/aaaa (par exemple 29/11/2026).',
  },
  en: {
    placeholder: 'dd/mm/yyyy',
    format: 'day/month/year',
    invalid: 'This date does not exist or is not in the dd/mm/yyyy format (for example 29/11/2026).',
  },
  sw: {
    placeholder: 'ss/mm/mmmm',
    format: 'siku/mwezi/mwaka',
    invalid: 'Tarehe hii haipo au haiko katika muundo wa siku/mwezi/mwaka (kwa mfano 29/11/2026).',
  },
});
