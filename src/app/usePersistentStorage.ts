import { useEffect } from 'react';
import { requestPersistentStorage } from '../features/settings';

let asked = false;

/**
 * Once data exists (the first import, or at startup when data is already there), asks the browser once per visit
 * to keep Kept's storage persistent, so statements are not evicted when the disk runs low.
 */
export function usePersistentStorage(hasData: boolean) {
  useEffect(() => {
    if (!hasData || asked) return;
    asked = true;
    void requestPersistentStorage();
  }, [hasData]);
}
