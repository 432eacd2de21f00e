import { translate } from '../../../renderer/ui/i18n/translate';

export type Key = Parameters<typeof translate>[1];
export type Params = Parameters<typeof translate>[2];

/** What the French interface says for a catalogue key: tests find things by the words a person reads. */
export const fr = (key: Key, params?: Params): string => translate('fr', key, params);
