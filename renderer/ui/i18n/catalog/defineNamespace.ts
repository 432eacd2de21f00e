/** French is the reference: en and sw must carry exactly its keys (the compiler checks the types, a test checks placeholders). */
export function defineNamespace<const T extends Record<string, string>>(messages: {
  fr: T;
  en: Record<keyof T, string>;
  sw: Record<keyof T, string>;
}): { fr: T; en: Record<keyof T, string>; sw: Record<keyof T, string> } {
  return messages;
}
