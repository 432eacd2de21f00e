import {
  type Argon2idCost,
  calibrateKdf,
  type CalibrationResult,
  DATA_KEY_BYTES,
  defaultKdfRunner,
  deriveKey,
  deriveVaultKeys,
  formatRecoveryKey,
  generateRecoveryKey,
  KDF_SALT_BYTES,
  type KdfParams,
  type KdfRunner,
  kekFromDerivedBytes,
  kekFromRecoveryKey,
  randomBytes,
  RECOVERY_SALT_BYTES,
  wipe,
  wrapDataKey,
} from '../crypto';
import { newOpaqueId } from './opaqueId';
import { loadPassphraseChecker } from './passphrasePolicy';
import { addProfile, normaliseProfileName, type ProfileSummary } from './profileRegistry';
import { openVaultDb } from './vaultDb';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { HEADER_FORMAT, sealHeader, wrapContext, type HeaderFields } from './vaultHeader';
import { VaultSession } from './vaultSession';

/**
 * How to choose the Argon2id cost. Default: calibrate on this machine (≥ 64 MiB / 3 passes, ≥ ~0.5 s).
 * `insecureTestCost` exists so unit tests do not spend seconds per vault; the app never passes it.
 */
export type KdfChoice = { calibrate?: { targetMs?: number } } | { insecureTestCost: Argon2idCost };

export interface CreateVaultOptions {
  name: string;
  passphrase: string;
  kdf?: KdfChoice;
  env?: VaultEnv;
}

export interface CreatedVault {
  profile: ProfileSummary;
  session: VaultSession;
  /** Shown once, in groups, for the person to write down or print. Never stored anywhere. */
  recoveryKey: string;
  cost: Argon2idCost;
  calibration: CalibrationResult | null;
}

export async function createVault(options: CreateVaultOptions): Promise<CreatedVault> {
  const env = options.env ?? {};
  const name = normaliseProfileName(options.name);
  if (name === null) throw new VaultError('profile-name-invalid');
  const check = await loadPassphraseChecker();
  if (!check(options.passphrase, [name]).acceptable) throw new VaultError('weak-passphrase');

  const runner = env.kdfRunner ?? defaultKdfRunner();
  const choice = options.kdf ?? {};
  const calibration =
    'insecureTestCost' in choice ? null : await calibrate(runner, env, choice.calibrate?.targetMs);
  const cost = calibration?.cost ?? (choice as { insecureTestCost: Argon2idCost }).insecureTestCost;

  const vaultId = newOpaqueId();
  const kdf: KdfParams = { algorithm: 'argon2id', version: 19, ...cost, salt: randomBytes(KDF_SALT_BYTES) };
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recovery = generateRecoveryKey();
  try {
    const passphraseKek = await kekFromDerivedBytes(
      await deriveKey(options.passphrase, kdf, runner).catch(kdfFailed),
    );
    const recoverySalt = randomBytes(RECOVERY_SALT_BYTES);
    const recoveryKek = await kekFromRecoveryKey(recovery, recoverySalt);
    const passphraseSlot = await wrapDataKey(passphraseKek, dataKey, wrapContext(vaultId, 'passphrase'));
    const recoverySealed = await wrapDataKey(recoveryKek, dataKey, wrapContext(vaultId, 'recovery'));
    const keys = await deriveVaultKeys(dataKey, vaultId);
    const fields: HeaderFields = {
      format: HEADER_FORMAT,
      vaultId,
      kdf,
      passphraseSlot: { iv: passphraseSlot.iv, wrapped: passphraseSlot.ciphertext },
      recoverySlot: { salt: recoverySalt, iv: recoverySealed.iv, wrapped: recoverySealed.ciphertext },
    };
    const header = await sealHeader(fields, keys.headerMacKey);

    const db = openVaultDb(vaultId, env);
    try {
      await db.meta.put({ key: 'header', header });
    } catch {
      db.close();
      throw new VaultError('storage-failed');
    }
    const profile: ProfileSummary = { id: vaultId, name };
    await addProfile(profile, env);
    return {
      profile,
      session: new VaultSession(vaultId, db, vaultId, keys, env.now),
      recoveryKey: formatRecoveryKey(recovery),
      cost,
      calibration,
    };
  } finally {
    wipe(dataKey);
    wipe(recovery);
  }
}

function kdfFailed(): never {
  throw new VaultError('kdf-failed');
}

async function calibrate(
  runner: KdfRunner,
  env: VaultEnv,
  targetMs: number | undefined,
): Promise<CalibrationResult> {
  const clock = env.monotonicNow ?? (() => performance.now());
  return calibrateKdf({
    ...(targetMs !== undefined ? { targetMs } : {}),
    measure: async (cost) => {
      const probe: KdfParams = {
        algorithm: 'argon2id',
        version: 19,
        ...cost,
        salt: randomBytes(KDF_SALT_BYTES),
      };
      const started = clock();
      wipe(
        await runner({ password: randomBytes(16), salt: probe.salt, cost, hashLength: 32 }).catch(kdfFailed),
      );
      return clock() - started;
    },
  });
}
