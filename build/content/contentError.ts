// Every problem the compiler finds is collected, never thrown, so one run reports all of them.

export interface ContentError {
  /** Path relative to the repository root (or the content folder given), with forward slashes. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  message: string;
}

/** An entry that names no source it was checked against ("from memory"): it may not ship. */
export interface ContentGap {
  /** Full entry id. */
  id: string;
  file: string;
  line: number;
}

export class ErrorList {
  readonly items: ContentError[] = [];
  /** Problems that do not stop the build (yet): shown by content:build and content:report. */
  readonly warnings: ContentError[] = [];
  readonly gaps: ContentGap[] = [];

  add(file: string, line: number, message: string): void {
    this.items.push({ file, line: Math.max(1, line), message });
  }

  warn(file: string, line: number, message: string): void {
    this.warnings.push({ file, line: Math.max(1, line), message });
  }

  get size(): number {
    return this.items.length;
  }
}

export const formatError = (e: ContentError): string => `${e.file}:${e.line}: ${e.message}`;

export const sortErrors = (errors: readonly ContentError[]): ContentError[] =>
  [...errors].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
