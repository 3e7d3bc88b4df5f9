import { describe, expect, it } from 'vitest';
import { currencyForLocale, formatMoney, minorToDecimalString } from './money';

describe('money', () => {
  it('prints minor units as plain decimals per currency', () => {
    expect(minorToDecimalString(-1349, 'EUR')).toBe('-13.49');
    expect(minorToDecimalString(5, 'USD')).toBe('0.05');
    expect(minorToDecimalString(1500, 'JPY')).toBe('1500');
    expect(minorToDecimalString(-1, 'BHD')).toBe('-0.001');
  });
  it('formats for the locale', () => {
    expect(formatMoney(123456, 'EUR', 'fr-FR').replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatMoney(-123456, 'USD', 'en-US')).toBe('-$1,234.56');
  });
  it('never shows a negative zero', () => {
    expect(formatMoney(-0, 'EUR', 'en-US')).toBe('€0.00');
    expect(minorToDecimalString(-0, 'EUR')).toBe('0.00');
  });
  it('shows a malformed stored currency as text instead of throwing', () => {
    expect(formatMoney(-1234, '€', 'en-US')).toBe('-12.34 €');
    expect(formatMoney(1234, '', 'en-US')).toBe('12.34');
    expect(formatMoney(123456789, '€', 'en-US', { compact: true })).toBe('1.2M €');
    expect(formatMoney(560049, 'USD', 'en-US', { compact: true })).toBe('$5.6K');
    expect(formatMoney(7670, 'USD', 'en-US', { compact: true })).toBe('$77');
    expect(formatMoney(-15590, 'EUR', 'fr-FR', { compact: true })).toBe('-156 €');
  });
  it('guesses a currency from the locale', () => {
    expect(currencyForLocale('en-GB')).toBe('GBP');
    expect(currencyForLocale('fr-FR')).toBe('EUR');
    expect(currencyForLocale('en-US')).toBe('USD');
    expect(currencyForLocale('en')).toBe('USD');
    // Regions beyond Europe and North America.
    expect(currencyForLocale('en-KE')).toBe('KES');
    expect(currencyForLocale('ar-KW')).toBe('KWD');
    expect(currencyForLocale('fa')).toBe('IRR');
    expect(currencyForLocale('es-PE')).toBe('PEN');
    expect(currencyForLocale('ja-JP')).toBe('JPY');
    expect(currencyForLocale('ja')).toBe('JPY');
    expect(currencyForLocale('sv_SE')).toBe('SEK');
    expect(currencyForLocale('de-AT')).toBe('EUR');
    expect(currencyForLocale('de')).toBe('EUR');
    expect(currencyForLocale('pt-BR')).toBe('BRL');
  });
});
