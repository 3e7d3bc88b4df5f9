import { searchTextOf } from '../../core/workspace/filter';
import type { PatchedFrom } from '../../core/workspace/incrementalFilter';
import { patchChangedBlocks } from '../../core/workspace/patchRows';
import type { Category, Transaction } from '../../core/types';
import type { TransactionStore } from '../../db/store/transactionStore';
import type { TransactionRow } from './useTransactionRows';

/** What a row shows besides the stored transaction: its account's name and its category. */
export interface RowNames {
  accountName: (accountId: number) => string;
  category: (id: string) => Category | undefined;
}

/** The rows for one store version, and their folded search texts by position (made when a search first asks). */
export interface WorkspaceRows {
  rows: readonly TransactionRow[];
  textAt: (index: number) => string;
  /** When an edit made these rows from the previous ones: those rows and the positions that changed. */
  patchedFrom?: PatchedFrom<TransactionRow>;
}

interface Built {
  version: number;
  shapeVersion: number;
  blocks: ReadonlyMap<string, readonly Transaction[]>;
  rows: TransactionRow[];
  texts: (string | undefined)[] | null;
  patchedFrom?: PatchedFrom<TransactionRow>;
  result: WorkspaceRows;
}

/** Fields a row adds to its transaction. */
const ADDED = new Set(['id', 'accountName', 'categoryName', 'categoryInfo']);

/**
 * True when the row shows exactly this transaction's fields: a write copies every row of the block it touches,
 * and the copies of the rows it did not change keep their row (and their place on screen stays as it was).
 */
function showsSameFields(tx: Transaction, row: TransactionRow): boolean {
  for (const key in tx) if (tx[key as keyof Transaction] !== row[key as keyof TransactionRow]) return false;
  for (const key in row) if (!(key in tx) && !ADDED.has(key)) return false;
  return (tx.id ?? 0) === row.id;
}

function withTexts(built: Omit<Built, 'result'>): Built {
  const self = built as Built;
  self.result = {
    rows: built.rows,
    ...(built.patchedFrom ? { patchedFrom: built.patchedFrom } : {}),
    textAt: (index) => {
      self.texts ??= new Array<string | undefined>(built.rows.length).fill(undefined);
      return (self.texts[index] ??= searchTextOf(built.rows[index] as TransactionRow));
    },
  };
  return self;
}

/**
 * Keeps the workspace's rows across store versions for one set of names: an edit makes again only the rows of the
 * blocks it replaced (and forgets only their search texts); rows coming, going or moving make the list again.
 */
export class WorkspaceRowsKeeper {
  private built: Built | null = null;

  constructor(
    private readonly store: TransactionStore,
    private readonly toRow: (tx: Transaction) => TransactionRow,
  ) {}

  current(): WorkspaceRows {
    const version = this.store.getVersion();
    const built = this.built;
    if (built?.version === version) return built.result;
    const blocks = this.store.blockArrays();
    const shapeVersion = this.store.getShapeVersion();
    const patched =
      built && built.shapeVersion === shapeVersion
        ? patchChangedBlocks(built.rows, built.blocks, blocks, (tx, before) =>
            showsSameFields(tx, before) ? before : this.toRow(tx),
          )
        : null;
    if (built && patched) {
      if (patched.rows === built.rows) {
        built.version = version;
        built.blocks = blocks;
        return built.result;
      }
      let texts: (string | undefined)[] | null = null;
      if (built.texts) {
        texts = built.texts.slice();
        for (const position of patched.changed) texts[position] = undefined;
      }
      const patchedFrom = { rows: built.rows, changed: patched.changed };
      this.built = withTexts({ version, shapeVersion, blocks, rows: patched.rows, texts, patchedFrom });
    } else {
      const rows = this.store.newestFirst().map(this.toRow);
      this.built = withTexts({ version, shapeVersion, blocks, rows, texts: null });
    }
    return this.built.result;
  }
}
