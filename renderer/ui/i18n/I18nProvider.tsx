import { createContext, useMemo, type ReactNode } from 'react';
import type { Language } from './languages';
import { translateLoaded } from './catalogStore';
import type { MessageParams } from './formatMessage';
import type { MessageKey } from './catalog';

export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export const I18nContext = createContext<I18n>({
  language: 'fr',
  t: (key, params) => translateLoaded('fr', key, params),
});

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ language, t: (key, params) => translateLoaded(language, key, params) }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
