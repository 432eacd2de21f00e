import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  BRIDGE_FORBIDDEN_SENDER,
  BRIDGE_CHANNELS,
  BRIDGE_INVALID_REQUEST,
  type BridgeChannel,
  type BridgeRequest,
  type BridgeResponses,
} from '../../renderer/contract/bridgeContract';
import { bridgeSchemas } from './bridgeSchemas';
import { isAppUrl } from './navigationGuards';

export type BridgeHandlers = {
  [C in BridgeChannel]: (request: BridgeRequest<C>, event: IpcMainInvokeEvent) => Promise<BridgeResponses[C]>;
};

/** Only the app's own top-level frame may use the bridge. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export class BridgeError extends Error {
  constructor(
    readonly code: typeof BRIDGE_INVALID_REQUEST | typeof BRIDGE_FORBIDDEN_SENDER,
    channel: string,
    detail = '',
  ) {
    // The message names the channel and the field at fault, never the values (they may hold case data).
    super(`${code}: ${channel}${detail ? ` (${detail})` : ''}`);
    this.name = 'BridgeError';
  }
}

export function validateRequest<C extends BridgeChannel>(channel: C, request: unknown): BridgeRequest<C> {
  const result = bridgeSchemas[channel].safeParse(request);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => issue.path.join('.') || '(racine)').join(', ');
    throw new BridgeError(BRIDGE_INVALID_REQUEST, channel, fields);
  }
  return result.data;
}

export function registerBridge(ipcMain: Pick<IpcMain, 'handle'>, handlers: BridgeHandlers): void {
  for (const channel of BRIDGE_CHANNELS) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event)) throw new BridgeError(BRIDGE_FORBIDDEN_SENDER, channel);
      const valid = validateRequest(channel, request);
      const handler = handlers[channel] as (r: typeof valid, e: IpcMainInvokeEvent) => Promise<unknown>;
      return handler(valid, event);
    });
  }
}
