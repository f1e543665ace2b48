/**
 * HTML templates with named slots, mustache style: `{{name}}` inserts a value escaped,
 * `{{{name}}}` inserts markup the caller has already rendered. A slot without a value, a value
 * no slot uses, or a brace pair that is not a slot is an error, so a typo cannot drop content.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Slot values by name; numbers are written as they print. */
export type TemplateData = Readonly<Record<string, string | number>>;

/** Escapes text for an element or a double-quoted attribute (templates quote with `"`). */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** Any brace run that could be meant as a slot; only `{{name}}` and `{{{name}}}` are. */
const TAG = /(\{{2,})([^{}]*)(\}{2,})/g;
const NAME = /^[A-Za-z_]\w*$/;

/**
 * Fills every slot of `template` from `data`; `source` names the template in errors. `{{` and
 * `}}` may appear only in slots.
 */
export function renderTemplate(template: string, data: TemplateData, source = 'template'): string {
  const problems: string[] = [];
  const lineAt = (offset: number) => template.slice(0, offset).split('\n').length;
  const used = new Set<string>();
  const html = template.replace(
    TAG,
    (tag, open: string, name: string, close: string, at: number) => {
      const raw = open.length === 3;
      if (open.length !== close.length || open.length > 3 || !NAME.test(name)) {
        problems.push(`malformed slot ${tag} on line ${lineAt(at)}`);
        return tag;
      }
      used.add(name);
      const value = Object.hasOwn(data, name) ? (data[name] as unknown) : undefined;
      if (typeof value !== 'string' && typeof value !== 'number') {
        problems.push(`no value for ${tag} on line ${lineAt(at)}`);
        return tag;
      }
      return raw ? String(value) : escapeHtml(String(value));
    },
  );
  // Blanked, not removed, so the offset still gives the line.
  const stray = /\{\{|\}\}/.exec(template.replace(TAG, (tag) => ' '.repeat(tag.length)));
  if (stray) problems.push(`"${stray[0]}" outside a slot on line ${lineAt(stray.index)}`);
  const unused = Object.keys(data).filter((name) => !used.has(name));
  if (unused.length > 0) problems.push(`no slot for ${unused.join(', ')}`);
  if (problems.length > 0) throw new Error(`${source}: ${problems.join('; ')}`);
  return html;
}

/** Reads a template file once; the renderer it returns names the file in errors. */
export async function loadTemplate(file: string): Promise<(data: TemplateData) => string> {
  const template = await readFile(file, 'utf8');
  const source = path.basename(file);
  return (data) => renderTemplate(template, data, source);
}
