// Pure rules of the case notebook: numbering, validation with error codes, names where initials
// are expected, status history, follow-ups, attachment types by content.
import { describe, expect, it } from 'vitest';
import { checkAttachment, sniffAttachmentType } from '../../../renderer/core/cases/attachmentType';
import { isRealDate } from '../../../renderer/core/cases/caseDates';
import { formatCaseNumber, nextCaseNumber, normalisePrefix } from '../../../renderer/core/cases/caseNumber';
import { earliestFollowUp } from '../../../renderer/core/cases/followUp';
import { looksLikeFullName, nextPersonCode } from '../../../renderer/core/cases/personName';
import {
  validateCase,
  validateStatusChange,
  type CaseDraft,
} from '../../../renderer/core/cases/validateCase';
import { validatePerson, type PersonDraft } from '../../../renderer/core/cases/validatePerson';
import { validateReferral, type ReferralDraft } from '../../../renderer/core/cases/validateReferral';
import { referralSchema } from '../../../renderer/core/cases/caseSchemas';
import {
  RENAMED_EXE,
  TEXT_AS_PDF,
  TINY_JPEG,
  TINY_PDF,
  TINY_PNG,
  oversizedPng,
  tinyWav,
  PLAIN_ZIP,
  TEXT_AS_VIDEO,
  compoundFile,
  tinyDocx,
  tinyVideo,
  truncated,
} from '../../fixtures/attachments/attachmentFixtures';
import { RECORD_VERSIONS } from '../../../renderer/core/cases/recordVersions';

const TODAY = '2026-11-29';
const draft: CaseDraft = {
  prefix: 'GOM',
  openedOn: '2026-11-02',
  incidentOn: '',
  province: 'Nord-Kivu',
  territory: 'Masisi',
  site: 'Rubaya',
  lat: '',
  lon: '',
  summary: 'Signalement',
};
const codes = (r: { ok: boolean; errors?: { field: string; code: string }[] }) =>
  r.ok ? [] : r.errors!.map((e) => `${e.field}:${e.code}`);

describe('case numbers', () => {
  it('numbers per prefix and year, from the highest used', () => {
    const existing = [
      { prefix: 'GOM', year: 2026, seq: 3 },
      { prefix: 'GOM', year: 2025, seq: 40 },
      { prefix: 'BKV', year: 2026, seq: 9 },
    ];
    expect(nextCaseNumber(existing, 'GOM', 2026)).toEqual({ prefix: 'GOM', year: 2026, seq: 4 });
    expect(nextCaseNumber(existing, 'UVI', 2026).seq).toBe(1);
    expect(formatCaseNumber({ prefix: 'GOM', year: 2026, seq: 4 })).toBe('GOM-2026-0004');
    expect(normalisePrefix(' gôm-1 ')).toBe('GOM1');
  });
});

describe('case validation', () => {
  it('accepts a complete case and parses coordinates', () => {
    const result = validateCase({ ...draft, lat: '-1,45', lon: '28.81' }, TODAY);
    expect(result.ok && result.value.place).toEqual({
      province: 'Nord-Kivu',
      territory: 'Masisi',
      site: 'Rubaya',
      lat: -1.45,
      lon: 28.81,
    });
  });
  it('names each missing or impossible field', () => {
    expect(
      codes(validateCase({ ...draft, prefix: '', openedOn: '', province: ' ', summary: '' }, TODAY)),
    ).toEqual(['prefix:required', 'openedOn:required', 'province:required', 'summary:required']);
    expect(codes(validateCase({ ...draft, openedOn: '2026-02-30' }, TODAY))).toEqual([
      'openedOn:date-invalid',
    ]);
    expect(
      codes(validateCase({ ...draft, openedOn: '2027-01-01', incidentOn: '2026-13-01' }, TODAY)),
    ).toEqual(['openedOn:date-future', 'incidentOn:date-invalid']);
    expect(codes(validateCase({ ...draft, prefix: 'go m' }, TODAY))).toEqual(['prefix:prefix-invalid']);
    expect(codes(validateCase({ ...draft, lat: '95', lon: '28' }, TODAY))).toEqual([
      'coordinates:coordinates-invalid',
    ]);
    expect(codes(validateCase({ ...draft, lat: '-1.4', lon: '' }, TODAY))).toEqual([
      'coordinates:coordinates-invalid',
    ]);
  });
  it('dates a status change on a real day between opening and today', () => {
    expect(validateStatusChange('clos', '2026-11-20', '2026-11-02', TODAY).ok).toBe(true);
    expect(codes(validateStatusChange('clos', '2026-10-01', '2026-11-02', TODAY))).toEqual([
      'statusOn:date-before-opening',
    ]);
    expect(codes(validateStatusChange('clos', '2026-11-31', '2026-11-02', TODAY))).toEqual([
      'statusOn:date-invalid',
    ]);
  });
  it('knows real calendar days', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('29/11/2026')).toBe(false);
  });
});

const BASE_PERSON: PersonDraft = {
  role: 'victime',
  code: 'V-01',
  initials: 'A. M.',
  age: '14',
  ageGroup: '12-14',
  sex: 'f',
  nationality: 'congolaise',
  languages: 'swahili',
  vulnerabilities: ['child'],
  contactConsent: false,
  phone: '',
  phone2: '',
  email: '',
  contactNote: '',
};

describe('persons', () => {
  const person: PersonDraft = {
    role: 'victime',
    code: 'V-01',
    initials: 'A. M.',
    age: '14',
    ageGroup: '12-14',
    sex: 'f',
    nationality: 'congolaise',
    languages: 'swahili',
    vulnerabilities: ['child'],
    contactConsent: false,
    phone: '',
    phone2: '',
    email: '',
    contactNote: '',
  };
  it('warns on a full name typed as initials, not on initials', () => {
    for (const ok of ['A. M.', 'AMK', 'A.M.K.', 'J-B M']) expect(looksLikeFullName(ok), ok).toBe(false);
    for (const name of ['Amani Bahati', 'amani', 'Jean-Baptiste', 'Am'])
      expect(looksLikeFullName(name), name).toBe(true);
  });
  it('numbers codes per role', () => {
    expect(nextPersonCode('victime', ['V-01', 'T-01'])).toBe('V-02');
    expect(nextPersonCode('suspect', [])).toBe('S-01');
  });
  it('refuses contact details without consent and impossible ages', () => {
    expect(validatePerson(person).ok).toBe(true);
    expect(
      codes(validatePerson({ ...person, phone: '+243 81 000 0000', contactNote: 'par sa tante' })),
    ).toEqual(['phone:contact-without-consent', 'contactNote:contact-without-consent']);
    expect(codes(validatePerson({ ...person, age: '14.5' }))).toEqual(['age:age-invalid']);
    expect(codes(validatePerson({ ...person, code: '' }))).toEqual(['code:required']);
  });
});

describe('a person’s phones and e-mail (issue 19)', () => {
  const consenting: PersonDraft = { ...BASE_PERSON, contactConsent: true };
  it('stores local and neighbouring numbers in E.164 and keeps the e-mail as typed', () => {
    const result = validatePerson({
      ...consenting,
      phone: '081 234 5678',
      phone2: '+250 788 123 456',
      email: ' amani@exemple.org ',
    });
    expect(result.ok && result.value).toMatchObject({
      v: RECORD_VERSIONS['case-person'],
      phone: '+243812345678',
      phone2: '+250788123456',
      email: 'amani@exemple.org',
    });
  });
  it('refuses a bad number or e-mail with the field and a code, never the value', () => {
    expect(
      codes(validatePerson({ ...consenting, phone: '0812', phone2: '081234567x', email: 'amani@exemple' })),
    ).toEqual(['phone:phone-wrong-length', 'phone2:phone-invalid-characters', 'email:email-invalid']);
    expect(codes(validatePerson({ ...consenting, phone: '+999 123 456 789' }))).toEqual([
      'phone:phone-unknown-country',
    ]);
  });
});

describe('referrals', () => {
  const referral: ReferralDraft = {
    personId: 'a'.repeat(32),
    contactId: 'x',
    actor: '',
    organisation: 'DIVAS',
    date: '2026-11-10',
    reason: 'Prise en charge',
    consent: true,
    consentMode: 'oral',
    shared: ['code', 'age'],
    status: 'envoyee',
    followUpOn: '2026-11-20',
  };
  it('asks how consent was given, and shares nothing personal without it', () => {
    expect(validateReferral(referral, '2026-11-02', TODAY).ok).toBe(true);
    expect(codes(validateReferral({ ...referral, consentMode: '' }, '2026-11-02', TODAY))).toEqual([
      'consentMode:consent-mode-required',
    ]);
    expect(codes(validateReferral({ ...referral, consent: false }, '2026-11-02', TODAY))).toEqual([
      'shared:nothing-shared',
    ]);
    expect(codes(validateReferral({ ...referral, followUpOn: '2026-11-01' }, '2026-11-02', TODAY))).toEqual([
      'followUpOn:date-before-opening',
    ]);
  });
  it('keeps how to reach the directory contact picked, and older referrals without it still validate', () => {
    const picked = validateReferral(
      {
        ...referral,
        contactId: 'c1',
        contactPhone: '+243812345678',
        contactPhone2: '+250788123456',
        contactEmail: 'permanence@exemple.org',
      },
      '2026-11-02',
      TODAY,
    );
    expect(picked.ok && referralSchema.parse(picked.value)).toMatchObject({
      contactPhone: '+243812345678',
      contactPhone2: '+250788123456',
      contactEmail: 'permanence@exemple.org',
    });
    const typed = validateReferral(
      { ...referral, contactId: '', contactPhone: '+243812345678' },
      '2026-11-02',
      TODAY,
    );
    expect(typed.ok && 'contactPhone' in typed.value).toBe(false);
    const older = validateReferral(referral, '2026-11-02', TODAY);
    expect(older.ok && referralSchema.safeParse(older.value).success).toBe(true);
  });
  it('finds the earliest open follow-up', () => {
    const valueOf = (d: ReferralDraft) => {
      const r = validateReferral(d, '2026-11-02', TODAY);
      if (!r.ok) throw new Error('invalid');
      return r.value;
    };
    const open = valueOf({ ...referral, followUpOn: '2026-11-25' });
    const closed = valueOf({ ...referral, status: 'cloturee', followUpOn: '2026-11-12' });
    expect(
      earliestFollowUp(
        [open, closed],
        [
          { v: 1, title: 't', dueOn: '2026-11-30', done: false },
          { v: 1, title: 'd', dueOn: '2026-11-11', done: true },
        ],
      ),
    ).toBe('2026-11-25');
  });
});

describe('attachments by content', () => {
  it('recognises the real files', () => {
    expect(sniffAttachmentType(TINY_PNG)).toBe('png');
    expect(sniffAttachmentType(TINY_JPEG)).toBe('jpeg');
    expect(sniffAttachmentType(TINY_PDF)).toBe('pdf');
    expect(sniffAttachmentType(tinyWav())).toBe('wav');
    expect(checkAttachment('photo.JPG', TINY_JPEG)).toEqual({ ok: true, type: 'jpeg' });
  });
  it('refuses hostile, mislabelled, empty and oversized files', () => {
    const code = (name: string, bytes: Uint8Array) => {
      const r = checkAttachment(name, bytes);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('photo.jpg', RENAMED_EXE)).toBe('file-type-unknown');
    expect(code('rapport.pdf', TEXT_AS_PDF)).toBe('file-type-unknown');
    expect(code('photo.pdf', TINY_PNG)).toBe('file-type-mismatch');
    expect(code('vide.png', new Uint8Array())).toBe('file-empty');
    expect(code('grand.png', oversizedPng())).toBe('file-too-large');
  });
});

describe('Word documents and phone videos, by content', () => {
  const code = (name: string, bytes: Uint8Array) => {
    const r = checkAttachment(name, bytes);
    return r.ok ? r.type : r.error.code;
  };

  it('accepts .docx, .doc, MP4, 3GP and MOV by what they hold', () => {
    expect(code('PV-audition.docx', tinyDocx())).toBe('docx');
    expect(code('PV-audition.DOC', compoundFile())).toBe('doc');
    expect(code('VID_20260312.mp4', tinyVideo('isom'))).toBe('mp4');
    expect(code('video.3gp', tinyVideo('3gp4'))).toBe('3gp');
    expect(code('IMG_0042.MOV', tinyVideo('qt  '))).toBe('mov');
    // Phones name the same kind of file .mp4 or .3gp by habit: not a disguise.
    expect(code('video.mp4', tinyVideo('3gp4'))).toBe('3gp');
    expect(code('sans-nom', tinyDocx())).toBe('docx');
  });

  it('refuses copies cut short, wherever the cut falls', () => {
    for (const [name, whole] of [
      ['pv.docx', tinyDocx()],
      ['pv.doc', compoundFile()],
      ['video.mp4', tinyVideo('isom')],
      ['video.mov', tinyVideo('qt  ')],
    ] as const) {
      for (const keep of [whole.length - 1, whole.length - 30, Math.floor(whole.length / 2), 600]) {
        if (keep >= whole.length) continue;
        expect(code(name, truncated(whole, keep)), `${name} cut at ${keep}`).toBe('file-incomplete');
      }
    }
  });

  it('refuses look-alike containers, renamed files and damaged headers', () => {
    expect(code('rapport.docx', PLAIN_ZIP)).toBe('file-type-unknown');
    expect(code('tableau.doc', compoundFile('Workbook'))).toBe('file-type-unknown');
    expect(code('pv.docx', RENAMED_EXE)).toBe('file-type-unknown');
    expect(code('video.mp4', TEXT_AS_VIDEO)).toBe('file-type-unknown');
    expect(code('video.mp4', tinyDocx())).toBe('file-type-mismatch');
    expect(code('pv.docx', tinyVideo('isom'))).toBe('file-type-mismatch');
    expect(code('pv.pdf', compoundFile())).toBe('file-type-mismatch');
    // A box that claims more bytes than the file holds, and a stray box type after the first.
    const video = tinyVideo('isom');
    const bigger = video.slice();
    new DataView(bigger.buffer).setUint32(bigger.length - 72, 1_000_000);
    expect(code('video.mp4', bigger)).toBe('file-incomplete');
    const stray = video.slice();
    stray.set(new TextEncoder().encode('zzzz'), stray.length - 68);
    expect(code('video.mp4', stray)).toBe('file-incomplete');
    // A last box "to the end of the file" (size 0) and a 64-bit size are both read.
    const toEnd = video.slice();
    new DataView(toEnd.buffer).setUint32(toEnd.length - 72, 0);
    expect(code('video.mp4', toEnd)).toBe('mp4');
    const wide = new Uint8Array(video.length + 8);
    wide.set(video.subarray(0, video.length - 72));
    const wideView = new DataView(wide.buffer);
    wideView.setUint32(video.length - 72, 1);
    wide.set(new TextEncoder().encode('mdat'), video.length - 68);
    wideView.setBigUint64(video.length - 64, 80n);
    expect(code('video.mp4', wide)).toBe('mp4');
    wideView.setBigUint64(video.length - 64, 81n);
    expect(code('video.mp4', wide)).toBe('file-incomplete');
    // A directory entry pointing past the end of the ZIP.
    const docx = tinyDocx();
    const view = new DataView(docx.buffer);
    view.setUint32(docx.length - 6, docx.length, true);
    expect(code('pv.docx', docx)).toBe('file-incomplete');
  });
});
