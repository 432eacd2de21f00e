import type { Entry, LoadedPack } from '../../core/content';
import { hasRelated, libraryHref, type RelatedProvisions } from '../../core/library';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { entryLabel } from './documentLabels';
import { Heading } from './Heading';

function Group({ title, entries, pack }: { title: MessageKey; entries: readonly Entry[]; pack: LoadedPack }) {
  const { t, language } = useT();
  if (entries.length === 0) return null;
  return (
    <div className="related-group">
      <p className="related-group-title">{t(title)}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={libraryHref(entry.docId, entry.id)}>
              {entryLabel(entry, pack.documentsById.get(entry.docId), language)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Dispositions liées": national ↔ international provisions, and the indicators that point here. */
export function RelatedPanel({
  related,
  pack,
  level,
}: {
  related: RelatedProvisions;
  pack: LoadedPack;
  level: number;
}) {
  const { t } = useT();
  if (!hasRelated(related)) return null;
  return (
    <div className="related">
      <Heading level={level} className="related-title">
        {t('library.related.title')}
      </Heading>
      <div className="related-groups">
        <Group title="library.related.national" entries={related.national} pack={pack} />
        <Group title="library.related.international" entries={related.international} pack={pack} />
        <Group title="library.related.indicators" entries={related.indicators} pack={pack} />
      </div>
      {related.missing.map((id) => (
        <p key={id} className="related-missing">
          {t('library.related.missing', { id })}
        </p>
      ))}
    </div>
  );
}
