import { describe, expect, it } from 'vitest';
import { inferPlaces } from './places';
import { cityOf } from './cities';
import { background, contextOf, every, messages, row } from './revealTestkit';

const parisLife = () =>
  every('2025-01-02', 5, 30).map((date, index) =>
    row(
      date,
      -1200,
      `CB ${['PAUL', 'MONOPRIX', 'FNAC'][index % 3]} PARIS ${date.slice(8)}/${date.slice(5, 7)}`,
    ),
  );

describe('cityOf', () => {
  it('reads the city at the end of a descriptor, never in the middle of a shop name', () => {
    expect(cityOf('cb paul paris 02 11')?.name).toBe('Paris');
    expect(cityOf('cb pastelaria belem lisboa 18 07')).toEqual({
      name: 'Lisbon',
      country: 'PT',
      fr: 'Lisbonne',
    });
    expect(cityOf('retrait dab sg 09 11 lille')?.name).toBe('Lille');
    expect(cityOf('cb nice things shop')).toBeUndefined();
  });
});

describe('inferPlaces', () => {
  it('finds the home city, a trip at home and a trip abroad', () => {
    const found = inferPlaces(
      contextOf([
        ...parisLife(),
        row('2025-08-09', -48600, 'CB HOTEL MERCURE NICE 09/08', { category: 'travel' }),
        row('2025-08-10', -4500, 'CB RESTAURANT DU PORT NICE 10/08'),
        row('2025-08-11', -900, 'CB CAFE DE TURIN NICE 11/08'),
        row('2026-07-18', -4100, 'CB RESTAURANT DU PORT LISBOA 18/07'),
        row('2026-07-19', -600, 'CB PASTELARIA BELEM LISBOA 19/07'),
        row('2026-07-20', -3900, 'CB RESTAURANT DU PORT LISBOA 20/07'),
      ]),
    );
    expect(messages(found).sort()).toEqual(['places.home', 'places.trip', 'places.tripAbroad']);
    const abroad = found.find((finding) => finding.message === 'places.tripAbroad');
    expect(abroad?.params).toMatchObject({
      city: { city: 'Lisbon', fr: 'Lisbonne' },
      country: { country: 'PT' },
      from: { date: '2026-07-18' },
    });
    expect(abroad?.evidence).toHaveLength(3);
    expect(found.find((finding) => finding.message === 'places.home')?.params.city).toEqual({
      city: 'Paris',
    });
  });

  it('makes nothing of one purchase elsewhere, nor of a service that bills from its home town', () => {
    const found = inferPlaces(
      contextOf([
        ...parisLife(),
        row('2025-06-01', -2500, 'CB RESTAURANT DU PORT LISBOA 01/06'),
        ...every('2025-01-19', 30, 12).map((date) => row(date, -1112, 'CB SPOTIFY STOCKHOLM 19/01')),
      ]),
    );
    expect(messages(found)).toEqual(['places.home']);
  });

  it('needs many days of purchases to name a home', () => {
    expect(inferPlaces(contextOf([...background(), ...parisLife().slice(0, 4)]))).toEqual([]);
  });

  it('sees a city visited again and again as a regular place', () => {
    const visits = every('2025-01-10', 40, 6).flatMap((date) => [
      row(date, -3000, 'CB BRASSERIE ANDRE LILLE'),
      row(date, -1500, 'CB FNAC LILLE'),
    ]);
    expect(messages(inferPlaces(contextOf([...parisLife(), ...visits])))).toEqual([
      'places.home',
      'places.regular',
    ]);
  });
});
