import { useT } from '../i18n/useT';

/** A few queries to start from, in the reader's language: one click fills the field. */
export function SearchExamples({ onPick }: { onPick: (query: string) => void }) {
  const { t } = useT();
  const examples = t('search.examples.list').split('|');
  return (
    <div className="search-examples">
      <span className="search-examples-label">{t('search.examples.label')}</span>
      <ul>
        {examples.map((example) => (
          <li key={example}>
            <button type="button" className="secondary" onClick={() => onPick(example)}>
              {example}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
