import type { JudgedQuery } from '../relevance';

// The fixed query set of the benchmark: the relevance set (legal queries, as typed by practitioners),
// plus queries over the man pages, including typos and words still being typed.
export const MAN_QUERIES = [
  'fichier de configuration',
  'répertoire personnel',
  "variable d'environnement",
  'mot de passe',
  'système de fichiers',
  'processus fils',
  'sortie standard',
  'droits d’accès au fichier',
  'options de la ligne de commande',
  'signal SIGTERM',
  'utilisateur root',
  'configuraton',
  'repertoire courant',
  'périphérique',
  'code de retour',
  'afficher la version',
  'fuseau horaire',
  'table des partitions',
  'noyau linux',
  'paquet debian',
  '"mot de passe"',
  'fichier -configuration',
  'enfant travail mine',
  'travail forcé dette',
];

export const HOSTILE_QUERIES = [
  '',
  'a'.repeat(10_000),
  'mot '.repeat(2_500),
  '!!! ??? ... ;;; ,,,',
  '(.*)+[a-z]{2,}$^\\d\\',
  '"travail forcé',
  '"""',
  'العمل القسري للأطفال',
  'עבודת כפייה',
  '👶⛏️💰 🙂',
  '-',
  '--',
  '-"',
  'type: juridiction:',
  '\u202e\u200f\u0000',
];

export const benchQueries = (relevance: readonly JudgedQuery[]): string[] => [
  ...relevance.map((q) => q.query),
  ...MAN_QUERIES,
];

/** The same queries as typed, one keystroke short: the last word incomplete (search as you type). */
export const typingQueries = (queries: readonly string[]): string[] =>
  queries.filter((q) => /\p{L}{4,}$/u.test(q)).map((q) => q.slice(0, -2));
