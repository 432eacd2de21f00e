import type { TransferKdfOptions } from '../../../renderer/core/backup/transferFile';
import { directKdfRunner } from '../../../renderer/core/crypto/deriveKey';
import { TEST_COST } from '../vault/vaultTestEnv';

/** Low Argon2id cost for unit tests, on both sides; the production floor is tested apart. */
export const TEST_TRANSFER: TransferKdfOptions = { cost: TEST_COST, minimumCost: TEST_COST, kdfRunner: directKdfRunner };
