import type { Council } from '../../src/shared/types';

/** A council for tests, with only what the test cares about given. */
export function council(partial: Partial<Council> & Pick<Council, 'code' | 'name' | 'shortName'>): Council {
  return {
    registerKey: partial.code.slice(-3),
    altNames: [],
    type: 'district',
    tier: 'lower',
    region: 'South East',
    nation: 'England',
    point: [0, 52],
    ...partial,
  };
}

/** A handful of real councils, including abolished ones and similar names. */
export const SAMPLE_COUNCILS: Council[] = [
  council({ code: 'E10000014', name: 'Hampshire County Council', shortName: 'Hampshire', type: 'county', tier: 'upper', altNames: ['hampshire county'] }),
  council({ code: 'E10000002', name: 'Buckinghamshire County Council', shortName: 'Buckinghamshire', type: 'county', tier: 'upper', lastYear: 2019, successors: ['E06000060'] }),
  council({ code: 'E06000060', name: 'Buckinghamshire Council', shortName: 'Buckinghamshire', type: 'unitary', tier: 'unitary', firstYear: 2020, predecessors: ['E10000002'] }),
  council({ code: 'E09000015', name: 'London Borough of Harrow', shortName: 'Harrow', type: 'london-borough', tier: 'unitary', region: 'London' }),
  council({ code: 'E09000020', name: 'Royal Borough of Kensington and Chelsea', shortName: 'Kensington and Chelsea', type: 'london-borough', tier: 'unitary', region: 'London', altNames: ['Kensington & Chelsea'] }),
  council({ code: 'E07000112', name: 'Folkestone and Hythe District Council', shortName: 'Folkestone and Hythe', altNames: ['Shepway District Council', 'Shepway'] }),
  council({ code: 'E07000116', name: 'Tunbridge Wells Borough Council', shortName: 'Tunbridge Wells' }),
  council({ code: 'E06000018', name: 'Nottingham City Council', shortName: 'Nottingham', type: 'unitary', tier: 'unitary', region: 'East Midlands' }),
  council({ code: 'E10000024', name: 'Nottinghamshire County Council', shortName: 'Nottinghamshire', type: 'county', tier: 'upper', region: 'East Midlands' }),
  council({ code: 'E07000240', name: 'St Albans City and District Council', shortName: 'St Albans', formerCodes: ['E07000100'], region: 'East of England' }),
  council({ code: 'E07000146', name: "Borough Council of King's Lynn and West Norfolk", shortName: "King's Lynn and West Norfolk", region: 'East of England' }),
  council({ code: 'S12000047', name: 'Fife Council', shortName: 'Fife', type: 'scottish', tier: 'unitary', region: 'Scotland', nation: 'Scotland', formerCodes: ['S12000015'] }),
  council({ code: 'E10000023', name: 'North Yorkshire County Council', shortName: 'North Yorkshire', type: 'county', tier: 'upper', lastYear: 2022, successors: ['E06000065'] }),
  council({ code: 'E06000065', name: 'North Yorkshire Council', shortName: 'North Yorkshire', type: 'unitary', tier: 'unitary', firstYear: 2023 }),
  council({ code: 'E07000106', name: 'Canterbury City Council', shortName: 'Canterbury' }),
];
