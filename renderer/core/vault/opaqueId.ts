import { randomBytes } from '../crypto';
import { toHex } from '../text';

const OPAQUE_ID = /^[0-9a-f]{32}$/;

/** 128 random bits as hex: ids that are stored and indexed in clear must say nothing. */
export function newOpaqueId(): string {
  return toHex(randomBytes(16));
}

export function isOpaqueId(value: unknown): value is string {
  return typeof value === 'string' && OPAQUE_ID.test(value);
}
