/**
 * How far a long backup step is, for the screen. 'reading' and 'writing' count records of the
 * notebook (an export reads it twice); 'checking' counts bytes of the file; 'restoring' and
 * 'merging' count records of the file.
 */
export interface BackupProgress {
  step: 'reading' | 'writing' | 'checking' | 'restoring' | 'merging';
  done: number;
  total: number;
}

export type OnBackupProgress = (progress: BackupProgress) => void;
