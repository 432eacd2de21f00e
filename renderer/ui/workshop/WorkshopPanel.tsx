import { useT } from '../i18n/useT';

/** Paramètres: the way into the jurists' workshop (its own screen, « #/parametres/atelier »). */
export function WorkshopPanel() {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="workshop-panel-title">
      <h2 id="workshop-panel-title">{t('workshop.title')}</h2>
      <p>{t('workshop.panelIntro')}</p>
      <div className="actions">
        <a className="button-link" href="#/parametres/atelier">
          {t('workshop.open')}
        </a>
      </div>
    </section>
  );
}
