// Workshop failures carry a stable code, never user-facing text: the UI maps each code to a
// translated message (renderer/ui/content/workshopErrorMessage.ts). Messages never hold a
// passphrase, a key or content.

export type WorkshopErrorCode =
  | 'not-a-key-file' // not a Dalili publisher key file at all
  | 'unsupported-version' // a key file of a format version this app cannot read
  | 'damaged' // a key file whose bytes were changed or cut (checksum, shape, parameters)
  | 'wrong-passphrase' // the passphrase does not open the key file
  | 'root-key' // the file holds a root key, which certifies publishers and never signs content
  | 'not-certified' // the secret key is not the one its certificate names
  | 'untrusted' // the certificate is not signed by a root this app trusts
  | 'role-refused' // the certificate does not allow publishing content
  | 'revoked' // the publisher key is on its root's revocation list
  | 'certificate-expired' // the certificate is no longer valid today
  | 'certificate-not-yet-valid' // the certificate is not yet valid today
  | 'forgotten' // the key was forgotten (lock, close): open the key file again
  | 'delta-unavailable' // this edited library cannot be sent as a delta: publish a full pack
  | 'nothing-changed' // a delta with no change: nothing to publish
  | 'version-not-newer'; // the version to publish is not above the base's

export class WorkshopError extends Error {
  readonly code: WorkshopErrorCode;

  constructor(code: WorkshopErrorCode, detail?: string) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'WorkshopError';
    this.code = code;
  }
}

export const isWorkshopError = (value: unknown): value is WorkshopError => value instanceof WorkshopError;
