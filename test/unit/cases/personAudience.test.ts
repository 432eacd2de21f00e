import { describe, expect, it } from 'vitest';
import { audienceForPerson } from '../../../renderer/core/cases/personAudience';

describe('the indicator list a recorded age chooses', () => {
  it('is the child list under 18, the adult list from 18, by age first, then by age group', () => {
    expect(audienceForPerson({ age: 14, ageGroup: 'unknown' })).toBe('child');
    expect(audienceForPerson({ age: 17, ageGroup: '18-24' })).toBe('child');
    expect(audienceForPerson({ age: 18, ageGroup: 'unknown' })).toBe('adult');
    expect(audienceForPerson({ age: 0, ageGroup: 'unknown' })).toBe('child');
    expect(audienceForPerson({ age: null, ageGroup: '15-17' })).toBe('child');
    expect(audienceForPerson({ age: null, ageGroup: '0-11' })).toBe('child');
    expect(audienceForPerson({ age: null, ageGroup: '25-59' })).toBe('adult');
  });
  it('chooses nothing when the age is unknown', () => {
    expect(audienceForPerson({ age: null, ageGroup: 'unknown' })).toBeNull();
    expect(audienceForPerson(undefined)).toBeNull();
  });
});
