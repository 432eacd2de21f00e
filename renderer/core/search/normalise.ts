// Text normalisation shared by indexing and querying, so both sides always agree.

/** Typographic apostrophes and look-alikes become ' (the FlexSearch French pack misses ’). */
export const normaliseApostrophes = (text: string): string => text.replace(/[’‘ʼ´`]/g, "'");

const IRREGULAR = new Map([
  ['travaux', 'travail'],
  ['yeux', 'oeil'],
]);

/**
 * A deliberately light French stemmer applied once per term after accent folding: plural and feminine
 * endings only. The FlexSearch French stemmer loops until nothing changes ("traite" → "tr"), which
 * merges unrelated words; a legal library needs precision more than recall.
 */
export const lightStem = (term: string): string => {
  const irregular = IRREGULAR.get(term);
  if (irregular) return irregular;
  let t = term;
  if (t.length > 4 && t.endsWith('aux')) return `${t.slice(0, -3)}al`;
  if (t.length > 3 && (t.endsWith('s') || t.endsWith('x'))) t = t.slice(0, -1);
  // After accent folding forcé, forcée, forcés, forcées are force, forcee, forces, forcees.
  if (t.length > 4 && t.endsWith('ee')) t = t.slice(0, -2);
  else if (t.length > 3 && t.endsWith('e')) t = t.slice(0, -1);
  return t;
};
