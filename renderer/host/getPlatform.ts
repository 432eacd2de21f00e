import type { DaliliBridge } from '../contract/bridgeContract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from '../core/platform';

/** Picks the host implementation: the preload bridge when running in Electron, the browser otherwise. */
export function getPlatform(globalScope: { dalili?: DaliliBridge }, appVersion: string): Platform {
  return globalScope.dalili ? createElectronPlatform(globalScope.dalili) : createBrowserPlatform(appVersion);
}
