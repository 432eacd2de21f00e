import type { MessageKey } from '../i18n/catalog';
import { translateLoaded } from '../i18n/catalogStore';
import type { MessageParams } from '../i18n/formatMessage';

// The court file is a French document whatever the interface language: it goes to the parquet or the
// juge pour enfants. NamespaceGate loads every page's namespaces in French too.
export const fr = (key: MessageKey, params?: MessageParams): string => translateLoaded('fr', key, params);
