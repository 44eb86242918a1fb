import { describe, expect, it } from 'vitest';
import { representativeVersion, versionInForceOn } from './version-in-force.js';

// The two versions of CRPA R. 114-9-1 as the 2022-10-22 snapshot gives them, and a version still undetermined.
const repealScheduled = { id: 'LEGIARTI000038029876', status: 'repeal_scheduled', validFrom: '2019-01-21', validTo: '2023-01-01' } as const;
const scheduled = { id: 'LEGIARTI000046074358', status: 'scheduled', validFrom: '2023-01-01', validTo: null } as const;
const undetermined = { id: 'LEGIARTI999999999999', status: 'scheduled', validFrom: 'undetermined', validTo: null } as const;

describe('versionInForceOn', () => {
  const versions = [repealScheduled, scheduled, undetermined];

  it('takes the version whose period holds the day, its end excluded', () => {
    expect(versionInForceOn(versions, '2019-01-21')).toBe(repealScheduled);
    expect(versionInForceOn(versions, '2022-12-31')).toBe(repealScheduled);
    expect(versionInForceOn(versions, '2023-01-01')).toBe(scheduled);
    expect(versionInForceOn(versions, '2999-12-31')).toBe(scheduled);
  });

  it('finds none before the first version, and never an undetermined start', () => {
    expect(versionInForceOn(versions, '2019-01-20')).toBeNull();
    expect(versionInForceOn([undetermined], '2024-01-01')).toBeNull();
  });

  it('takes the one that started last when the source lets two overlap', () => {
    const older = { validFrom: '2021-04-19', validTo: null };
    const newer = { validFrom: '2023-05-14', validTo: null };
    expect(versionInForceOn([older, newer], '2023-06-01')).toBe(newer);
    expect(versionInForceOn([older, newer], '2022-06-01')).toBe(older);
  });

  it('treats an undetermined end as not yet come', () => {
    const ending = { validFrom: '2006-11-01', validTo: 'undetermined' } as const;
    expect(versionInForceOn([ending], '2030-01-01')).toBe(ending);
  });
});

describe('representativeVersion', () => {
  it('is the version in force, else the last', () => {
    expect(representativeVersion([{ status: 'in_force' }, { status: 'scheduled' }])).toEqual({ status: 'in_force' });
    expect(representativeVersion([repealScheduled, scheduled])).toBe(scheduled);
    expect(representativeVersion([])).toBeUndefined();
  });
});
