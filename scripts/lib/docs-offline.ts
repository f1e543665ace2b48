import { readFile, writeFile } from 'node:fs/promises';

/**
 * Redoc's sidebar credits Redocly with a logo it loads from Redocly's CDN. The docs site makes
 * no request off the machine, so the credit stays and the logo becomes an inline SVG (a data
 * URI, so the page remains one self-contained file).
 */
const LOGOS: Record<string, string> = {
  'https://cdn.redoc.ly/redoc/logo-mini.svg': logo(40, 'Redocly'),
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': logo(118, 'API docs by Redocly'),
};

function logo(width: number, text: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="14">` +
    `<text x="0" y="11" font-family="sans-serif" font-size="11" fill="#8c8c8c">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * Points the page's Redocly logos at inline copies. A Redoc upgrade that loads something else
 * from Redocly's CDN fails the build here; the browser test catches any other host.
 */
export function inlineRemoteAssets(html: string): string {
  let out = html;
  for (const [url, inline] of Object.entries(LOGOS)) out = out.split(url).join(inline);
  const left = /https:\/\/cdn\.redoc\.ly\/[^`"'\s)]*/.exec(out);
  if (left) throw new Error(`the docs page would load ${left[0]} from Redocly's CDN`);
  return out;
}

/** `inlineRemoteAssets` on a built page, in place. */
export async function keepPageOffline(file: string): Promise<void> {
  await writeFile(file, inlineRemoteAssets(await readFile(file, 'utf8')));
}
