// A light face of core/search: the UI's handle on the search worker, without the engine. The full face
// (index.ts) also brings FlexSearch and the index code, which run in the worker; the banner's search box
// is on the first page, so it imports this one (issue 17, point 8). The faces lint rule accepts `*Face.ts`.
export { createSearchClient, type SearchClient } from './searchClient';
