import { useMemo } from 'react';
import type { CitationWords, PackStamp } from '../../core/library';
import type { LoadedPack } from '../../core/content';
import { useT } from '../i18n/useT';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';
import { ENTRY_NATURES, LANGUAGES, mapValues } from '../../core/vocabulary';

/** The translated pieces core/library/citation.ts assembles, in the UI language. */
export function useCitationWords(): CitationWords {
  const { t, language } = useT();
  return useMemo(
    () => ({
      lang: language,
      provenance: t('library.cite.provenance'),
      officiel: t('library.cite.officiel'),
      concordant: t('library.cite.concordant'),
      toVerify: t('library.cite.toVerify'),
      natureLine: mapValues(ENTRY_NATURES, (n) => t(VOCABULARY_LABELS.natureExplain[n])),
      verificationLine: t('library.cite.verificationLine'),
      sourceLine: t('library.cite.sourceLine'),
      translationNote: t('library.cite.translationNote'),
      languageNames: mapValues(LANGUAGES, (l) => t(VOCABULARY_LABELS.languageName[l])),
      keyedLine: t('library.cite.keyedLine'),
      versionSpan: t('library.cite.versionSpan'),
      versionSince: t('library.cite.versionSince'),
      madeByLine: t('library.cite.madeByLine'),
    }),
    [t, language],
  );
}

export function packStamp(pack: LoadedPack): PackStamp {
  return { packVersion: pack.manifest.packVersion, validAsOf: pack.manifest.validAsOf };
}
