import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commitImport, type PreparedRow } from './importBatch';
import { file, row } from './importTesting';
import { importsRelyingOn, undoImport, UndoRefusedError } from './undoImport';
import { clearSampleData, markSampleImports } from './sampleData';
import { replaceImport } from './readDifferently';
import { freshDatabase, storedRows } from './testing';

describe('commitImport', () => {
  it('seeds the default categories on first open', async () => {
    const db = freshDatabase();
    expect(await db.categories.count()).toBe(19);
  });

  it('stores rows, creates the account and keeps identical same-day purchases', async () => {
    const db = freshDatabase();
    const coffee = row('2025-05-02', -540, 'COFFEE');
    const outcome = await commitImport(db, file([coffee, coffee, row('2025-05-03', -1000, 'RENT')]));
    expect(outcome).toMatchObject({
      added: 3,
      duplicates: 0,
      createdAccount: true,
      accountName: 'Test Bank ••0189',
    });
    expect(await storedRows(db).count()).toBe(3);
  });

  it('adds only what is new from an overlapping statement of the same account', async () => {
    const db = freshDatabase();
    const a = row('2025-05-01', -100, 'A');
    const b = row('2025-05-02', -200, 'B');
    const c = row('2025-05-03', -300, 'C');
    await commitImport(db, file([a, b]));
    const second = await commitImport(db, file([b, c]));
    expect(second).toMatchObject({ added: 1, duplicates: 1, createdAccount: false });
    expect(await db.accounts.count()).toBe(1);
  });

  it('finds the account by overlap when the file names none', async () => {
    const db = freshDatabase();
    const rows = [row('2025-05-01', -100, 'A'), row('2025-05-02', -200, 'B'), row('2025-05-03', -300, 'C')];
    const first = await commitImport(db, file(rows));
    const again = await commitImport(
      db,
      file([...rows, row('2025-05-04', -1, 'D')], { account: { currency: 'EUR' } }),
    );
    expect(again.accountId).toBe(first.accountId);
    expect(again.added).toBe(1);
  });

  it('says when the very same file comes again and adds nothing', async () => {
    const db = freshDatabase();
    const rows = [row('2025-05-01', -100, 'A')];
    await commitImport(db, file(rows, { sha256: 'same' }));
    const again = await commitImport(db, file(rows, { sha256: 'same' }));
    expect(again).toMatchObject({ sameFileAgain: true, added: 0, duplicates: 1 });
  });

  it('is all or nothing: a failing write leaves stored data untouched', async () => {
    const db = freshDatabase();
    await commitImport(db, file([row('2025-05-01', -100, 'A')]));
    const broken = file([
      row('2025-06-01', -1, 'B'),
      // A value IndexedDB cannot store makes the write fail half-way.
      { ...row('2025-06-02', -2, 'C'), note: (() => 'x') as never } as PreparedRow,
    ]);
    await expect(commitImport(db, broken)).rejects.toThrow();
    expect(await storedRows(db).count()).toBe(1);
    expect(await db.imports.count()).toBe(1);
  });

  it('undo removes the rows and the account the import created', async () => {
    const db = freshDatabase();
    const outcome = await commitImport(db, file([row('2025-05-01', -100, 'A')]));
    await undoImport(db, outcome.importId);
    expect(await storedRows(db).count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('undo deletes the months only its import filled, and keeps the months between them', async () => {
    const db = freshDatabase();
    const months = (list: string[], label: string) =>
      list.flatMap((month) => [
        row(`${month}-03`, -100, `${label} ${month}`),
        row(`${month}-20`, -200, label),
      ]);
    const first = await commitImport(
      db,
      file(months(['2024-01', '2024-02', '2024-04', '2024-06', '2024-07'], 'A')),
    );
    const second = file(months(['2024-03', '2024-05'], 'B'));
    await commitImport(db, second);
    const keysBefore = await db.blocks.toCollection().primaryKeys();
    expect(keysBefore).toHaveLength(7);

    await undoImport(db, first.importId);
    const left = await storedRows(db).toArray();
    expect(left.map((t) => t.description).sort()).toEqual(['B', 'B', 'B 2024-03', 'B 2024-05']);
    expect(await db.blocks.count()).toBe(2);
    expect(
      db.store
        .all()
        .map((t) => t.description)
        .sort(),
    ).toEqual(['B', 'B', 'B 2024-03', 'B 2024-05']);
  });
});

describe('transfers between own accounts', () => {
  it('pairs a transfer out of one account with its arrival in another, and undo unpairs it', async () => {
    const db = freshDatabase();
    const out = { ...row('2025-03-28', -30000, 'VIR PERMANENT VERS LIVRET A'), kind: 'transfer' };
    await commitImport(db, file([out, row('2025-03-29', -500, 'COFFEE')]));
    const savings = file([{ ...row('2025-03-28', 30000, 'VIR DEPUIS COMPTE COURANT'), kind: 'transfer' }], {
      account: { currency: 'EUR', number: 'FR7630006000019876543210143', bankName: 'Test Bank' },
    });
    const outcome = await commitImport(db, savings);
    expect(outcome.transfersPaired).toBe(1);
    const transfers = await storedRows(db)
      .filter((t) => t.category === 'transfers')
      .toArray();
    expect(transfers.map((t) => t.amount).sort()).toEqual([-30000, 30000]);
    expect(transfers[0]?.transferPairId).toBe(transfers[1]?.id);

    await undoImport(db, outcome.importId);
    const left = await storedRows(db).toArray();
    expect(left.every((t) => t.transferPairId === undefined && t.category !== 'transfers')).toBe(true);
  });
});

describe('which account an unnamed file belongs to', () => {
  it('recognizes a statement that overlaps only the end of what is stored', async () => {
    const db = freshDatabase();
    const older = Array.from({ length: 20 }, (_, day) =>
      row(`2025-03-${String(day + 1).padStart(2, '0')}`, -100 - day, `SHOP ${day}`),
    );
    const first = await commitImport(db, file(older, { account: { currency: 'USD' } }));
    const newer = [
      ...older.slice(16),
      ...Array.from({ length: 20 }, (_, day) =>
        row(`2025-04-${String(day + 1).padStart(2, '0')}`, -7, `CAFE ${day}`),
      ),
    ];
    const second = await commitImport(db, file(newer, { account: { currency: 'USD' } }));
    expect(second).toMatchObject({ accountId: first.accountId, duplicates: 4, added: 20 });
  });

  it('does not merge two accounts that merely share one ordinary row', async () => {
    const db = freshDatabase();
    const rent = row('2025-03-01', -1000, 'RENT');
    await commitImport(
      db,
      file([rent, row('2025-03-02', -5, 'A'), row('2025-03-03', -6, 'B')], { account: { currency: 'USD' } }),
    );
    const other = await commitImport(
      db,
      file([rent, row('2025-03-02', -50, 'X'), row('2025-03-03', -60, 'Y')], {
        account: { currency: 'USD' },
      }),
    );
    expect(other.createdAccount).toBe(true);
  });
});

describe('cancelling', () => {
  it('rolls back a cancelled import completely', async () => {
    const db = freshDatabase();
    const month = (index: number) => String(1 + Math.floor(index / 2500)).padStart(2, '0');
    const rows = Array.from({ length: 30_000 }, (_, index) =>
      row(`2025-${month(index)}-01`, -index - 1, `ROW ${index}`),
    );
    const controller = new AbortController();
    const progress: number[] = [];
    const attempt = commitImport(
      db,
      file(rows),
      (written) => {
        progress.push(written);
        controller.abort(new DOMException('Import cancelled', 'AbortError'));
      },
      controller.signal,
    );
    await expect(attempt).rejects.toThrow('Import cancelled');
    expect(progress).toEqual([10_000]);
    expect(await storedRows(db).count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });
});

describe('pending rows', () => {
  it('a booked row replaces its pending version, keeps the person’s edits, and undo brings it back', async () => {
    const db = freshDatabase();
    const pendingRow = { ...row('2025-09-02', -1533, 'Lieferando.de'), pending: true };
    await commitImport(db, file([pendingRow, row('2025-09-01', -500, 'BAKERY')]));
    const stored = await storedRows(db)
      .filter((t) => t.pending === true)
      .first();
    await storedRows(db).update(stored?.id as number, {
      category: 'dining',
      categorySource: 'manual',
      note: 'pizza',
    });

    const later = await commitImport(
      db,
      file([row('2025-09-04', -1533, 'LIEFERANDO.DE'), row('2025-09-01', -500, 'BAKERY')]),
    );
    expect(later).toMatchObject({ added: 1, duplicates: 1 });
    const all = await storedRows(db).toArray();
    expect(all).toHaveLength(2);
    const booked = all.find((t) => t.amount === -1533);
    expect(booked).toMatchObject({ date: '2025-09-04', category: 'dining', note: 'pizza' });
    expect(booked?.pending).toBeUndefined();

    await undoImport(db, later.importId);
    const restored = await storedRows(db).toArray();
    expect(restored.find((t) => t.amount === -1533)).toMatchObject({
      pending: true,
      date: '2025-09-02',
      note: 'pizza',
    });
  });

  it('a pending row whose booked version is stored is a duplicate', async () => {
    const db = freshDatabase();
    await commitImport(db, file([row('2025-09-04', -1533, 'Lieferando.de')]));
    const again = await commitImport(
      db,
      file([{ ...row('2025-09-02', -1533, 'Lieferando.de'), pending: true }]),
    );
    expect(again).toMatchObject({ added: 0, duplicates: 1 });
  });
});

describe('undo never takes rows another import relies on', () => {
  const months = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => {
      const month = String(from + index).padStart(2, '0');
      return [row(`2025-${month}-03`, -90_000, 'RENT'), row(`2025-${month}-15`, -4_500, `SHOP ${month}`)];
    }).flat();

  it('refuses to undo the older of two overlapping statements, and undoes them newest first', async () => {
    const db = freshDatabase();
    const janToMar = await commitImport(db, file(months(1, 3)));
    const febToApr = await commitImport(db, file(months(2, 4)));
    expect(febToApr).toMatchObject({ added: 2, duplicates: 4 });
    const [stored] = await storedRows(db)
      .filter((t) => t.date === '2025-02-15')
      .toArray();
    await storedRows(db).update(stored?.id as number, { note: 'kept' });

    await expect(undoImport(db, janToMar.importId)).rejects.toThrow(UndoRefusedError);
    expect(await storedRows(db).count()).toBe(8);
    expect((await storedRows(db).get(stored?.id as number))?.note).toBe('kept');
    expect(importsRelyingOn(janToMar.importId, await db.imports.toArray()).map((r) => r.id)).toEqual([
      febToApr.importId,
    ]);

    await undoImport(db, febToApr.importId);
    expect(await storedRows(db).count()).toBe(6);
    await undoImport(db, janToMar.importId);
    expect(await storedRows(db).count()).toBe(0);
  });

  it('lets an older import go when the later one repeated none of its rows', async () => {
    const db = freshDatabase();
    const january = await commitImport(db, file(months(1, 1)));
    await commitImport(db, file(months(2, 2)));
    await undoImport(db, january.importId);
    expect((await storedRows(db).toArray()).map((t) => t.date)).toEqual(['2025-02-03', '2025-02-15']);
  });

  it('keeps a replaced pending row with the import that replaced it (no orphan comes back)', async () => {
    const db = freshDatabase();
    const first = await commitImport(db, file([{ ...row('2025-09-02', -1533, 'PIZZA'), pending: true }]));
    const booked = await commitImport(db, file([row('2025-09-04', -1533, 'PIZZA')]));
    await expect(undoImport(db, first.importId)).rejects.toThrow(UndoRefusedError);
    await undoImport(db, booked.importId);
    await undoImport(db, first.importId);
    expect(await storedRows(db).count()).toBe(0);
  });
});

describe('pending rows booked on the same day', () => {
  it('a booked row dated like its pending version replaces it instead of being skipped', async () => {
    const db = freshDatabase();
    await commitImport(db, file([{ ...row('2025-09-02', -1533, 'PIZZA'), pending: true }]));
    const later = await commitImport(db, file([row('2025-09-02', -1533, 'PIZZA')]));
    expect(later).toMatchObject({ added: 1, duplicates: 0 });
    const all = await storedRows(db).toArray();
    expect(all).toHaveLength(1);
    expect(all[0]?.pending).toBeUndefined();
  });

  it('the same pending row imported twice is a duplicate', async () => {
    const db = freshDatabase();
    const pending = { ...row('2025-09-02', -1533, 'PIZZA'), pending: true };
    await commitImport(db, file([pending]));
    expect(await commitImport(db, file([pending]))).toMatchObject({ added: 0, duplicates: 1 });
  });
});

describe('unpairing a transfer', () => {
  it('gives the remaining leg back the category it had before it was paired', async () => {
    const db = freshDatabase();
    const out = { ...row('2025-03-28', -30000, 'VIR LIVRET'), kind: 'transfer', category: 'housing' };
    await commitImport(db, file([out]));
    const savings = file([{ ...row('2025-03-28', 30000, 'VIR RECU'), kind: 'transfer' }], {
      account: { currency: 'EUR', number: 'FR7630006000019876543210143', bankName: 'Test Bank' },
    });
    const outcome = await commitImport(db, savings);
    expect(outcome.transfersPaired).toBe(1);
    await undoImport(db, outcome.importId);
    const [left] = await storedRows(db).toArray();
    expect(left).toMatchObject({ category: 'housing' });
    expect(left?.transferPairId).toBeUndefined();
  });
});

describe('accounts in other currencies', () => {
  it('never puts a statement into an account of another currency, by number or by overlap', async () => {
    const db = freshDatabase();
    const rows = [row('2025-05-01', -100, 'A'), row('2025-05-02', -200, 'B'), row('2025-05-03', -300, 'C')];
    const euros = await commitImport(db, file(rows, { account: { currency: 'EUR' } }));
    const dollars = await commitImport(
      db,
      file(
        rows.map((r) => ({ ...r, currency: 'USD' })),
        { account: { currency: 'USD' } },
      ),
    );
    expect(dollars.accountId).not.toBe(euros.accountId);
    expect(dollars).toMatchObject({ createdAccount: true, added: 3 });
  });
});

describe('sample data', () => {
  it('clears the sample statements and keeps the person’s own', async () => {
    const db = freshDatabase();
    const sample = await commitImport(db, file([row('2025-05-01', -100, 'SAMPLE SHOP')]));
    await markSampleImports(db, [sample.importId]);
    await commitImport(
      db,
      file([row('2025-06-01', -200, 'MY SHOP')], {
        account: { currency: 'EUR', number: 'FR7630006000019876543210143', bankName: 'Mine' },
      }),
    );
    await clearSampleData(db);
    expect((await storedRows(db).toArray()).map((t) => t.description)).toEqual(['MY SHOP']);
    expect(await db.imports.count()).toBe(1);
  });
});

describe('read differently', () => {
  it('replaces an import’s rows with a corrected reading, and undo brings the first reading back', async () => {
    const db = freshDatabase();
    const misread = await commitImport(
      db,
      file([row('2025-02-03', 4_500, 'SHOP'), row('2025-02-04', 9_000, 'RENT')]),
    );
    const corrected = await replaceImport(
      db,
      misread.importId,
      file([row('2025-02-03', -4_500, 'SHOP'), row('2025-02-04', -9_000, 'RENT')]),
    );
    expect(corrected).toMatchObject({ accountId: misread.accountId, added: 2, createdAccount: true });
    expect((await storedRows(db).toArray()).map((t) => t.amount)).toEqual([-4_500, -9_000]);
    expect(await db.imports.count()).toBe(1);

    await undoImport(db, corrected.importId);
    expect((await storedRows(db).toArray()).map((t) => t.amount)).toEqual([4_500, 9_000]);
    expect((await db.imports.toArray()).map((r) => r.id)).toEqual([misread.importId]);
    await undoImport(db, misread.importId);
    expect(await db.accounts.count()).toBe(0);
  });
});
