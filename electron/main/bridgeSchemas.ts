import { z } from 'zod';
import type { BridgeChannel, BridgeRequest } from '../../renderer/core/platform/bridgeContract';

const MAX_FILE_BYTES = 200 * 1024 * 1024;
// A bare file name: the dialog chooses the folder, so no separator or reserved character may pass.
const fileName = z.string().min(1).max(200).regex(/^[^/\\:*?"<>|\0]+$/);
const fileFilter = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9-]{1,16}$/)).min(1).max(10),
});

export const bridgeSchemas: { [C in BridgeChannel]: z.ZodType<BridgeRequest<C>> } = {
  'app:info': z.object({}).strict(),
  'file:save': z
    .object({
      suggestedName: fileName,
      data: z.custom<Uint8Array>((d) => d instanceof Uint8Array && d.byteLength <= MAX_FILE_BYTES),
      filters: z.array(fileFilter).max(5),
    })
    .strict(),
  'file:open': z
    .object({ filters: z.array(fileFilter).max(5), maxBytes: z.number().int().positive().max(MAX_FILE_BYTES) })
    .strict(),
  'print:pdf': z.object({ suggestedName: fileName }).strict(),
};
