import type { LoadedPack } from '../../core/content';
import { SafeHtml } from '../components/SafeHtml';
import { libraryHref, localized } from '../indicators/localize';
import { useT } from '../i18n/useT';

/** Types of actors and their roles: bundled content, never a named person or a number. */
export function ActorTypesView({ pack }: { pack: LoadedPack }) {
  const { t, language } = useT();
  const documents = pack.documents.filter((d) => d.kind === 'directory');
  const actors = documents.flatMap((d) =>
    d.entryIds.map((id) => pack.entriesById.get(id)).filter((e) => e !== undefined),
  );
  if (actors.length === 0) return <p className="help">{t('directory.actors.none')}</p>;
  return (
    <div className="actor-types">
      <p className="referral-intro">{t('directory.actors.intro')}</p>
      <ul className="actor-list">
        {actors.map((actor) => (
          <li key={actor.id} className="actor">
            <details>
              <summary>
                <span className="actor-name">{actor.heading}</span>
                {actor.role && (
                  <span className={`role-badge role-${actor.role}`}>{t(`directory.role.${actor.role}`)}</span>
                )}
              </summary>
              <SafeHtml markdown={localized(actor.text, language)} className="entry-text" />
              <a href={libraryHref(actor.id)}>{t('directory.guidelines.openInLibrary')}</a>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
