import { describe, expect, it } from 'vitest';
import { ALL_BRANDS as brands } from './eval/allBrands';
import { cleanDescriptor } from './clean';
import { buildKnowledge, type BrandsJson } from './knowledge';

const k = buildKnowledge(brands as BrandsJson);
const clean = (raw: string) => cleanDescriptor(raw, k);

describe('cleanDescriptor', () => {
  it.each([
    ['CB CARREFOUR CITY 12/03', 'carrefour city', 'Carrefour City'],
    ['SQ *BLUE BOTTLE COFFEE OAKLAND CA', 'blue bottle coffee', 'Blue Bottle Coffee'],
    ['AMZN Mktp US*2K3L45', 'amazon', 'Amazon'],
    ['PRLV SEPA FREE MOBILE', 'free', 'Free'],
    ['BEA NR:1234 ALBERT HEIJN 1021 AMSTERDAM', 'albert heijn', 'Albert Heijn'],
    ['CARTE X4821 25/03 VINTED PARIS', 'vinted', 'Vinted'],
    ['PAYPAL *SPOTIFY', 'spotify', 'Spotify'],
    ['UBER   *EATS XRWX07V20', 'uber eats', 'Uber Eats'],
    ['UBER   *TRIP DAXPPRNZBA', 'uber', 'Uber'],
    ['MCDONALDS PARIS', 'mcdonalds', "McDonald's"],
    ['Zelle Payment To OAKWOOD PROPERTY MGMT JPM99RMJQR5', 'oakwood property mgmt', 'Oakwood Property Mgmt'],
    ['CARTE X4821 09/06 BOULANGERIE DU MARCHE PARIS', 'boulangerie du marche', 'Boulangerie du Marche'],
  ])('%s', (raw, key, name) => {
    expect(clean(raw)).toEqual({ key, name });
  });

  it('reads structured formats', () => {
    expect(
      clean('PRELEVEMENT EUROPEEN 4099313413 DE: NETFLIX.COM ID: FR83ZZZ479885 MOTIF: X REF: Y').key,
    ).toBe('netflix');
    expect(
      clean('ORIG CO NAME:ACME CORP ORIG ID:123 DESC DATE:250428 CO ENTRY DESCR:PAYROLL SEC:PPD').name,
    ).toBe('Acme');
    expect(
      clean('BURGER KING 8667 · KARTENZAHLUNG · BURGER KING 8667//München/DE 2025-05-07T17:07:21 KFN 1').key,
    ).toBe('burger king');
    expect(
      clean('Naam: Zilveren Kruis Zorgverzekeringen N.V. Omschrijving: Factuur IBAN: NL88TRIO5306194401')
        .name,
    ).toBe('Zilveren Kruis');
    expect(
      clean('/TRTP/SEPA OVERBOEKING/IBAN/NL12ABNA0123456789/BIC/ABNANL2A/NAME/J JANSEN/REMI/huur/EREF/X').key,
    ).toBe('j jansen');
    expect(clean('EREF+123 MREF+X CRED+DE12ZZZ SVWZ+Beitrag 03/25 ABWA+HUK-COBURG').name).toBe('HUK-Coburg');
  });

  it('strips legal suffixes and folds German spellings in the key only', () => {
    expect(clean('Kartenzahlung REWE Markt GmbH').key).toBe('rewe');
    expect(clean('Bäckerei Müller GmbH').key).toBe(clean('BAECKEREI MUELLER').key);
    expect(clean('Bäckerei Müller GmbH').name).toBe('Bäckerei Müller');
  });

  it('works without the dictionary (curated knowledge only) and never throws', () => {
    expect(cleanDescriptor('NETFLIX.COM 866-579-7172 CA').name).toBe('Netflix');
    for (const raw of ['', '   ', '////', '12345', '* * *', 'CB'])
      expect(() => cleanDescriptor(raw)).not.toThrow();
  });
});

describe('salary and invoice descriptors', () => {
  it('drops the month (and year) around the payer', () => {
    expect(clean('VIR RECU ACME SAS SALAIRE OCTOBRE 2026').name).toBe('Acme');
    expect(clean('GEHALT OKTOBER 2025 MUSTERFIRMA GMBH').name).toBe('Musterfirma');
  });
});
