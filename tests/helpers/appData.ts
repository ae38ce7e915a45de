import type { Topology } from 'topojson-specification';
import { buildIndexes, type AppData } from '../../src/data/indexes';
import type { Partnership, ServiceArea } from '../../src/shared/types';
import { council } from './councils';

// A small, hand-made world for model tests: a county with two districts
// (one abolished into a new district in 2019), a neighbouring unitary, a
// county abolished in 2020 with its successor, two London boroughs and a
// Welsh council. Points are where links attach.

export const COUNCILS = [
  council({ code: 'E10000029', name: 'Suffolk County Council', shortName: 'Suffolk', type: 'county', tier: 'upper', region: 'East of England', point: [1.0, 52.2] }),
  council({ code: 'E07000201', name: 'Forest Heath District Council', shortName: 'Forest Heath', region: 'East of England', point: [0.55, 52.35], lastYear: 2018, successors: ['E07000245'], counties: [{ county: 'E10000029', to: 2018 }] }),
  council({ code: 'E07000204', name: 'St Edmundsbury Borough Council', shortName: 'St Edmundsbury', region: 'East of England', point: [0.7, 52.2], lastYear: 2018, successors: ['E07000245'], counties: [{ county: 'E10000029', to: 2018 }] }),
  council({ code: 'E07000245', name: 'West Suffolk Council', shortName: 'West Suffolk', region: 'East of England', point: [0.65, 52.28], firstYear: 2019, predecessors: ['E07000201', 'E07000204'], counties: [{ county: 'E10000029', from: 2019 }] }),
  council({ code: 'E07000200', name: 'Babergh District Council', shortName: 'Babergh', region: 'East of England', point: [0.9, 52.05], counties: [{ county: 'E10000029' }] }),
  council({ code: 'E10000002', name: 'Buckinghamshire County Council', shortName: 'Buckinghamshire', type: 'county', tier: 'upper', point: [-0.8, 51.8], lastYear: 2019, successors: ['E06000060'] }),
  council({ code: 'E06000060', name: 'Buckinghamshire Council', shortName: 'Buckinghamshire', type: 'unitary', tier: 'unitary', point: [-0.8, 51.8], firstYear: 2020, predecessors: ['E10000002'] }),
  council({ code: 'E09000015', name: 'London Borough of Harrow', shortName: 'Harrow', type: 'london-borough', tier: 'unitary', region: 'London', point: [-0.34, 51.59] }),
  council({ code: 'E09000003', name: 'London Borough of Barnet', shortName: 'Barnet', type: 'london-borough', tier: 'unitary', region: 'London', point: [-0.21, 51.62] }),
  council({ code: 'W06000015', name: 'City of Cardiff Council', shortName: 'Cardiff', nameCy: 'Caerdydd', type: 'welsh', tier: 'unitary', region: 'Wales', nation: 'Wales', point: [-3.18, 51.5] }),
  council({ code: 'W06000014', name: 'Vale of Glamorgan Council', shortName: 'The Vale of Glamorgan', nameCy: 'Bro Morgannwg', type: 'welsh', tier: 'unitary', region: 'Wales', nation: 'Wales', point: [-3.4, 51.43] }),
];

export const SERVICES: ServiceArea[] = [
  { id: 'management', label: 'Management', colour: '#332288', description: '', aliases: [] },
  { id: 'hr-payroll', label: 'HR and payroll', colour: '#CC6677', description: '', aliases: [] },
  { id: 'ict', label: 'ICT', colour: '#88CCEE', description: '', aliases: [] },
  { id: 'legal', label: 'Legal', colour: '#AA4499', description: '', aliases: [] },
  { id: 'regulatory', label: 'Regulatory', colour: '#44AA99', description: '', aliases: [] },
];

export function partnership(partial: Partial<Partnership> & Pick<Partnership, 'id' | 'councils'>): Partnership {
  return {
    name: partial.id.replace(/-/g, ' '),
    services: ['ict'],
    servicesAsWritten: 'IT',
    startYear: 2012,
    endYear: null,
    status: 'unknown',
    description: 'A test partnership.',
    savings: null,
    estimate: null,
    sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/' }],
    ...partial,
  };
}

export const PARTNERSHIPS: Partnership[] = [
  partnership({
    id: 'west-suffolk',
    name: 'West Suffolk shared services',
    councils: ['E07000201', 'E07000204'],
    services: ['management'],
    startYear: 2009,
    endYear: 2019,
    status: 'ended',
    estimate: { low: 3_500_000, high: 3_500_000 },
  }),
  partnership({
    id: 'suffolk-ict',
    name: 'Suffolk ICT',
    councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200'],
    lead: 'E10000029',
    services: ['ict', 'hr-payroll'],
    startYear: 2014,
    estimate: { low: 200_000, high: 999_999 },
  }),
  partnership({
    id: 'hb-public-law',
    name: 'HB Public Law',
    councils: ['E09000015', 'E09000003', 'E10000002'],
    lead: 'E09000015',
    services: ['legal'],
    startYear: 2012,
    status: 'active',
    membershipChanges: [{ council: 'E10000002', joined: 2016, source: 0 }],
    estimate: { low: 63_333, high: 63_333 },
  }),
  partnership({ id: 'harrow-barnet-hr', name: 'Harrow and Barnet HR', councils: ['E09000015', 'E09000003'], services: ['hr-payroll'], startYear: 2015 }),
  partnership({ id: 'cardiff-vale-regulatory', name: 'Shared Regulatory Services', councils: ['W06000015', 'W06000014'], services: ['regulatory'], startYear: null }),
];

const EMPTY_TOPOLOGY: Topology = { type: 'Topology', arcs: [], objects: {} };

/** The hand-made world as the app indexes it; give a topology (tests/helpers/boundaryTopology.ts) for tests that draw shapes. */
export function makeAppData(partnerships: Partnership[] = PARTNERSHIPS, topology: Topology = EMPTY_TOPOLOGY): AppData {
  return buildIndexes({
    topology,
    councils: COUNCILS,
    services: SERVICES,
    partnerships,
    meta: { builtAt: '', counts: { councils: COUNCILS.length, partnerships: partnerships.length, councilsByYear: {}, shapesByYear: {} }, sources: [] },
    rejected: [],
  });
}
