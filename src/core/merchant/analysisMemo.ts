import { isShape, newShapeScan, scanShape, shapeText } from './descriptorShape';

/** What a memo needs to know of a transaction: the analysis depends on these alone. */
export interface MemoKey {
  description: string;
  amount: number;
  bankCategory?: string;
}

interface Entry<T> {
  shape: string;
  value: T;
  /** False for a name with digits ("7-Eleven", "Forever 21"), which may differ within one shape. */
  reusable: boolean;
  /** The next entry whose shape has the same hash. */
  next: Entry<T> | undefined;
}

/** Entries of one bank category label and one sign of amount, by the hash of their shape. */
type Bucket<T> = Map<number, Entry<T>>;

/** Shapes kept before the memo starts over: a 100k-row import of nearly distinct descriptors has a few thousand. */
const SHAPE_LIMIT = 50_000;
const HAS_DIGIT = /\d/;

/**
 * Analysis per descriptor shape (see descriptorShape.ts), amount sign and bank category label: descriptors that
 * differ only in digits (store numbers, dates, card references) share one analysis, so most rows of an import
 * cost a scan of their text. The first analysis of a shape serves the later ones unless its name holds digits.
 */
export class AnalysisMemo<K extends MemoKey, T extends { merchant: string }> {
  private readonly buckets = new Map<string, Map<number, Bucket<T>>>();
  private readonly scan = newShapeScan();
  private shapeCount = 0;
  private readonly analyze: (key: K) => T;
  private readonly shapeLimit: number;

  constructor(analyze: (key: K) => T, shapeLimit = SHAPE_LIMIT) {
    this.analyze = analyze;
    this.shapeLimit = shapeLimit;
  }

  get(key: K): T {
    const bucket = this.bucketOf(key);
    scanShape(key.description, this.scan);
    const hash = this.scan.hash;
    let entry = bucket.get(hash);
    while (entry !== undefined && !isShape(this.scan, entry.shape)) entry = entry.next;
    if (entry?.reusable) return entry.value;
    const shape = entry?.shape ?? shapeText(this.scan);
    const value = this.analyze(key);
    this.store(key, hash, shape, value, entry);
    return value;
  }

  private store(key: K, hash: number, shape: string, value: T, known: Entry<T> | undefined): void {
    const reusable = !HAS_DIGIT.test(value.merchant);
    if (this.shapeCount >= this.shapeLimit) this.startOver();
    else if (known) {
      known.value = value;
      known.reusable = reusable;
      return;
    }
    const bucket = this.bucketOf(key);
    bucket.set(hash, { shape, value, reusable, next: bucket.get(hash) });
    this.shapeCount++;
  }

  private startOver(): void {
    this.buckets.clear();
    this.shapeCount = 0;
  }

  private bucketOf(key: MemoKey): Bucket<T> {
    const label = key.bankCategory ?? '';
    let signs = this.buckets.get(label);
    if (!signs) this.buckets.set(label, (signs = new Map()));
    const sign = Math.sign(key.amount);
    let bucket = signs.get(sign);
    if (!bucket) signs.set(sign, (bucket = new Map()));
    return bucket;
  }
}
