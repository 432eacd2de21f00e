import type { Entry, LoadedPack } from '../../core/content';
import { localizedText } from '../../core/library';
import { useT } from '../i18n/useT';

/**
 * An indicator's dimension and strength in the reader, each followed by "chosen by Dalili, not by the
 * source" when its set says so (front matter `grouping`), so Dalili's own choices never pass for the
 * published list's.
 */
export function IndicatorGrouping({ entry, pack }: { entry: Entry; pack: LoadedPack }) {
  const { t, language } = useT();
  const doc = pack.documentsById.get(entry.docId);
  const dimension = doc?.dimensions?.find((d) => d.id === entry.dimension);
  if (!entry.strength && !dimension) return null;
  return (
    <p className="indicator-grouping">
      {dimension && (
        <>
          {t('library.indicator.dimension', { dimension: localizedText(dimension.label, language).text })}
          {doc?.grouping?.dimensions === 'dalili' && <> {t('screening.grouping.dimensions')}</>}{' '}
        </>
      )}
      {entry.strength && (
        <>
          {t('library.indicator.strength', { strength: t(`screening.strength.${entry.strength}`) })}
          {doc?.grouping?.strength === 'dalili' && <> {t('screening.grouping.strength')}</>}
        </>
      )}
    </p>
  );
}
