type Key = string | number;

/**
 * The virtualizer measures every item again whenever its key function changes. An edit gives the list new row
 * objects but the same items in the same places: hand back the same function then, so it measures nothing.
 */
export class StableItemKeys<T> {
  private items: readonly T[] = [];
  private keyAt: (index: number) => Key = (index) => index;

  constructor(private readonly keyOf: (item: T) => Key) {}

  for(items: readonly T[]): (index: number) => Key {
    if (!this.sameKeys(items)) {
      const { keyOf } = this;
      this.keyAt = (index) => {
        const item = items[index];
        return item === undefined ? index : keyOf(item);
      };
    }
    this.items = items;
    return this.keyAt;
  }

  private sameKeys(items: readonly T[]): boolean {
    const before = this.items;
    if (before === items) return true;
    if (before.length !== items.length) return false;
    for (let index = 0; index < items.length; index += 1) {
      const a = before[index] as T;
      const b = items[index] as T;
      if (a !== b && this.keyOf(a) !== this.keyOf(b)) return false;
    }
    return true;
  }
}
