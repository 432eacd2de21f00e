import { type CaseBundle, KINDS, verifyAuditChain } from '../cases';
import type { VaultSession } from '../vault';
import { attachmentFingerprints } from './attachmentFingerprints';
import { buildCourtFile, type CourtFileContent, type CourtFileContext } from './buildCourtFile';
import { type CourtFileChoice, settleChoice } from './courtFileChoice';
import type { CourtFile } from './courtFileModel';

/**
 * Everything the document needs that takes time: the fingerprints of the annexes (decrypting each
 * file) and the journal's check, then the document itself. Only the attachments that go in are read.
 */
export async function prepareCourtFile(
  session: VaultSession,
  bundle: CaseBundle,
  choice: CourtFileChoice,
  content: CourtFileContent,
  context: Omit<CourtFileContext, 'fingerprints' | 'journalIntact'>,
  onProgress?: (done: number, total: number) => void,
): Promise<CourtFile> {
  const settled = settleChoice(bundle, choice);
  const annexes = settled.sections.includes('annexes') ? bundle.attachments : [];
  const fingerprints = await attachmentFingerprints(session, annexes, onProgress);
  const damaged = [...bundle.damaged, ...bundle.newer].filter((d) => d.kind === KINDS.audit).length;
  const chain = await verifyAuditChain(bundle.audit, bundle.file.audit, damaged);
  return buildCourtFile(bundle, settled, content, {
    ...context,
    fingerprints,
    journalIntact: chain.ok && bundle.integrity.problems.length === 0,
  });
}
