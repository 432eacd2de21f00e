import { useContext } from 'react';
import { I18nContext, type I18n } from './I18nProvider';

export function useT(): I18n {
  return useContext(I18nContext);
}
