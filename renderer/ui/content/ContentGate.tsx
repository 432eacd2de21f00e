import type { ReactNode } from 'react';
import type { LoadedPack } from '../../core/content';
import { useT } from '../i18n/useT';
import { packErrorText } from './packErrorMessage';
import { useContent } from './useContent';

/** Shows its children only with a verified pack; otherwise a progress line or the reason it was refused. */
export function ContentGate({ children }: { children: (pack: LoadedPack) => ReactNode }) {
  const { t } = useT();
  const state = useContent();
  if (state.status === 'loading' || state.status === 'opening') {
    return (
      <p className="loading" role="status">
        {t('content.loading')}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="error-panel" role="alert">
        <h2>{t('content.failedTitle')}</h2>
        <p>{packErrorText(t, state.error)}</p>
        {state.error.part && <p>{t('content.failedPart', { part: state.error.part })}</p>}
        <p>{t('content.failedNext')}</p>
      </div>
    );
  }
  return <>{children(state.pack)}</>;
}
