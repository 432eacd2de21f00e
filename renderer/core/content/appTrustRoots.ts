import { DEV_TRUST_ROOTS } from './devTrustRoots';
import { PRODUCTION_ROOTS, type TrustedKey } from './trustedKeys';

/** The roots the app itself trusts: production ones, plus the development root outside release builds. */
export const APP_TRUST_ROOTS: readonly TrustedKey[] = [...PRODUCTION_ROOTS, ...DEV_TRUST_ROOTS];
