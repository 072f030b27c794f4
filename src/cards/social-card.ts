/**
 * Open Graph cards: one picture per kind of page (a source, an actor, a key question…),
 * drawn at build time from the dossier's own words with satori (a layout of boxes and text
 * to SVG) and resvg (SVG to PNG), so a link shared in a chat or a feed reader shows what it
 * leads to. They are image files under the site, referenced by `og:image`: nothing runs in
 * the page, and the Content-Security-Policy is untouched. Fonts are files of the project
 * (Inter, from its npm package), so every build draws the same pixels.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import dossier from '../../dossier.config.ts';
import { LIST_PAGES_SEGMENT } from '../schemas/slug.ts';

/** Every kind of page with a card of its own, and what the card calls it. */
export const CARD_KINDS = {
  home: 'The explainer',
  source: 'A source, cleaned and numbered',
  actor: 'Who is who',
  outlet: 'An outlet, and who relies on it',
  question: 'A key question, answered by each source',
  compare: 'The sources compared',
  corrections: 'Corrections',
  method: 'How this dossier is made',
  search: 'Search the dossier',
  // A page of no kind of its own: the card names the dossier.
  page: dossier.title,
} as const;

export type CardKind = keyof typeof CARD_KINDS;

/** Width and height of every card, the size Open Graph readers show best. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  /** The dossier's name. */
  site: string;
  /** What the dossier is about, one line. */
  about: string;
  /** The kind of page, large. */
  kind: string;
}

/** A box of satori's layout: the shape of a React element, without React. */
interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const box = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/** The card's layout: the kind of page, large, on the site's paper, under the dossier's name. */
export function cardLayout(text: CardText): CardNode {
  // The padding sits on a flexible inner box: on the root it would add to the card's size.
  return box({ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#fbfaf7', color: '#1f1d1a', fontFamily: 'Inter' }, [
    box({ height: 24, background: '#8f2a17' }),
    box({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px' }, [
      box({ display: 'flex', flexDirection: 'column' }, [
        box({ fontSize: 40, fontWeight: 700 }, text.site),
        box({ fontSize: 30, color: '#5a554d', marginTop: 12 }, text.about),
      ]),
      box({ fontSize: 76, fontWeight: 700, lineHeight: 1.1, color: '#8f2a17' }, text.kind),
      box({ fontSize: 26, color: '#5a554d' }, 'Every sentence we write cites the source paragraph it rests on.'),
    ]),
  ]);
}

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** resvg's WebAssembly, started once per process (it refuses a second start). */
function startResvg(): Promise<void> {
  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

function cardFonts() {
  fonts ??= [400, 700].map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight: weight as 400 | 700,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The card as a PNG file's bytes. */
export async function renderCard(text: CardText): Promise<Uint8Array> {
  const svg = await satori(cardLayout(text) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts() });
  await startResvg();
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
  return png;
}

/** Which card a page has, from its address below the base ("sources/x/" → source). */
export function cardKindOf(path: string): CardKind {
  const [first = '', second] = path.split('/');
  if (first === '') return 'home';
  // The sources index's later pages (`sources/page/2/`) are index pages, not a source.
  if (first === 'sources') return second && second !== LIST_PAGES_SEGMENT ? 'source' : 'page';
  if (first === 'actors') return second ? 'actor' : 'page';
  if (first === 'outlets') return second ? 'outlet' : 'page';
  if (first === 'questions') return 'question';
  if (first === 'compare') return 'compare';
  if (first === 'corrections') return 'corrections';
  if (first === 'about') return 'method';
  if (first === 'search') return 'search';
  return 'page';
}
