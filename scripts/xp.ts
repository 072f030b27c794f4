import { readFileSync } from 'node:fs';
import { cleanArticle } from './clean/pipeline.ts';
const a = readFileSync('seeds/004_bd6e33f06cb5aaa0.txt', 'utf8');
const b = readFileSync('seeds/000_6c2a3f58d0cf528c.txt', 'utf8');
cleanArticle(a);
const t0 = performance.now();
for (let i = 0; i < 150; i++) { cleanArticle(a.replace(/Trump/g, 'Trump' + 'x'.repeat(i % 7))); cleanArticle(b + i); }
console.log((performance.now() - t0).toFixed(0), 'ms', ((a.length + b.length) * 150 / 1e6).toFixed(2), 'MB');
