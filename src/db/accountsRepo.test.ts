import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { renameAccount } from './accountsRepo';
import { freshDatabase } from './testing';

describe('renameAccount', () => {
  it('renames, trimming spaces, and refuses blank names', async () => {
    const db = freshDatabase();
    const id = await db.accounts.add({ name: 'Chase ••4821', currency: 'USD', createdAt: 0 });
    expect(await renameAccount(db, id, '  Joint checking ')).toBe(true);
    expect((await db.accounts.get(id))?.name).toBe('Joint checking');
    expect(await renameAccount(db, id, '   ')).toBe(false);
    expect((await db.accounts.get(id))?.name).toBe('Joint checking');
  });
});
