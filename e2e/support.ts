import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function fixturePath(name: string): string {
  return path.join(here, 'fixtures', name);
}

export interface DroppedFile {
  name: string;
  bytes: Buffer;
  type?: string;
}

export function fixtureFile(name: string): DroppedFile {
  return { name, bytes: readFileSync(fixturePath(name)), type: 'text/csv' };
}

/** Drops files on the page the way a person does: dragenter, dragover and drop with a real DataTransfer. */
export async function dropFiles(page: Page, files: DroppedFile[], selector = 'main') {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.type ?? '',
    base64: file.bytes.toString('base64'),
  }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const binary = atob(item.base64);
      const bytes = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
      transfer.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return transfer;
  }, payload);
  const status = page.getByTestId('import-status');
  const runsBefore = Number((await status.getAttribute('data-run')) ?? 0);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(selector, type, { dataTransfer });
  }
  // Wait until this drop's run has started, so a following check never reads the previous run's result.
  await expect(status).not.toHaveAttribute('data-run', String(runsBefore));
}

export function importStatus(page: Page) {
  return page.getByTestId('import-status');
}

export async function expectImportDone(
  page: Page,
  counts?: { added?: number; duplicates?: number; errors?: number },
) {
  const status = importStatus(page);
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  if (counts?.added !== undefined) await expect(status).toHaveAttribute('data-added', String(counts.added));
  if (counts?.duplicates !== undefined)
    await expect(status).toHaveAttribute('data-duplicates', String(counts.duplicates));
  if (counts?.errors !== undefined)
    await expect(status).toHaveAttribute('data-errors', String(counts.errors));
}

/** Clicks the export button and returns the downloaded CSV text. */
export async function exportCsv(page: Page): Promise<string> {
  await page.goto('/#/transactions');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export transactions (CSV)' }).click();
  const download = await downloadPromise;
  const file = await download.path();
  return readFileSync(file, 'utf8');
}

/** RFC 4180 reading of the exported CSV (quoted cells may hold commas, quotes and line breaks). */
export function parseCsvLines(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}
