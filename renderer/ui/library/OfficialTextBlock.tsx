import type { OfficialText } from '../../core/content';
import { formatDate, officialReferenceText } from '../../core/library';
import { SafeHtml } from '../components/SafeHtml';
import { useT } from '../i18n/useT';
import { Heading } from './Heading';

/** The official wording, first and marked as such, with where it was published and who keyed and checked it. */
export function OfficialTextBlock({ official, level }: { official: OfficialText; level: number }) {
  const { t, language } = useT();
  return (
    <section className="official-text">
      <Heading level={level} className="official-text-title">
        {t('library.official.title')}
      </Heading>
      <SafeHtml markdown={official.text} lang="fr" className="prose" />
      <p className="official-reference">
        {t('library.official.reference', { reference: officialReferenceText(official.reference, language) })}
      </p>
      <p className="official-keyed">
        {t('library.cite.keyedLine', {
          keyedBy: official.keyedBy,
          keyedOn: formatDate(official.keyedOn, language),
          verifiedBy: official.verifiedBy,
          verifiedOn: formatDate(official.verifiedOn, language),
        })}
      </p>
    </section>
  );
}
