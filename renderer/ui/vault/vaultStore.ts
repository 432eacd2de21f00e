import { resealForNewKey } from '../../core/cases';
import type { Platform } from '../../core/platform';
import {
  type AutoLock,
  createVaultService,
  type LockReason,
  type ProfileSummary,
  type RecoveryUnlock,
  type ReencryptOutcome,
  type ReencryptProgress,
  startAutoLock,
  type VaultService,
  type VaultSession,
} from '../../core/vault';
import { loadAutoLockMinutes, saveAutoLockMinutes, type AutoLockMinutes } from './autoLockPreference';
import { forgetOnLock } from './forgetOnLock';
import { clearDraftAtLock, flushPendingSaves, hasPendingSaves } from './pendingSaves';
import { vaultStatusSignal } from './vaultStatusSignal';

export type VaultUiState =
  | { status: 'locked'; lastLock: LockReason | null }
  /** Just created: the recovery key is on screen until the person confirms they wrote it down. */
  | { status: 'showing-recovery-key'; profile: ProfileSummary; session: VaultSession; recoveryKey: string }
  /** Opened with the recovery key: the notebook stays hidden until a new passphrase is set. */
  | {
      status: 'needs-new-passphrase';
      profile: ProfileSummary;
      session: VaultSession;
      recovery: RecoveryUnlock;
    }
  /** `viaRecovery`: opened with the recovery key, so the screen offers a new key or a re-encryption. */
  | { status: 'open'; profile: ProfileSummary; session: VaultSession; viaRecovery?: true };

const LOCK_FLUSH_MS = 1500;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const POINTER_MOVE_THROTTLE_MS = 1000;

/**
 * The one place the UI keeps an unlocked session. It lives outside React so the notebook stays
 * open while the person visits other pages, and so the lock shortcut, activity tracking and
 * auto-lock work wherever they are in the app. Locking (any reason) returns it to 'locked'.
 */
class VaultStore {
  private state: VaultUiState = { status: 'locked', lastLock: null };
  private readonly listeners = new Set<() => void>();
  private serviceInstance: VaultService | null = null;
  private platform: Platform | null = null;
  private teardown: (() => void) | null = null;
  private autoLock: AutoLock | null = null;
  private minutes: AutoLockMinutes | null = null;

  get service(): VaultService {
    this.serviceInstance ??= createVaultService();
    return this.serviceInstance;
  }

  readonly getState = (): VaultUiState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get autoLockMinutes(): AutoLockMinutes {
    this.minutes ??= loadAutoLockMinutes(window.localStorage);
    return this.minutes;
  }

  setPlatform(platform: Platform): void {
    this.platform = platform;
  }

  async create(name: string, passphrase: string): Promise<void> {
    const created = await this.service.createVault(name, passphrase);
    this.adopt(created.session, {
      status: 'showing-recovery-key',
      profile: created.profile,
      session: created.session,
      recoveryKey: created.recoveryKey,
    });
  }

  confirmRecoveryKeySeen(): void {
    if (this.state.status === 'showing-recovery-key')
      this.set({ status: 'open', profile: this.state.profile, session: this.state.session });
  }

  async unlock(profile: ProfileSummary, passphrase: string): Promise<void> {
    const session = await this.service.unlock(profile.id, passphrase);
    this.adopt(session, { status: 'open', profile, session });
  }

  async unlockWithRecoveryKey(profile: ProfileSummary, recoveryKey: string): Promise<void> {
    const recovery = await this.service.unlockWithRecoveryKey(profile.id, recoveryKey);
    this.adopt(recovery.session, {
      status: 'needs-new-passphrase',
      profile,
      session: recovery.session,
      recovery,
    });
  }

  async setNewPassphrase(passphrase: string): Promise<void> {
    const state = this.state;
    if (state.status !== 'needs-new-passphrase') return;
    await state.recovery.setNewPassphrase(passphrase);
    this.set({ status: 'open', profile: state.profile, session: state.session, viaRecovery: true });
  }

  /** Re-wraps the data key under a new passphrase; asks for the current one even in an open session. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (this.state.status !== 'open') throw new Error('locked');
    await this.service.changePassphrase(this.state.session, current, next);
  }

  /** Issue 18, point 5: a new recovery key (returned once); asks for the passphrase like a passphrase change. */
  async newRecoveryKey(passphrase: string): Promise<string> {
    if (this.state.status !== 'open') throw new Error('locked');
    return this.service.newRecoveryKey(this.state.session, passphrase);
  }

  async reencrypt(
    passphrase: string,
    options: { signal: AbortSignal; onProgress: (progress: ReencryptProgress) => void },
  ): Promise<ReencryptOutcome> {
    if (this.state.status !== 'open') throw new Error('locked');
    // Every case's seal is re-signed under the new key as it is copied (issue 18, points 3 and 5).
    return this.service.reencrypt(this.state.session, passphrase, { ...options, transform: resealForNewKey });
  }

  async reencryptionPending(): Promise<boolean> {
    if (this.state.status !== 'open') return false;
    return this.service.reencryptionPending(this.state.session);
  }

  async discardReencryption(): Promise<void> {
    if (this.state.status !== 'open') throw new Error('locked');
    await this.service.discardReencryption(this.state.session);
  }

  /** `immediate` (the panic shortcut) does not wait for a draft to be written: the words typed last are lost. */
  lock(reason: LockReason = 'user', immediate = false): void {
    if (this.state.status === 'locked') return;
    const session = this.state.session;
    // A lock the person asks for first writes what they were typing (a note draft, encrypted), for
    // at most 1.5 s; locks forced by the system (sleep, hidden window, idle) do not wait.
    if (reason === 'user' && !immediate && hasPendingSaves()) {
      void flushPendingSaves(LOCK_FLUSH_MS).finally(() => session.lock(reason));
      return;
    }
    session.lock(reason);
  }

  setAutoLockMinutes(minutes: AutoLockMinutes): void {
    this.minutes = minutes;
    saveAutoLockMinutes(window.localStorage, minutes);
    this.autoLock?.setIdleMs(minutes * 60_000);
    this.emit();
  }

  private adopt(session: VaultSession, next: Exclude<VaultUiState, { status: 'locked' }>): void {
    this.teardown?.();
    clearDraftAtLock();
    this.autoLock = startAutoLock(session, this.autoLockMinutes * 60_000);
    const detach = this.watchActivity(this.autoLock);
    this.teardown = () => {
      detach();
      this.autoLock?.dispose();
      this.autoLock = null;
      this.teardown = null;
    };
    session.onLock((reason) => {
      this.teardown?.();
      // Dropping the state drops every reference the UI held to the session and its data; the
      // registry empties the module-level caches (rendered notes, the case list, a screening).
      this.set({ status: 'locked', lastLock: reason });
      forgetOnLock.forgetAll();
    });
    this.set(next);
  }

  private watchActivity(autoLock: AutoLock): () => void {
    let lastMove = 0;
    const onActivity = (): void => autoLock.notify({ type: 'activity' });
    const onKey = (event: KeyboardEvent): void => {
      if (
        event.ctrlKey &&
        event.shiftKey &&
        !event.altKey &&
        (event.key.toLowerCase() === 'l' || event.code === 'KeyL')
      ) {
        event.preventDefault();
        this.lock('user');
        return;
      }
      onActivity();
    };
    const onMove = (): void => {
      const now = Date.now();
      if (now - lastMove < POINTER_MOVE_THROTTLE_MS) return;
      lastMove = now;
      onActivity();
    };
    const onVisibility = (): void => autoLock.notify({ type: document.hidden ? 'hidden' : 'visible' });
    window.addEventListener('keydown', onKey, true);
    for (const type of ACTIVITY_EVENTS)
      if (type !== 'keydown') window.addEventListener(type, onActivity, { capture: true, passive: true });
    window.addEventListener('pointermove', onMove, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    // The platform reports suspend and screen lock as one event.
    const offSystem =
      this.platform?.onSystemLock(() => autoLock.notify({ type: 'suspend' })) ?? (() => undefined);
    if (document.hidden) onVisibility();
    return () => {
      window.removeEventListener('keydown', onKey, true);
      for (const type of ACTIVITY_EVENTS)
        if (type !== 'keydown') window.removeEventListener(type, onActivity, { capture: true });
      window.removeEventListener('pointermove', onMove, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      offSystem();
    };
  }

  private set(next: VaultUiState): void {
    this.state = next;
    // Only a fully open notebook is shared: not while the recovery key or a new passphrase is on screen.
    vaultStatusSignal.publish(
      next.status === 'open' ? next.session : null,
      next.status === 'locked' ? null : (immediate) => this.lock('user', immediate),
    );
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

export const vaultStore = new VaultStore();
