import { useT } from '../i18n/useT';
import { TEXT_SCALES } from './libraryPrefs';

export function TextSizeControl({ index, onChange }: { index: number; onChange: (index: number) => void }) {
  const { t } = useT();
  const percent = Math.round((TEXT_SCALES[index] ?? 1) * 100);
  return (
    <div className="text-size" role="group" aria-label={t('library.reader.textSize')}>
      <button
        type="button"
        className="secondary small"
        aria-label={`${t('library.reader.textSmaller')} A−`}
        disabled={index <= 0}
        onClick={() => onChange(index - 1)}
      >
        A−
      </button>
      <output aria-live="polite">{t('library.reader.textSizeValue', { percent })}</output>
      <button
        type="button"
        className="secondary small"
        aria-label={`${t('library.reader.textLarger')} A+`}
        disabled={index >= TEXT_SCALES.length - 1}
        onClick={() => onChange(index + 1)}
      >
        A+
      </button>
    </div>
  );
}
