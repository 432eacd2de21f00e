import { z } from 'zod';
import {
  FILE_CHUNK_MAX_BYTES,
  FILE_STREAM_MAX_BYTES,
  type BridgeChannel,
  type BridgeRequest,
} from '../../renderer/contract/bridgeContract';

const MAX_FILE_BYTES = 200 * 1024 * 1024;
// A bare file name: the dialog chooses the folder, so no separator or reserved character may pass.
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\0]+$/);
const fileFilter = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9-]{1,16}$/))
    .min(1)
    .max(10),
});

// Handles are 128 random bits in hex, made by main (fileHandles.ts).
const handle = z.string().regex(/^[0-9a-f]{32}$/);
const chunk = z.custom<Uint8Array>((d) => d instanceof Uint8Array && d.byteLength <= FILE_CHUNK_MAX_BYTES);

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
    .object({
      filters: z.array(fileFilter).max(5),
      maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
    })
    .strict(),
  'print:pdf': z.object({ suggestedName: fileName }).strict(),
  'file:save-begin': z.object({ suggestedName: fileName, filters: z.array(fileFilter).max(5) }).strict(),
  'file:save-chunk': z.object({ handle, data: chunk }).strict(),
  'file:save-commit': z.object({ handle }).strict(),
  'file:save-abort': z.object({ handle }).strict(),
  'file:open-begin': z
    .object({
      filters: z.array(fileFilter).max(5),
      maxBytes: z.number().int().positive().max(FILE_STREAM_MAX_BYTES),
    })
    .strict(),
  'file:read': z
    .object({
      handle,
      offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      length: z.number().int().positive().max(FILE_CHUNK_MAX_BYTES),
    })
    .strict(),
  'file:close': z.object({ handle }).strict(),
};
