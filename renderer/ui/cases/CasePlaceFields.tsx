import type { CaseDraft } from '../../core/cases';
import { useT } from '../i18n/useT';
import { KIVU_TERRITORIES, PROVINCES } from '../referral/places';
import { Field } from './Field';

/** The place of a case: province, territory, mining site, optional coordinates (with suggestions). */
export function CasePlaceFields({
  draft,
  errorOf: err,
  onChange: set,
}: {
  draft: CaseDraft;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<CaseDraft>) => void;
}) {
  const { t } = useT();
  return (
    <fieldset className="case-fieldset">
      <legend>{t('cases.form.place')}</legend>
      <div className="case-grid">
        <Field id="case-province" label={t('cases.form.province')} error={err('province')} required>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              list="case-provinces"
              value={draft.province}
              onChange={(e) => set({ province: e.target.value })}
            />
          )}
        </Field>
        <Field id="case-territory" label={t('cases.form.territory')} error={err('territory')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              list="case-territories"
              value={draft.territory}
              onChange={(e) => set({ territory: e.target.value })}
            />
          )}
        </Field>
        <Field id="case-site" label={t('cases.form.site')} error={err('site')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              value={draft.site}
              onChange={(e) => set({ site: e.target.value })}
            />
          )}
        </Field>
      </div>
      <datalist id="case-provinces">
        {PROVINCES.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id="case-territories">
        {(KIVU_TERRITORIES[draft.province] ?? []).map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="case-grid">
        <Field id="case-lat" label={t('cases.form.lat')} error={err('coordinates')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              inputMode="decimal"
              value={draft.lat}
              onChange={(e) => set({ lat: e.target.value })}
            />
          )}
        </Field>
        <Field id="case-lon" label={t('cases.form.lon')}>
          {(p) => (
            <input
              autoComplete="off"
              {...p}
              inputMode="decimal"
              value={draft.lon}
              onChange={(e) => set({ lon: e.target.value })}
            />
          )}
        </Field>
      </div>
      <p className="case-hint">{t('cases.form.coordsHint')}</p>
    </fieldset>
  );
}
