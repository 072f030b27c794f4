/** The Open Graph card of each kind of page, drawn at build time (src/cards/social-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import dossier from '../../../dossier.config.ts';
import { pageCacheKey } from '../../build-cache/page-cache-key';
import { CARD_KINDS, renderCard, type CardKind } from '../../cards/social-card';

/** What a card shows besides its code: the explainer's title. */
async function explainerTitle(): Promise<string> {
  return (await getEntry('pages', 'home'))?.data.title ?? '';
}

// Each card is drawn again only when the explainer's title changes (src/build-cache/page-cache-key.ts).
export const getStaticPaths = (async () => {
  const about = await explainerTitle();
  return (Object.keys(CARD_KINDS) as CardKind[]).map((kind) => ({ params: { kind }, cacheKey: pageCacheKey({ about }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kind = params.kind as CardKind;
  const png = await renderCard({ site: dossier.title, about: await explainerTitle(), kind: CARD_KINDS[kind] });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
