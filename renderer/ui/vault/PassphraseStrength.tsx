import { PASSPHRASE_MIN_LENGTH, PASSPHRASE_MIN_WORDS, type PassphraseAssessment } from '../../core/vault';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';

/** Live meter under the passphrase field: score, the rule not yet met, and zxcvbn's advice in the UI language. */
export function PassphraseStrength({
  id,
  assessment,
}: {
  id: string;
  assessment: PassphraseAssessment | null;
}) {
  const { t } = useT();
  if (assessment === null || assessment.length === 0)
    return <div id={id} className="vault-strength" aria-live="polite" />;
  const level = t(`vault.strength.${assessment.score}` as MessageKey);
  const advice = [
    assessment.warning ? `vault.warning.${assessment.warning}` : null,
    ...assessment.suggestions.map((s) => `vault.suggestion.${s}`),
  ]
    .filter((key): key is string => key !== null)
    .map((key) => t(key as MessageKey))
    .filter((text, index, all) => !text.startsWith('vault.') && all.indexOf(text) === index);
  return (
    <div id={id} className="vault-strength" aria-live="polite">
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={assessment.score}
        aria-label={t('vault.strength.label', { level })}
      />
      <span>{t('vault.strength.label', { level })}</span>
      {assessment.problems.includes('too-short') && (
        <p className="warning">
          {t('vault.strength.tooShort', { missing: PASSPHRASE_MIN_LENGTH - assessment.length })}
        </p>
      )}
      {!assessment.problems.includes('too-short') && assessment.problems.includes('too-weak') && (
        <p className="warning">{t('vault.strength.tooWeak')}</p>
      )}
      {!assessment.problems.includes('too-short') && assessment.problems.includes('too-few-words') && (
        <p className="warning">{t('vault.strength.fewWords', { min: PASSPHRASE_MIN_WORDS })}</p>
      )}
      {assessment.acceptable && <p>{t('vault.strength.ok')}</p>}
      {!assessment.acceptable && advice.length > 0 && (
        <ul>
          {advice.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
