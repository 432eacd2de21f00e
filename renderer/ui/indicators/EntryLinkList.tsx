import type { LoadedPack } from '../../core/content';
import { useT } from '../i18n/useT';
import { libraryHref, localized } from './localize';

interface Props {
  ids: string[];
  pack: LoadedPack;
  /** Provisions read best by their citation; guideline steps by their heading and guideline. */
  show: 'citation' | 'step';
  empty: string;
  /** In print, links are plain text. */
  links?: boolean;
}

export function EntryLinkList({ ids, pack, show, empty, links = true }: Props) {
  const { t, language } = useT();
  if (ids.length === 0) return <p className="help">{empty}</p>;
  return (
    <ul className="entry-links">
      {ids.map((id) => {
        const entry = pack.entriesById.get(id);
        if (!entry) {
          return (
            <li key={id}>
              {id} <span className="help">{t('screening.entryMissing')}</span>
            </li>
          );
        }
        const label = show === 'citation' ? entry.citation : entry.heading;
        const document = pack.documentsById.get(entry.docId);
        // A citation already ends with "art. N": its heading adds something only when it is a real title.
        const detail =
          show === 'citation'
            ? entry.number
              ? ''
              : entry.heading
            : localized(document?.shortName, language);
        return (
          <li key={id}>
            {links ? <a href={libraryHref(id)}>{label}</a> : <strong>{label}</strong>}
            {detail && detail !== label && <span className="entry-detail"> — {detail}</span>}
            {entry.verification.status === 'a-verifier' && (
              <span className="to-verify"> ({t('screening.toVerify')})</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
