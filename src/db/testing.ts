import { KeptDatabase } from './database';

let counter = 0;

/** A fresh, uniquely named database for one test (fake-indexeddb must be imported by the test first). */
export function freshDatabase(): KeptDatabase {
  counter += 1;
  return new KeptDatabase(`kept-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
