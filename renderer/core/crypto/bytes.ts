// Byte helpers shared by the crypto and vault layers. Kept free of Node's Buffer so the same code
// runs in the renderer, in workers and under Node tests. UTF-8, hexadecimal, SHA-256 and joining bytes
// live in the text and bytes module (renderer/core/text): import them from there.

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Copies into a fresh ArrayBuffer-backed array (detaches us from caller-owned or shared buffers). */
export function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

/** Length-independent comparison; used for checksums so timing never depends on where they differ. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Best-effort wipe of key material we own; JavaScript gives no stronger guarantee. */
export function wipe(bytes: Uint8Array | null | undefined): void {
  bytes?.fill(0);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
