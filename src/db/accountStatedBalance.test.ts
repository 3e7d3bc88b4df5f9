import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commitImport } from './importBatch';
import { file, row } from './importTesting';
import { replaceImport } from './readDifferently';
import { freshDatabase } from './testing';
import { undoImport } from './undoImport';

describe('an account’s stated balance', () => {
  it('is the latest its imports stated, and follows undo and a reading replaced', async () => {
    const db = freshDatabase();
    const june = { amount: 368_161, date: '2025-06-16' };
    const august = { amount: 716_797, date: '2025-08-04' };
    const first = await commitImport(
      db,
      file([row('2025-06-14', -1_349, 'NETFLIX')], { statedBalance: june }),
    );
    const stated = async () => (await db.accounts.get(first.accountId))?.statedBalance;
    expect(await stated()).toEqual(june);
    const second = await commitImport(
      db,
      file([row('2025-08-01', -2_999, 'FREE')], { statedBalance: august }),
    );
    expect(await stated()).toEqual(august);
    // An older statement imported later leaves the latest balance as it is.
    const older = await commitImport(
      db,
      file([row('2025-05-02', -500, 'PAUL')], { statedBalance: { amount: 1, date: '2025-05-02' } }),
    );
    expect(await stated()).toEqual(august);
    await undoImport(db, older.importId);
    await undoImport(db, second.importId);
    expect(await stated()).toEqual(june);

    const may = { amount: 300_000, date: '2025-05-31' };
    const reread = await replaceImport(
      db,
      first.importId,
      file([row('2025-06-14', -1_349, 'NETFLIX')], { statedBalance: may }),
    );
    expect(await stated()).toEqual(may);
    await undoImport(db, reread.importId);
    expect(await stated()).toEqual(june);
  });

  it('goes with the last import that stated one', async () => {
    const db = freshDatabase();
    const stating = await commitImport(
      db,
      file([row('2025-06-14', -1_349, 'NETFLIX')], { statedBalance: { amount: 5, date: '2025-06-16' } }),
    );
    await commitImport(db, file([row('2025-06-20', -500, 'PAUL')]));
    await undoImport(db, stating.importId);
    expect((await db.accounts.get(stating.accountId))?.statedBalance).toBeUndefined();
  });
});
