import type { PackErrorCode, PackSearchParts } from '../content';
import type { SearchSource } from './searchIndex';
import type { SearchResponse, ServiceOptions } from './searchService';

// Messages between the UI thread and the search worker. Plain data only (structured clone).

export type WorkerRequest =
  | { type: 'open'; source: SearchSource }
  // A pack's raw parts: the worker checks their signed hashes, parses and indexes them itself.
  | { type: 'open-parts'; parts: PackSearchParts }
  | { type: 'search'; id: number; query: string; options: ServiceOptions };

export type WorkerResponse =
  | { type: 'opened'; rebuilt: boolean; ms: number }
  | { type: 'result'; id: number; response: SearchResponse }
  | { type: 'failed'; id?: number; reason: 'open' | 'search'; code?: PackErrorCode; part?: string };
