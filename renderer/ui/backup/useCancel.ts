import { useState } from 'react';

/**
 * One AbortController per long backup step, so the screen can offer "Annuler" while it runs.
 * `start` hands the signal to the core function; `cancel` is undefined when there is nothing to
 * cancel (no step running, or already cancelled: the step is then unwinding to its cleanup).
 */
export function useCancel() {
  const [controller, setController] = useState<AbortController | null>(null);
  const start = (): AbortSignal => {
    const next = new AbortController();
    setController(next);
    return next.signal;
  };
  const finish = () => setController(null);
  const cancel = controller
    ? () => {
        controller.abort();
        setController(null);
      }
    : undefined;
  return { start, finish, cancel };
}
