import type { KeptDatabase } from '../database';

/** The settings record holding the next transaction id (ids are never reused, so links stay unambiguous). */
export const NEXT_ID_KEY = 'nextTransactionId';

/** Reserves `count` consecutive ids; call inside a read-write transaction that includes `settings`. */
export async function reserveIds(db: KeptDatabase, count: number): Promise<number> {
  const record = await db.settings.get(NEXT_ID_KEY);
  const first = typeof record?.value === 'number' && record.value > 0 ? record.value : 1;
  if (count > 0) await db.settings.put({ key: NEXT_ID_KEY, value: first + count });
  return first;
}
