// The single contract between the renderer and the Electron main process: channel names and their
// request/response types. Main validates every request against the schemas in electron/main/bridgeSchemas;
// the preload exposes exactly these channels. Only JSON and bytes cross, never a key or a passphrase.
// No runtime dependency here: a sandboxed preload may require nothing but 'electron'.

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface BridgeRequests {
  'app:info': Record<string, never>;
  'file:save': { suggestedName: string; data: Uint8Array; filters: FileFilter[] };
  'file:open': { filters: FileFilter[]; maxBytes: number };
  'print:pdf': { suggestedName: string };
  // Chunked files (backups): a handle is an opaque random string held by main, usable only by the
  // window that opened it. A save is written to a temporary file beside the target and renamed on
  // commit, so a half-written file never appears under the chosen name.
  'file:save-begin': { suggestedName: string; filters: FileFilter[] };
  'file:save-chunk': { handle: string; data: Uint8Array };
  'file:save-commit': { handle: string };
  'file:save-abort': { handle: string };
  'file:open-begin': { filters: FileFilter[]; maxBytes: number };
  'file:read': { handle: string; offset: number; length: number };
  'file:close': { handle: string };
}

export type BridgeChannel = keyof BridgeRequests;
export type BridgeRequest<C extends BridgeChannel> = BridgeRequests[C];

/**
 * Every channel, once, keyed by name: `satisfies` makes the compiler refuse a channel of BridgeRequests
 * missing here and a name here that BridgeRequests does not declare. Main's schemas and handlers are
 * mapped over the same keys, so a new channel cannot be forgotten on either side.
 */
const CHANNEL_KEYS = {
  'app:info': true,
  'file:save': true,
  'file:open': true,
  'print:pdf': true,
  'file:save-begin': true,
  'file:save-chunk': true,
  'file:save-commit': true,
  'file:save-abort': true,
  'file:open-begin': true,
  'file:read': true,
  'file:close': true,
} as const satisfies Record<BridgeChannel, true>;

export const BRIDGE_CHANNELS = Object.keys(CHANNEL_KEYS) as readonly BridgeChannel[];

/** Largest piece one file:save-chunk or file:read may carry. */
export const FILE_CHUNK_MAX_BYTES = 8 * 1024 * 1024;
/** Largest file a chunked open may announce (backups: BACKUP_LIMITS.maxFileBytes). */
export const FILE_STREAM_MAX_BYTES = 512 * 1024 * 1024;

export interface AppInfo {
  appVersion: string;
  electronVersion: string;
  platform: string;
  /** Where user data lives, shown to the person (portable mode keeps it on the stick). */
  dataLocation: { kind: 'folder'; path: string } | { kind: 'browser-storage' };
  portable: boolean;
}

export type SaveResult = { saved: true; fileName: string } | { saved: false };
/** The browser cannot tell whether the person printed: it only knows the dialog was shown. */
export type PrintResult = SaveResult | { saved: 'unknown' };
export type OpenResult =
  | { opened: true; fileName: string; data: Uint8Array }
  | { opened: false; reason: 'cancelled' | 'too-large' | 'unreadable' };

export type SaveBeginResult = { started: true; handle: string } | { started: false };
export type OpenBeginResult =
  | { opened: true; handle: string; fileName: string; size: number }
  | { opened: false; reason: 'cancelled' | 'too-large' | 'unreadable' };

export interface BridgeResponses {
  'app:info': AppInfo;
  'file:save': SaveResult;
  'file:open': OpenResult;
  'print:pdf': PrintResult;
  'file:save-begin': SaveBeginResult;
  'file:save-chunk': { written: number };
  'file:save-commit': { saved: true; fileName: string };
  'file:save-abort': { aborted: true };
  'file:open-begin': OpenBeginResult;
  'file:read': Uint8Array;
  'file:close': { closed: true };
}

/** A response type for every request, and none for a channel that does not exist. */
const RESPONSES_MATCH_REQUESTS: [keyof BridgeResponses] extends [BridgeChannel]
  ? [BridgeChannel] extends [keyof BridgeResponses]
    ? true
    : never
  : never = true;
void RESPONSES_MATCH_REQUESTS;

/** Events main pushes to the renderer. */
export const BRIDGE_EVENTS = ['system:lock'] as const;
export type BridgeEvent = (typeof BRIDGE_EVENTS)[number];

/** What the preload exposes on `window.dalili`. */
export interface DaliliBridge {
  invoke<C extends BridgeChannel>(channel: C, request: BridgeRequest<C>): Promise<BridgeResponses[C]>;
  on(event: BridgeEvent, listener: () => void): () => void;
}

export const BRIDGE_INVALID_REQUEST = 'bridge-invalid-request';
export const BRIDGE_FORBIDDEN_SENDER = 'bridge-forbidden-sender';
