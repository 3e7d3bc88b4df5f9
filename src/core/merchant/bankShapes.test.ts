import { describe, expect, it } from 'vitest';
import { categorize } from './categorize';
import { ALL_BRANDS } from './eval/allBrands';
import { buildKnowledge } from './knowledge';

const ctx = { rules: [], learned: new Map(), knowledge: buildKnowledge(ALL_BRANDS) };
const run = (description: string, amount: number, bankCategory?: string) =>
  categorize({ description, amount, ...(bankCategory ? { bankCategory } : {}) }, ctx);

describe('descriptors in every bank’s words', () => {
  it('strips card networks and card-payment phrases', () => {
    expect(
      run('VISA LIDL SAGT DANKE · Lastschrift · NR XXXX 1234 BERLIN DE KAUFUMSATZ 12.07', -2350),
    ).toMatchObject({
      merchant: 'Lidl',
      category: 'groceries',
    });
    expect(run('Pagamento Visa Debit · BAR CENTRALE MILANO', -320)).toMatchObject({
      merchant: 'Bar Centrale',
      category: 'dining',
    });
    expect(run('Kortköp 250312 HEMKOP MALMO', -9700).category).toBe('groceries');
    expect(run('VDP-DUNNES STORES', -6100).merchant).toBe('Dunnes Stores');
  });
  it('takes the counterparty from Ord:/Ben: by direction and from Transfer To', () => {
    const ordBen = 'Bonifico SEPA Italia · Ord: ACME SRL Ben: GIULIA BIANCHI Dt. Ord. 01/07/2025 Stipendio';
    expect(run(ordBen, 195000)).toMatchObject({ merchant: 'Acme', category: 'income' });
    expect(
      run('Bonifico SEPA Italia · Ord: GIULIA BIANCHI Ben: MARIO ROSSI Dt. Ord. 01/07/2025', -10000),
    ).toMatchObject({
      merchant: 'Mario Rossi',
      category: 'transfers',
    });
    expect(run('Transfer To RAY WHITE REAL ESTATE CommBank App RENT MAY', -52000).category).toBe('housing');
  });
  it('lets the transaction kind decide between look-alikes', () => {
    expect(run('VIR SEPA ACME SAS', 240000).category).toBe('income');
    expect(run('CARTE 12/12 GRAND FRAIS', -3820)).toMatchObject({
      merchant: 'Grand Frais',
      category: 'groceries',
    });
    expect(run('CARTE 12/12 TOTALENERGIES', -6500).category).toBe('transport');
    expect(run('PRLV SEPA TOTALENERGIES ELECTRICITE', -7200).category).toBe('utilities');
    expect(run('ING · Kontoführungsentgelt 07/2025', -490).category).toBe('fees');
    expect(run('Premium plan fee', -799).category).toBe('fees');
  });
  it('skips the columns that name no payee: booking types, e-mail addresses, time zones', () => {
    expect(run('Entgelt · ING · Kontoführungsentgelt 07/2025', -490)).toMatchObject({
      merchant: 'Ing',
      category: 'fees',
    });
    expect(run('CEST · Lieferant GmbH · PayPal Express-Zahlung · fibu@example.de', -2993).merchant).toBe(
      'Lieferant',
    );
    expect(run('Korttransaktion · Närbutik', -14475)).toMatchObject({
      merchant: 'Närbutik',
      category: 'groceries',
    });
  });
  it('keeps the category of an insurer paying back, and a top-up is a transfer', () => {
    expect(run('VIR MALAKOFF MEDERIC PREVOYANCE', 4500).category).toBe('insurance');
    expect(run('Apple Pay top-up by *1234', 10000).category).toBe('transfers');
  });
  it('uses the bank category as evidence, never as the merchant', () => {
    const r = run(
      'FACTURE CARTE DU 120325 CHEZ NINON CARTE 4974XXXXXXXX1234 · Restaurants, bars · Restaurant',
      -4200,
      'Restaurants, bars · Restaurant',
    );
    expect(r).toMatchObject({ merchant: 'Chez Ninon', category: 'dining', source: 'bank' });
  });
  it('shares one analysis between descriptors that differ only in digits, not between names with digits', () => {
    const a = run('CARTE 01/02 CHEZ PAULETTE 1234', -1000);
    const b = run('CARTE 03/04 CHEZ PAULETTE 5678', -1000);
    expect(b).toEqual(a);
    expect(run('PRLV SEPA 1&1 TELECOM', -999).merchant).toBe('1&1');
    expect(run('PRLV SEPA 2&2 TELECOM', -999).merchant).not.toBe('1&1');
  });
});
