import { describe, expect, it } from 'vitest';
import { combineElements, isDimensionMet } from '../../../renderer/core/screening/delphiRule';
import type { DelphiElement } from '../../../renderer/core/screening/delphiElements';

const counts = (strong: number, medium: number, weak: number) => ({ strong, medium, weak });

describe('a dimension is present (ILO/EC 2009)', () => {
  it.each([
    ['two strong', counts(2, 0, 0), true],
    ['one strong and one medium', counts(1, 1, 0), true],
    ['one strong and one weak', counts(1, 0, 1), true],
    ['three medium', counts(0, 3, 0), true],
    ['two medium and one weak', counts(0, 2, 1), true],
    ['one strong alone', counts(1, 0, 0), false],
    ['two medium alone', counts(0, 2, 0), false],
    ['one medium and two weak', counts(0, 1, 2), false],
    ['weak indicators alone, however many', counts(0, 0, 9), false],
    ['nothing', counts(0, 0, 0), false],
  ])('%s → %s', (_label, c, expected) => {
    expect(isDimensionMet(c)).toBe(expected);
  });
});

const set = (...elements: DelphiElement[]) => new Set<DelphiElement>(elements);

describe('combination of dimensions, adults', () => {
  it('deceptive recruitment + exploitation + coercion at destination: deceptive type', () => {
    expect(
      combineElements('adult', set('deceptive-recruitment', 'exploitation', 'coercion-destination')),
    ).toEqual({
      met: true,
      types: ['deceptive-recruitment'],
      missing: [],
    });
  });
  it('coercive recruitment + exploitation + abuse of vulnerability at destination: coercive type', () => {
    expect(
      combineElements('adult', set('coercive-recruitment', 'exploitation', 'vulnerability-destination'))
        .types,
    ).toEqual(['coercive-recruitment']);
  });
  it('recruitment by abuse of vulnerability + exploitation + coercion at destination: abuse-of-vulnerability type', () => {
    expect(
      combineElements('adult', set('vulnerability-recruitment', 'exploitation', 'coercion-destination'))
        .types,
    ).toEqual(['vulnerability-recruitment']);
  });
  it('several recruitment elements name several types', () => {
    expect(
      combineElements(
        'adult',
        set('deceptive-recruitment', 'coercive-recruitment', 'exploitation', 'coercion-destination'),
      ).types,
    ).toEqual(['deceptive-recruitment', 'coercive-recruitment']);
  });
  it('exploitation and coercion without a recruitment element: not met, recruitment missing', () => {
    expect(combineElements('adult', set('exploitation', 'coercion-destination'))).toEqual({
      met: false,
      types: [],
      missing: ['recruitment'],
    });
  });
  it('recruitment and exploitation without coercion or abuse at destination: not met for an adult', () => {
    expect(combineElements('adult', set('deceptive-recruitment', 'exploitation')).missing).toEqual([
      'destination',
    ]);
  });
  it('no exploitation: not met', () => {
    expect(combineElements('adult', set('deceptive-recruitment', 'coercion-destination')).missing).toEqual([
      'exploitation',
    ]);
  });
});

describe('combination of dimensions, children (Palermo art. 3(c): no means required)', () => {
  it('recruitment + exploitation is enough, without coercion at destination', () => {
    expect(combineElements('child', set('deceptive-recruitment', 'exploitation'))).toEqual({
      met: true,
      types: ['deceptive-recruitment'],
      missing: [],
    });
  });
  it('exploitation alone: not met, the act missing (never a means: no deceptive or coercive recruitment)', () => {
    expect(combineElements('child', set('exploitation'))).toEqual({
      met: false,
      types: [],
      missing: ['act'],
    });
  });
  it('never asks for a destination element', () => {
    expect(combineElements('child', set()).missing).toEqual(['act', 'exploitation']);
  });
  it('never asks for recruitment by deception, coercion or abuse of vulnerability, whatever is present', () => {
    const all: DelphiElement[] = [
      'deceptive-recruitment',
      'coercive-recruitment',
      'vulnerability-recruitment',
      'exploitation',
      'coercion-destination',
      'vulnerability-destination',
    ];
    for (let bits = 0; bits < 1 << all.length; bits++) {
      const present = set(...all.filter((_, i) => bits & (1 << i)));
      expect(combineElements('child', present).missing).not.toContain('recruitment');
      expect(combineElements('child', present).missing).not.toContain('destination');
    }
  });
});
