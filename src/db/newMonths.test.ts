import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commitImport, type PreparedRow } from './importBatch';
import { file, packedFile, row, streamedFile } from './importTesting';
import { freshDatabase, storedRows } from './testing';
import { undoImport } from './undoImport';

describe('months packed by the import worker', () => {
  const statement = () => [
    row('2025-04-30', -100, 'A'),
    { ...row('2025-05-01', -200, 'B'), valueDate: '2025-05-02', pending: true },
    row('2025-05-01', -200, 'B'),
    { ...row('2025-06-15', 300, 'C'), merchantKey: 'c', kind: 'transfer', confidence: 0.5 } as PreparedRow,
  ];

  it('stores the same rows and blocks as packing the rows would', async () => {
    const packed = freshDatabase();
    const plain = freshDatabase();
    await commitImport(packed, await packedFile(statement()));
    await commitImport(plain, file(statement()));
    expect(await storedRows(packed).toArray()).toEqual(await storedRows(plain).toArray());
    const blocks = await packed.blocks.toArray();
    expect(blocks.map((block) => [block.key, block.count, block.soleImport])).toEqual([
      ['1:2025-04', 1, 1],
      ['1:2025-05', 2, 1],
      ['1:2025-06', 1, 1],
    ]);
    expect(packed.store.all().map((stored) => stored.id)).toEqual([1, 2, 3, 4]);
  });

  it('merges into months that already hold rows, and skips what is stored', async () => {
    const db = freshDatabase();
    await commitImport(db, await packedFile([row('2025-05-01', -200, 'B')]));
    const second = await commitImport(db, await packedFile(statement().filter((row) => !row.pending)));
    expect(second).toMatchObject({ added: 2, duplicates: 1 });
    const stored = await storedRows(db).toArray();
    expect(stored.map((stored) => [stored.date, stored.description, stored.importId])).toEqual([
      ['2025-05-01', 'B', 1],
      ['2025-04-30', 'A', 2],
      ['2025-06-15', 'C', 2],
    ]);
    expect((await db.blocks.toArray()).map((block) => [block.key, block.soleImport])).toEqual([
      ['1:2025-04', 2],
      ['1:2025-05', 1],
      ['1:2025-06', 2],
    ]);
  });

  it('undo drops the months it wrote', async () => {
    const db = freshDatabase();
    const outcome = await commitImport(db, await packedFile(statement()));
    await undoImport(db, outcome.importId);
    expect(await db.blocks.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });
});

describe('rows stored as the import worker sends them', () => {
  const statement = () => [
    row('2025-04-30', -100, 'A'),
    row('2025-05-01', -200, 'B'),
    { ...row('2025-05-01', -200, 'B'), pending: true },
    row('2025-06-15', 300, 'C'),
  ];

  it('stores what the same rows at hand would, month by month as they come', async () => {
    const streamed = freshDatabase();
    const atHand = freshDatabase();
    const { input, stream, send } = streamedFile(statement());
    const committing = commitImport(streamed, input);
    await send();
    stream.end();
    const outcome = await committing;
    await commitImport(atHand, await packedFile(statement()));
    expect(outcome).toMatchObject({ added: 4, duplicates: 0, createdAccount: true });
    expect(await storedRows(streamed).toArray()).toEqual(await storedRows(atHand).toArray());
    expect((await streamed.blocks.toArray()).map((block) => block.soleImport)).toEqual([1, 1, 1]);
  });

  it('waits for every row when stored rows are around, and skips what is stored', async () => {
    const db = freshDatabase();
    await commitImport(db, file([row('2025-05-01', -200, 'B')]));
    const { input, stream, send } = streamedFile(statement().filter((row) => !row.pending));
    const committing = commitImport(db, input);
    await send();
    stream.end();
    expect(await committing).toMatchObject({ added: 2, duplicates: 1 });
    expect(await storedRows(db).count()).toBe(3);
  });

  it('pairs transfers with another account while the months come, and shows both legs paired', async () => {
    const db = freshDatabase();
    await commitImport(db, file([{ ...row('2025-05-02', -30000, 'TO SAVINGS'), kind: 'transfer' }]));
    const savings = {
      account: { currency: 'EUR', number: 'FR7630006000019876543210143', bankName: 'Test Bank' },
    };
    const { input, stream, send } = streamedFile(
      [...statement(), { ...row('2025-05-02', 30000, 'FROM CHECKING'), kind: 'transfer' }],
      savings,
    );
    const committing = commitImport(db, input);
    await send();
    stream.end();
    expect(await committing).toMatchObject({ added: 5, transfersPaired: 1 });
    const paired = db.store.all().filter((stored) => stored.transferPairId !== undefined);
    expect(paired.map((stored) => [stored.description, stored.category])).toEqual([
      ['TO SAVINGS', 'transfers'],
      ['FROM CHECKING', 'transfers'],
    ]);
  });

  it('stores nothing when the worker fails half-way', async () => {
    const db = freshDatabase();
    const { input, stream, send } = streamedFile(statement());
    const committing = commitImport(db, input);
    await send(1);
    stream.fail(new Error('worker failed'));
    await expect(committing).rejects.toThrow('worker failed');
    expect(await db.blocks.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });
});
