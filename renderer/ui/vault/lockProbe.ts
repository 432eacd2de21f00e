import { forgetOnLock } from './forgetOnLock';

// The browser tests' view of the lock registry. Installed only where __LOCK_PROBE__ is true (the web
// build that the browser tests load); the Electron build defines it false, so this module and the
// window property are not in the application people run.

export interface HolderReport {
  name: string;
  /** Whether the holder holds anything at all (an empty Map, array or string counts as nothing). */
  empty: boolean;
  /** Everything it holds, as text (Maps, Sets, byte arrays and nested objects included), for needles. */
  text: string;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
  if (value instanceof Map || value instanceof Set) return value.size === 0;
  return false;
}

function asText(value: unknown): string {
  const seen = new Set<unknown>();
  const parts: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 12 || v === null || v === undefined) return;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      parts.push(String(v));
      return;
    }
    if (typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Uint8Array) parts.push(new TextDecoder().decode(v));
    else if (v instanceof Map)
      for (const [k, x] of v) {
        walk(k, depth + 1);
        walk(x, depth + 1);
      }
    else if (v instanceof Set || Array.isArray(v)) for (const x of v as Iterable<unknown>) walk(x, depth + 1);
    else for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(value, 0);
  return parts.join('\n');
}

export function installLockProbe(target: Window): void {
  Object.defineProperty(target, '__daliliLockProbe', {
    value: (): HolderReport[] =>
      [...forgetOnLock.snapshot()].map(([name, held]) => ({
        name,
        empty: isEmpty(held),
        text: asText(held),
      })),
  });
}
