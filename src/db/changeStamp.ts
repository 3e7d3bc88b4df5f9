import type { DBCore, Middleware } from 'dexie';

/** Tables whose changes make derived data (the analytics cache) stale. */
const WATCHED = new Set(['transactions', 'accounts', 'categories']);
const STORAGE_KEY = 'kept.dataStamp';
let memoryStamp = 'initial';

/** An id that changes whenever watched data changes, in this tab or another (shared through localStorage). */
export function currentStamp(): string {
  return globalThis.localStorage?.getItem(STORAGE_KEY) ?? memoryStamp;
}

/** Forgets the stamp (after everything was deleted). */
export function forgetStamp() {
  memoryStamp = 'initial';
  globalThis.localStorage?.removeItem(STORAGE_KEY);
}

function bumpStamp() {
  memoryStamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  globalThis.localStorage?.setItem(STORAGE_KEY, memoryStamp);
}

/**
 * A Dexie middleware that bumps the stamp after every write to a watched table, whoever wrote it. It sees one call
 * per bulk operation, not per row, so imports stay fast.
 */
export const changeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kept-change-stamp',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!WATCHED.has(name)) return table;
      return {
        ...table,
        mutate: async (request) => {
          const result = await table.mutate(request);
          bumpStamp();
          return result;
        },
      };
    },
  }),
};
