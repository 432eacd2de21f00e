import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { certificateShape } from '../../../renderer/core/content/certificateCheck';
import { manifestShape } from '../../../renderer/core/content/packManifest';
import { revocationShape } from '../../../renderer/core/content/revocationCheck';
import { Shape } from '../../../renderer/core/content/shapeChecks';
import { signatureShape } from '../../../renderer/core/content/signatureCheck';
import { signedDocumentShape } from '../../../renderer/core/content/signedDocumentCheck';
import {
  certificateSchema,
  manifestSchema,
  revocationSchema,
  signatureSchema,
  signedDocumentSchema,
} from '../../../renderer/core/content/trustSchemas';
import { PART } from '../../../renderer/core/content/packManifest';
import { buildParts, FIXTURES } from './packHelpers';

// The start path checks the manifest, manifest.sig, the certificate and the revocation list by hand, to keep
// zod out of the first page's code (issue 17, point 8); the zod schemas stay as the reference. Both must
// answer alike on every hostile input in test/fixtures/content/hostile-trust, and on the pack's own.

type Input = 'manifest' | 'signature' | 'certificate' | 'revocations' | 'signed-document';

const CHECKS: Record<Input, { hand: (value: unknown) => unknown; schema: ZodType }> = {
  manifest: { hand: manifestShape, schema: manifestSchema },
  signature: { hand: signatureShape, schema: signatureSchema },
  certificate: { hand: certificateShape, schema: certificateSchema },
  revocations: { hand: revocationShape, schema: revocationSchema },
  'signed-document': { hand: (value) => signedDocumentShape(value, ''), schema: signedDocumentSchema },
};

const byHand = (input: Input, value: unknown): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: CHECKS[input].hand(value) };
  } catch (error) {
    if (error instanceof Shape) return { ok: false };
    throw error;
  }
};

const agree = (input: Input, value: unknown): boolean => {
  const hand = byHand(input, value);
  const zod = CHECKS[input].schema.safeParse(value);
  expect(hand.ok, 'the hand check and zod answer alike').toBe(zod.success);
  if (hand.ok && zod.success) expect(hand.value).toEqual(zod.data);
  return hand.ok;
};

const HOSTILE = resolve(FIXTURES, 'hostile-trust');
const files = readdirSync(HOSTILE).filter((f) => f.endsWith('.json'));

describe('hand checks and zod schemas of the small signed inputs', () => {
  it('has hostile fixtures of every input to try', () => {
    const inputs = new Set(
      files.map((f) => (JSON.parse(readFileSync(resolve(HOSTILE, f), 'utf8')) as { input: Input }).input),
    );
    expect([...inputs].sort()).toEqual(Object.keys(CHECKS).sort());
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  for (const file of files) {
    it(`agree on ${file}`, () => {
      const { input, expect: expected, value } = JSON.parse(readFileSync(resolve(HOSTILE, file), 'utf8')) as {
        input: Input;
        expect: 'refused' | 'accepted';
        value: unknown;
      };
      expect(agree(input, value)).toBe(expected === 'accepted');
    });
  }

  it('accept a built pack’s own manifest, signature file, certificate and revocation list alike', async () => {
    const parts = await buildParts();
    const text = (name: string) => new TextDecoder().decode(parts.get(name));
    const manifest: unknown = JSON.parse(text(PART.manifest));
    const signature = JSON.parse(text(PART.signature)) as {
      certificate: { signed: string };
      revocations: { signed: string };
    };
    expect(agree('manifest', manifest)).toBe(true);
    expect(agree('signature', signature)).toBe(true);
    expect(agree('signed-document', signature.certificate)).toBe(true);
    expect(agree('certificate', JSON.parse(signature.certificate.signed))).toBe(true);
    expect(agree('revocations', JSON.parse(signature.revocations.signed))).toBe(true);
  });
});
