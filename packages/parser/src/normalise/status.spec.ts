import { describe, expect, it } from 'vitest';
import { statusOf } from './status.js';

describe('statusOf', () => {
  it.each([
    ['VIGUEUR', 'in_force'],
    ['VIGUEUR_DIFF', 'scheduled'],
    ['ABROGE_DIFF', 'repeal_scheduled'],
    ['ABROGE', 'repealed'],
    ['MODIFIE', 'superseded'],
    ['TRANSFERE', 'other'],
    ['MODIFIE_MORT_NE', 'other'],
    ['', 'other'],
  ])('%s → %s', (etat, status) => {
    expect(statusOf(etat)).toBe(status);
  });
});
