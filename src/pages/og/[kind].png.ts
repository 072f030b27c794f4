/** The Open Graph card of each kind of page, drawn at build time (src/cards/social-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import dossier from '../../../dossier.config.ts';
import { CARD_KINDS, renderCard, type CardKind } from '../../cards/social-card';

export const getStaticPaths = (() => (Object.keys(CARD_KINDS) as CardKind[]).map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kind = params.kind as CardKind;
  const home = await getEntry('pages', 'home');
  const png = await renderCard({ site: dossier.title, about: home?.data.title ?? '', kind: CARD_KINDS[kind] });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
