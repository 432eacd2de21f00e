// Pack failures carry a stable code and the part concerned, never user-facing text: the UI maps each
// code to a translated message in its catalogues.

export type PackErrorCode =
  | 'missing-part' // a part named by the manifest (or the manifest/signature itself) is absent
  | 'malformed' // a part is not what the format says (bad JSON, wrong shape)
  | 'signature-invalid' // the signature does not match the manifest
  | 'untrusted-key' // the manifest is signed by a key the app does not trust
  | 'dev-key-refused' // signed by the development key where development packs are not allowed
  | 'hash-mismatch' // a part's SHA-256 differs from the manifest
  | 'older-version' // the pack is older than the one in use (or than minPackVersion)
  | 'same-version' // the pack has the version of the one in use: nothing to replace
  | 'schema-unsupported' // the pack format is newer (or older) than this app understands
  | 'not-a-pack' // a single-file pack without the magic header
  | 'container-unsupported' // a single-file pack of a container version this app cannot read
  | 'too-large' // a single-file pack or one of its parts exceeds the size limits
  | 'truncated' // a single-file pack whose declared lengths run past its end
  // The trust chain (issue 16): see packSignature.ts and build/content/README.md.
  | 'old-format' // signed before the root → publisher chain existed (manifest.sig format 1)
  | 'certificate-expired' // the pack was made after its publisher certificate's validUntil
  | 'certificate-not-yet-valid' // the pack was made before its publisher certificate's validFrom
  | 'role-refused' // the publisher certificate does not allow signing content
  | 'publisher-revoked' // the publisher key is on the root's revocation list
  | 'version-jump' // the pack's version is further above the one in use than the bound allows
  // Deltas (issue 20): see packDelta.ts.
  | 'wrong-base' // a delta built against another pack than the one in use
  | 'delta-unsupported'; // a delta whose index this app cannot rebuild (another search configuration)

export class PackError extends Error {
  readonly code: PackErrorCode;
  readonly part: string | undefined;

  constructor(code: PackErrorCode, part?: string, detail?: string) {
    // The message is for logs and developers only; it never contains content or key material.
    super(`${code}${part ? ` (${part})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'PackError';
    this.code = code;
    this.part = part;
  }
}

export const isPackError = (value: unknown): value is PackError => value instanceof PackError;
