// The screening interview: who it is for and what each answer says. Stored inside case records, so a
// value is only ever added, never renamed (an older notebook keeps reading).

export const SCREENING_AUDIENCES = ['adult', 'child'] as const;
export type ScreeningAudienceName = (typeof SCREENING_AUDIENCES)[number];

export const MARKS = ['present', 'absent', 'unknown', 'not-asked'] as const;
export type MarkName = (typeof MARKS)[number];
