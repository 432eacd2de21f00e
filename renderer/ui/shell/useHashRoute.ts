import { useEffect, useState } from 'react';
import { parseHash, type ParsedHash } from './routes';

export function useHashRoute(): ParsedHash {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseHash(hash);
}

export function navigate(path: string): void {
  window.location.hash = `#/${path}`;
}
