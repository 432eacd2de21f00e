import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { Field } from './Field';

/**
 * An optional choice from a closed list of the vocabulary (issue 21): the empty first option is
 * « Non renseigné », so nothing is ever chosen for the person.
 */
export function VocabularySelect<const V extends string>(props: {
  id: string;
  label: string;
  values: readonly V[];
  labels: Readonly<Record<V, MessageKey>>;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useT();
  return (
    <Field id={props.id} label={props.label}>
      {(p) => (
        <select {...p} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">{t('cases.stats.notFilled')}</option>
          {props.values.map((v) => (
            <option key={v} value={v}>
              {t(props.labels[v])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
