// Types for startCheck.mjs, which stays plain JavaScript so it runs on any Node version.
export declare const MIN_NODE: readonly number[];
export declare function isNodeTooOld(version: string): boolean;
export declare function nodeTooOldMessage(version: string): string;
export declare function electronPlatformPath(platform: string): string;
export declare function electronZipName(version: string, platform: string, arch: string): string;
export declare function electronCacheFolder(cacheRoot: string, version: string): string;
export declare function isElectronInstalled(
  electronDir: string,
  env: Record<string, string | undefined>,
  platform: string,
): boolean;
export declare function errorDetail(output: string): string;
export interface InstallResult {
  ok: boolean;
  output: string;
}
export declare function startCheck(options?: {
  env?: Record<string, string | undefined>;
  version?: string;
  platform?: string;
  arch?: string;
  print?: (text: string) => void;
  install?: (electronDir: string, env: Record<string, string | undefined>) => InstallResult;
  electronDir?: string;
}): number;
