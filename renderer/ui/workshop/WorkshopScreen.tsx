import { useEffect, useState } from 'react';
import { useContent } from '../content/useContent';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { forgetOnLock } from '../vault/forgetOnLock';
import { ExportSection } from './ExportSection';
import { PublishSection } from './PublishSection';
import { PublisherKeyStep } from './PublisherKeyStep';
import { WorkshopDesk } from './WorkshopDesk';
import { workshopFailureText } from './workshopFailureText';
import { openWorkshopSession, type WorkshopSession } from './workshopSession';
import './workshop.css';

/** Paramètres → Atelier juridique: the key step, then the desk; closing (or leaving) forgets the key. */
export function WorkshopScreen() {
  const { t } = useT();
  const content = useContent();
  const [session, setSession] = useState<WorkshopSession | null>(null);
  // Leaving the screen, a lock of the notebook (any reason) and the panic shortcut all forget the
  // publisher's secret key and the decrypted edits: the key file and its passphrase are needed again.
  useEffect(() => {
    if (!session) return;
    forgetOnLock.register('workshop-session', {
      forget: () => {
        session.close();
        setSession(null);
      },
      held: () => (session.signer.forgotten ? null : session.store.steps),
    });
    return () => {
      session.close();
      forgetOnLock.register('workshop-session', { forget: () => undefined, held: () => null });
    };
  }, [session]);
  return (
    <section className="page workshop-page">
      <PageHeading>{t('workshop.title')}</PageHeading>
      <p>
        <a href="#/parametres">{t('workshop.back')}</a>
      </p>
      {content.status !== 'ready' ? (
        <p className="loading">{t('workshop.key.opening')}</p>
      ) : !session ? (
        <PublisherKeyStep
          open={async (bytes, passphrase) => setSession(await openWorkshopSession(bytes, passphrase))}
          errorText={(error) => workshopFailureText(t, error, 'workshop.key.error.unknown')}
        />
      ) : (
        <WorkshopDesk
          pack={content.pack}
          store={session.store}
          signerName={session.signer.identity.publisher}
          onClose={() => setSession(null)}
          tools={(edits) => (
            <>
              <PublishSection pack={content.pack} signer={session.signer} edits={edits} />
              <ExportSection edits={edits} packVersion={content.pack.manifest.packVersion} />
            </>
          )}
        />
      )}
    </section>
  );
}
