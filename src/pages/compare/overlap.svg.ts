/** The overlap picture, drawn at build time (src/compare/heat-map-svg.ts): a file the overlap page shows as an image. */
import type { APIRoute } from 'astro';
import { heatMapSvg } from '../../compare/heat-map-svg';
import { overlapPicture } from '../../compare/overlap-picture';
import { getOverlapMatrix } from '../../lib/collections';
import { LIST_LIMITS } from '../../lib/list-limits';

export const GET: APIRoute = async () => {
  const picture = overlapPicture(await getOverlapMatrix(), { sources: LIST_LIMITS.overlapPictureSources, outlets: LIST_LIMITS.overlapOutlets });
  return new Response(heatMapSvg(picture.input), { headers: { 'Content-Type': 'image/svg+xml' } });
};
