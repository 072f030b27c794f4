/** The open data, `data/dossier.json`: see src/schemas/dossier-data.ts and docs/open-data.md. */
import type { APIRoute } from 'astro';
import { buildDossierData } from '../../lib/dossier-data';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` to publish open data with absolute addresses.');
  const data = await buildDossierData(site);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
