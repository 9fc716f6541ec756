import { span } from '../span'

/*
 * The states added for the out-of-sample case library (docs/data.md, "Out of sample"): four
 * communist-ruled states and four non-communist partners. Same conventions as ../states.ts; source
 * ids are the WS ids of ../sources-world.ts.
 */
export const WORLD_STATES = [
  {
    id: 'MNG',
    short: 'Mongolia',
    names: [
      { from: 1949, to: 1991, name: "Mongolian People's Republic" },
      { from: 1992, to: 2026, name: 'Mongolia' },
    ],
    regime: [
      span(
        1949,
        1989,
        'communist',
        'high',
        'WS11',
        "The Mongolian People's Revolutionary Party governed alone, in step with Moscow.",
      ),
      span(
        1990,
        1990,
        'communist',
        'medium',
        'WS11',
        'The party kept its legal monopoly until the spring 1990 session of parliament struck it out, so the year counts.',
      ),
      span(
        1991,
        2026,
        'non-communist',
        'high',
        'WS11',
        "Competitive elections from 1990; the former ruling party now had to win votes, and the 1992 constitution ended the People's Republic.",
      ),
    ],
  },
  {
    id: 'YUG',
    short: 'Yugoslavia',
    names: [
      { from: 1949, to: 1962, name: "Federal People's Republic of Yugoslavia" },
      { from: 1963, to: 1992, name: 'Socialist Federal Republic of Yugoslavia' },
    ],
    lifespan: {
      from: 1949,
      to: 1992,
      confidence: 'medium',
      sources: ['WS57', 'WS6'],
      rationale:
        "The federation broke up in 1992; the UN did not let the rump FRY simply carry on its seat, unlike Russia with the USSR's.",
      contested:
        'COW keeps one state code from 1944 through the FRY and Serbia; a coder who follows COW would run these pairs to 2026.',
    },
    regime: [
      span(
        1949,
        1990,
        'communist',
        'high',
        'WS19 WS56',
        'The Communist Party, renamed the League of Communists in 1952, ruled alone and commanded the army.',
      ),
      span(
        1991,
        1992,
        'non-communist',
        'medium',
        'WS23 WS57',
        'The League fell apart at its January 1990 congress and the republics held multi-party elections that year.',
        { contested: 'Parts of the League kept power in Serbia and Montenegro under new names.' },
      ),
    ],
  },
  {
    id: 'ALB',
    short: 'Albania',
    names: [
      { from: 1949, to: 1975, name: "People's Republic of Albania" },
      { from: 1976, to: 1990, name: "People's Socialist Republic of Albania" },
      { from: 1991, to: 2026, name: 'Republic of Albania' },
    ],
    regime: [
      span(
        1949,
        1990,
        'communist',
        'high',
        'WS27 WS55',
        'The Party of Labour of Albania ruled alone under Hoxha and then Alia.',
      ),
      span(
        1991,
        1991,
        'communist',
        'medium',
        'WS27 WS55',
        'The Party of Labour won the March 1991 election and governed until June, when it renamed itself the Socialist Party.',
      ),
      span(
        1992,
        2026,
        'non-communist',
        'high',
        'WS27',
        'The Democratic Party won the March 1992 election; power has changed hands by vote since.',
      ),
    ],
  },
  {
    id: 'CUB',
    short: 'Cuba',
    names: [{ from: 1949, to: 2026, name: 'Republic of Cuba' }],
    regime: [
      span(
        1949,
        1960,
        'non-communist',
        'high',
        'WS33 WS36',
        'Prío, then Batista after his 1952 coup, then from 1959 a revolutionary government not yet declared socialist.',
      ),
      span(
        1961,
        1964,
        'communist',
        'medium',
        'WS33 WS59',
        'Castro declared the revolution socialist in April 1961; the revolutionary groups merged into one party in 1961–62.',
      ),
      span(
        1965,
        2026,
        'communist',
        'high',
        'WS34',
        'The single party became the Communist Party of Cuba in October 1965 and has ruled alone since.',
      ),
    ],
  },
  {
    id: 'GRC',
    short: 'Greece',
    names: [{ from: 1949, to: 2026, name: 'Greece' }],
    regime: [
      span(
        1949,
        2026,
        'non-communist',
        'high',
        'WS43',
        'A NATO member from February 1952; never ruled by a communist party.',
      ),
    ],
  },
  {
    id: 'TUR',
    short: 'Turkey',
    names: [{ from: 1949, to: 2026, name: 'Turkey' }],
    regime: [
      span(
        1949,
        2026,
        'non-communist',
        'high',
        'WS43',
        'A NATO member from February 1952; never ruled by a communist party.',
      ),
    ],
  },
  {
    id: 'IND',
    short: 'India',
    names: [{ from: 1949, to: 2026, name: 'India' }],
    regime: [
      span(
        1949,
        2026,
        'non-communist',
        'high',
        'WS46',
        'A parliamentary democracy; its 1971 treaty with Moscow itself speaks of states with different social systems.',
      ),
    ],
  },
  {
    id: 'PAK',
    short: 'Pakistan',
    names: [{ from: 1949, to: 2026, name: 'Pakistan' }],
    regime: [
      span(
        1949,
        2026,
        'non-communist',
        'high',
        'WS52',
        'Never ruled by a communist party; Chinese commentary calls the two neighbours with different ideologies.',
      ),
    ],
  },
]
