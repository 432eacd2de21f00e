import { useEffect, useState } from 'react';
import { usePlatform } from './usePlatform';

/** True when the desktop app runs from a USB stick with its data beside it. */
export function usePortableMode(): boolean {
  const platform = usePlatform();
  const [portable, setPortable] = useState(false);
  useEffect(() => {
    let live = true;
    platform.appInfo().then(
      (info) => live && setPortable(info.portable),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [platform]);
  return portable;
}
