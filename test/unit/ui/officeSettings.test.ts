import { describe, expect, it } from 'vitest';
import { parseOffice, validateOffice } from '../../../renderer/ui/settings/officeSettings';

describe('office details for the referral sheet', () => {
  it('keeps what was typed, the phone in E.164, and allows every field empty', () => {
    expect(
      validateOffice({
        service: '  DIVAS   Walikale ',
        phone: '+243 81 234 5678',
        email: 'divas.walikale@exemple.cd',
      }),
    ).toEqual({
      ok: true,
      value: { service: 'DIVAS Walikale', phone: '+243812345678', email: 'divas.walikale@exemple.cd' },
    });
    expect(validateOffice({ service: '', phone: '', email: '' })).toEqual({
      ok: true,
      value: { service: '', phone: '', email: '' },
    });
    // The "+243 " the field may start with is not a number.
    expect(validateOffice({ service: '', phone: '+243 ', email: '' }).ok).toBe(true);
  });

  it('refuses a bad phone, a bad e-mail and a service name too long, field by field', () => {
    const result = validateOffice({ service: 'x'.repeat(161), phone: '+243 81 234', email: 'divas@' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['email', 'phone', 'service']);
    for (const email of ['divas', 'divas@exemple', 'a b@exemple.cd', '<x>@y.cd', 'divas@exemple.']) {
      expect(validateOffice({ service: '', phone: '', email }).ok, email).toBe(false);
    }
  });

  it('drops a damaged or hand-edited stored entry rather than print it', () => {
    expect(parseOffice(null)).toEqual({ service: '', phone: '', email: '' });
    expect(parseOffice('{')).toEqual({ service: '', phone: '', email: '' });
    expect(parseOffice(JSON.stringify({ service: 'DIVAS', phone: 'appelez-moi', email: '' }))).toEqual({
      service: '',
      phone: '',
      email: '',
    });
    expect(parseOffice(JSON.stringify({ service: 'DIVAS', phone: '+243812345678', email: '' }))).toEqual({
      service: 'DIVAS',
      phone: '+243812345678',
      email: '',
    });
  });
});
