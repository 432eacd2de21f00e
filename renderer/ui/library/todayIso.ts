/** Today on this computer's calendar, as YYYY-MM-DD: the day the reader shows texts in force on by default. */
export const todayIso = (): string => {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
