import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, json, page, text } from '../support/dist.ts';
import { gazetteer } from '../support/gazetteer.ts';

interface ExportedEntry {
  id: string;
  places: string[];
  within: string[];
  claim?: { by: string[]; deniedBy: string[] };
}

const timeline = json<{ entries: ExportedEntry[] }>('data/timeline.json');
const map = page('map/');
const MISSILE = 'event-heris-missile-aqa-alilou';

describe('places inside places', () => {
  test('every place the five articles name has a page, and is listed beside the map or under "Elsewhere"', () => {
    const named = new Set(timeline.entries.flatMap((e) => e.places));
    const known = new Set(gazetteer().map((p) => p.id));
    expect(named.size).toBeGreaterThan(20);
    const region = new Set(map.querySelectorAll('#places-title + ul > li').map((li) => li.id));
    const elsewhere = new Set(map.querySelectorAll('#elsewhere-title ~ ul > li').map((li) => li.id));
    for (const id of named) {
      expect(known.has(id), `${id} is in content/places`).toBe(true);
      expect(existsSync(join(DIST, 'places', id, 'index.html')), `places/${id}/`).toBe(true);
      expect(region.has(`place-${id}`) || elsewhere.has(`place-${id}`), `${id} on the map page`).toBe(true);
    }
  });

  test('lists the talks’ capitals under "Elsewhere" with their entries, not with the border places', () => {
    const elsewhere = map.querySelectorAll('#elsewhere-title ~ ul > li');
    expect(elsewhere.map((li) => li.id)).toEqual(expect.arrayContaining(['place-geneva', 'place-washington']));
    expect(map.querySelector('#places-title + ul > li#place-geneva')).toBeNull();
    const geneva = map.querySelector('#elsewhere-title ~ ul > li#place-geneva')!;
    expect(geneva.querySelectorAll('.elsewhere-entries a[href*="#event-"]').length).toBeGreaterThan(0);
  });

  test('shows the missile at Aqa-Alilou on the Heris County and East Azerbaijan province pages, saying where', () => {
    for (const id of ['aqa-alilou', 'heris', 'east-azerbaijan']) {
      const entries = page(`places/${id}/`).querySelectorAll('ol.entries .entry');
      const missile = entries.find((e) => e.querySelector(`a[href$="#${MISSILE}"]`) !== null);
      expect(missile, `the missile on places/${id}/`).toBeDefined();
      const where = missile!.querySelector('.entry-where dd');
      if (id === 'aqa-alilou') expect(where).toBeNull();
      else expect(text(where)).toBe('Aqa-Alilou');
    }
  });

  test('lists what lies within East Azerbaijan province, and includes what happened there', () => {
    const province = page('places/east-azerbaijan/');
    const inside = province.querySelectorAll('.places-inside a').map((a) => a.getAttribute('href'));
    for (const id of ['khoda-afarin', 'jolfa', 'heris', 'aqa-alilou']) expect(inside).toContain(`/places/${id}/`);
    const where = province.querySelectorAll('.entry-where dd a').map((a) => a.getAttribute('data-place'));
    expect(where).toEqual(expect.arrayContaining(['khoda-afarin', 'jolfa', 'aqa-alilou']));
  });

  test('exports each entry with the places its places lie within', () => {
    const missile = timeline.entries.find((e) => e.id === MISSILE)!;
    expect(missile.places).toEqual(['aqa-alilou']);
    expect(missile.within).toEqual(['heris', 'east-azerbaijan']);
  });
});

describe('claims, precisely', () => {
  const home = page('');

  test('gives the contested badge only to a claim someone denies, and "Claim by …" to the others', () => {
    const claimed = timeline.entries.filter((e) => e.claim);
    const denied = claimed.filter((e) => e.claim!.deniedBy.length > 0);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.length).toBeLessThan(claimed.length);
    for (const e of claimed) {
      const entry = home.querySelector(`#${e.id}`)!;
      const contested = e.claim!.deniedBy.length > 0;
      expect(entry.querySelector('.badge-contested') !== null, e.id).toBe(contested);
      expect(entry.getAttribute('data-contested') === 'true', e.id).toBe(contested);
      if (!contested) expect(text(entry.querySelector('.entry-claim-by'))).toMatch(/^Claim by \S/);
    }
  });

  test('says who claims Agbend’s capture without calling it contested', () => {
    const entry = home.querySelector('#event-aliyev-claims-border-villages')!;
    expect(entry.querySelector('.badge-contested')).toBeNull();
    expect(text(entry.querySelector('.entry-claim-by'))).toBe('Claim by Azerbaijan');
  });
});
