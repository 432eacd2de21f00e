import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from './navigationMemory';

/** The page's h1. It takes focus when the person opens another page, so screen readers announce it. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!hasNavigated()) return;
    if (document.activeElement === document.body || document.activeElement?.closest('nav')) {
      ref.current?.focus({ preventScroll: true });
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
