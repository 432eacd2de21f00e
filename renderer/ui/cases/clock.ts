/** The time of an action (event handlers only). Kept apart so components stay pure during render. */
export const nowMs = (): number => Date.now();
