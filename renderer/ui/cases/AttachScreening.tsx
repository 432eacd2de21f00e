import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { useSessionScreening } from '../indicators/screeningSession';
import { usePlatform } from '../shell/usePlatform';
import { LockedVault } from '../vault/LockedVault';
import { useOpenVault } from '../vault/useOpenVault';
import { vaultStore } from '../vault/vaultStore';
import { AttachScreeningForm } from './AttachScreeningForm';
import '../vault/vault.css';
import './cases.css';
/**
 * Under the screening on the Indicateurs page: attach it to a case of the open notebook instead of
 * redoing it there. A locked notebook is opened in place; the answers stay in memory meanwhile.
 */
export function AttachScreening() {
  const { t } = useT();
  const platform = usePlatform();
  const screening = useSessionScreening();
  const vault = useOpenVault();
  const [expanded, setExpanded] = useState(false);
  const [done, setDone] = useState<{ number: string; code: string } | null>(null);
  useEffect(() => vaultStore.setPlatform(platform), [platform]);

  const answered = screening !== undefined && Object.keys(screening.answers).length > 0;
  if (done)
    return (
      <section className="panel attach-screening screen-only" aria-labelledby="attach-heading">
        <h2 id="attach-heading">{t('cases.attach.heading')}</h2>
        <p className="success-message" role="status">
          {t('cases.attach.done', done)} <a href="#/dossiers">{t('cases.attach.goCases')}</a>
        </p>
      </section>
    );
  if (!answered) return null;
  return (
    <section className="panel attach-screening screen-only" aria-labelledby="attach-heading">
      <h2 id="attach-heading">{t('cases.attach.heading')}</h2>
      <p className="help">{t('cases.attach.intro')}</p>
      {!expanded ? (
        <button type="button" onClick={() => setExpanded(true)}>
          {t('cases.attach.open')}
        </button>
      ) : vault ? (
        <AttachScreeningForm session={vault.session} onCancel={() => setExpanded(false)} onDone={setDone} />
      ) : (
        <>
          <p className="notice">{t('cases.attach.locked')}</p>
          <LockedVault lastLock={null} />
        </>
      )}
    </section>
  );
}
