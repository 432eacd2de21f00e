import type { LoadedPack } from '../../core/content';
import { useT } from '../i18n/useT';
import { libraryHref, localized } from '../indicators/localize';
import { VerificationBadge } from '../library/VerificationBadge';

/** The library entries a feedback rests on, each with its document and its verification level. */
export function ScenarioLinks({ ids, pack }: { ids: readonly string[]; pack: LoadedPack }) {
  const { t, language } = useT();
  if (ids.length === 0) return null;
  return (
    <div className="training-links">
      <h4>{t('training.links')}</h4>
      <ul>
        {ids.map((id) => {
          const entry = pack.entriesById.get(id);
          if (!entry) return null;
          const doc = pack.documentsById.get(entry.docId);
          const label = entry.kind === 'article' ? entry.citation : localized(doc?.shortName, language);
          const heading =
            entry.kind === 'article'
              ? ''
              : ((language !== 'fr' ? entry.headingTranslations?.[language] : undefined) ?? entry.heading);
          return (
            <li key={id}>
              <a href={libraryHref(id)}>{heading ? `${label} — ${heading}` : label}</a>{' '}
              <VerificationBadge verification={entry.verification} nature={entry.nature} showNote={false} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
