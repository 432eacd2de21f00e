import { useMemo } from 'react';
import type { CitationWords, PackStamp } from '../../core/library/citation';
import type { LoadedPack } from '../../core/content/loadPack';
import { useT } from '../i18n/useT';

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
      natureLine: { resume: t('library.nature.explain.resume'), texte: t('library.nature.explain.texte') },
      verificationLine: t('library.cite.verificationLine'),
      sourceLine: t('library.cite.sourceLine'),
      translationNote: t('library.cite.translationNote'),
      languageNames: { fr: t('library.languageName.fr'), en: t('library.languageName.en'), sw: t('library.languageName.sw') },
    }),
    [t, language],
  );
}

export function packStamp(pack: LoadedPack): PackStamp {
  return { packVersion: pack.manifest.packVersion, validAsOf: pack.manifest.validAsOf };
}
