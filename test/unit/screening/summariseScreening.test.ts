import { describe, expect, it } from 'vitest';
import {
  newScreening,
  setAnswer,
  type Mark,
  type Screening,
  type ScreeningAudience,
} from '../../../renderer/core/screening/screening';
import { summariseScreening } from '../../../renderer/core/screening/summariseScreening';
import { FIXTURE_INDICATORS, indicator } from './fixtureIndicators';

function screen(audience: ScreeningAudience, marks: Record<string, Mark>): Screening {
  let s = newScreening(audience, 'fixture');
  for (const [id, mark] of Object.entries(marks)) s = setAnswer(s, `fixture/${id}`, { mark });
  return s;
}

const summary = (audience: ScreeningAudience, marks: Record<string, Mark>) =>
  summariseScreening(screen(audience, marks), FIXTURE_INDICATORS);

describe('summariseScreening: one case per outcome', () => {
  it('insufficient information: nothing marked present', () => {
    const r = summary('adult', { 'tromperie-emploi': 'absent', dette: 'unknown' }).reading;
    expect(r.outcome).toBe('insufficient');
    expect(r.couldStillBeMet).toBe(true);
  });

  it('indicators present, combination not met: says what is missing and that it could still be met', () => {
    const r = summary('adult', { 'horaires-excessifs': 'present', 'salaire-nul': 'present' }).reading;
    expect(r.outcome).toBe('indicators-present');
    expect(r.missing).toEqual(['recruitment', 'destination']);
    expect(r.couldStillBeMet).toBe(true);
  });

  it('indicators present and the rest answered absent: the combination can no longer be met', () => {
    const marks: Record<string, Mark> = Object.fromEntries(
      FIXTURE_INDICATORS.map((e) => [e.id.slice('fixture/'.length), 'absent']),
    );
    marks['horaires-excessifs'] = 'present';
    const r = summary('adult', marks).reading;
    expect(r.outcome).toBe('indicators-present');
    expect(r.couldStillBeMet).toBe(false);
  });

  it('adult, combination met: presumed victim of deceptive trafficking', () => {
    const s = summary('adult', {
      'tromperie-emploi': 'present',
      'tromperie-salaire': 'present',
      'horaires-excessifs': 'present',
      'salaire-nul': 'present',
      'documents-confisques': 'present',
      dette: 'present',
    });
    expect(s.reading).toMatchObject({
      outcome: 'presumed-victim',
      types: ['deceptive-recruitment'],
      missing: [],
      couldStillBeMet: true,
    });
    expect(s.dimensionResults.filter((d) => d.met).map((d) => d.element)).toEqual([
      'deceptive-recruitment',
      'exploitation',
      'coercion-destination',
    ]);
  });

  it('adult, coercive and abuse-of-vulnerability recruitment together name both types', () => {
    const s = summary('adult', {
      'violence-recrutement': 'present',
      enlevement: 'present',
      'besoin-economique': 'present',
      'situation-familiale': 'present',
      'contexte-general': 'present',
      'horaires-excessifs': 'present',
      'salaire-nul': 'present',
      dependance: 'present',
      langue: 'present',
      'passe-difficile': 'present',
    });
    expect(s.reading.outcome).toBe('presumed-victim');
    expect(s.reading.types).toEqual(['coercive-recruitment', 'vulnerability-recruitment']);
  });

  it('child: exploitation alone is its own reading (the act remains to document)', () => {
    const r = summary('child', { 'horaires-excessifs': 'present', 'pas-ecole': 'present' }).reading;
    expect(r.outcome).toBe('child-exploitation');
    expect(r.missing).toEqual(['act']);
  });

  it('child: recruitment + exploitation is a presumed victim without any destination element', () => {
    const r = summary('child', {
      'tromperie-emploi': 'present',
      'tromperie-salaire': 'present',
      'horaires-excessifs': 'present',
      'pas-ecole': 'present',
    }).reading;
    expect(r).toMatchObject({
      outcome: 'presumed-victim',
      types: ['deceptive-recruitment'],
      missing: [],
      couldStillBeMet: true,
    });
    expect(r.shown).toEqual(['deceptive-recruitment', 'exploitation']);
  });

  it('a set without ILO/EC dimensions gets dimension results but no combination reading', () => {
    const other = [
      indicator('menaces', 'violence-menaces', 'strong'),
      indicator('isolement', 'violence-menaces', 'medium'),
    ];
    const s = summariseScreening(
      setAnswer(
        setAnswer(newScreening('adult', 'x'), 'fixture/menaces', { mark: 'present' }),
        'fixture/isolement',
        { mark: 'present' },
      ),
      other,
    );
    expect(s.reading.outcome).toBe('no-combination-rule');
    expect(s.dimensionResults).toMatchObject([{ dimensionId: 'violence-menaces', met: true }]);
  });
});

describe('summariseScreening: audience, provisions and referral', () => {
  it('leaves out indicators of the other audience, even if answered', () => {
    const s = summary('adult', { 'pas-ecole': 'present' });
    expect(s.presentIndicators).toEqual([]);
    expect(s.dimensionResults.find((d) => d.dimensionId === 'exploitation')?.total).toBe(3);
  });

  it('lists provisions and referral steps of present indicators only, most cited first, without duplicates', () => {
    const s = summary('adult', {
      'tromperie-emploi': 'present',
      'tromperie-salaire': 'present',
      'horaires-excessifs': 'present',
      'salaire-nul': 'present',
      dette: 'absent',
    });
    expect(s.provisions).toEqual(['loi/art-1', 'loi/art-2', 'loi/art-3']);
    expect(s.referralSteps).toEqual(['guide/police', 'guide/identification', 'guide/services']);
  });

  it('keeps the screening serialisable and drops answers reset to "not asked" without a note', () => {
    let s = setAnswer(newScreening('child', 'fixture'), 'fixture/dette', {
      mark: 'present',
      note: 'x'.repeat(900),
    });
    expect(s.answers['fixture/dette']!.note).toHaveLength(500);
    s = setAnswer(s, 'fixture/dette', { mark: 'not-asked', note: '' });
    expect(s.answers).toEqual({});
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
