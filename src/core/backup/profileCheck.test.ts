/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readStatement } from '../import/readStatement';
import { badField } from './fields';
import { PROFILE, profileProblem } from './profileCheck';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'import', 'fixtures');
const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

function csvFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? csvFiles(join(folder, entry.name))
      : entry.name.endsWith('.csv')
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('reading profiles in backups', () => {
  it('accepts every profile the reader makes from the bank corpus (a real backup is never refused)', () => {
    const files = csvFiles(fixtures);
    expect(files.length).toBeGreaterThan(60);
    let checked = 0;
    for (const file of files) {
      const reading = readStatement(new Uint8Array(readFileSync(file)), parseTable);
      if (reading.fatal || reading.rows.length === 0) continue;
      const record = { ...reading.profile, savedAt: 1 } as unknown as Record<string, unknown>;
      expect(badField(record, PROFILE), file).toBeNull();
      expect(profileProblem(record), file).toBeNull();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
