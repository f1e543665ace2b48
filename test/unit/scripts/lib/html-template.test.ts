import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, loadTemplate, renderTemplate } from '../../../../scripts/lib/html-template.js';

describe('renderTemplate', () => {
  it('fills {{slots}} escaped and {{{slots}}} as given', () => {
    const html = renderTemplate('<h1 title="{{title}}">{{title}}</h1>\n{{{body}}}', {
      title: 'Tom & "Jerry" <3',
      body: '<p>Hi</p>',
    });
    expect(html).toBe(
      '<h1 title="Tom &amp; &quot;Jerry&quot; &lt;3">Tom &amp; &quot;Jerry&quot; &lt;3</h1>\n<p>Hi</p>',
    );
  });

  it('writes numbers as they print and keeps everything around the slots byte for byte', () => {
    const template = '  <p>{{count}} on :{{port}}</p>\n\t{ a: 1 } { } \n';
    expect(renderTemplate(template, { count: 0, port: 8080 })).toBe(
      '  <p>0 on :8080</p>\n\t{ a: 1 } { } \n',
    );
  });

  it('fills a slot named twice both times, and never reads slots inside inserted values', () => {
    expect(
      renderTemplate('{{name}}/{{name}} {{{raw}}}', { name: '{{raw}}', raw: '{{name}}' }),
    ).toBe('{{raw}}/{{raw}} {{name}}');
  });

  it('fails on a slot the data lacks, naming the template, the slot and its line', () => {
    expect(() =>
      renderTemplate('<h1>{{title}}</h1>\n{{{body}}}', { title: 'x' }, 'page.html'),
    ).toThrow('page.html: no value for {{{body}}} on line 2');
  });

  it('does not take a value from the prototype, or an undefined one', () => {
    expect(() => renderTemplate('{{toString}}', {})).toThrow('no value for {{toString}}');
    const data = { title: undefined } as unknown as Record<string, string>;
    expect(() => renderTemplate('{{title}}', data)).toThrow('no value for {{title}}');
  });

  it('fails on data the template never uses, so a misspelt slot cannot drop content', () => {
    expect(() =>
      renderTemplate('<h1>{{titel}}</h1>', { title: 'x', extra: 'y' }, 'page.html'),
    ).toThrow('page.html: no value for {{titel}} on line 1; no slot for title, extra');
    expect(() => renderTemplate('<h1>x</h1>', { title: 'x' })).toThrow('no slot for title');
  });

  it.each([
    ['{{{body}}', 'malformed slot {{{body}}'],
    ['{{body}}}', 'malformed slot {{body}}}'],
    ['{{{{body}}}}', 'malformed slot {{{{body}}}}'],
    ['{{ body }}', 'malformed slot {{ body }}'],
    ['{{}}', 'malformed slot {{}}'],
    ['{{body-text}}', 'malformed slot {{body-text}}'],
    ['\n{{body}', '"{{" outside a slot on line 2'],
    ['{body}}', '"}}" outside a slot on line 1'],
  ])('fails on a brace pair that is not a slot: %s', (template, message) => {
    expect(() => renderTemplate(template, {})).toThrow(message);
  });

  it('reports every problem at once', () => {
    expect(() => renderTemplate('{{a}} {{ b }}', { c: 1 }, 't')).toThrow(
      't: no value for {{a}} on line 1; malformed slot {{ b }} on line 1; no slot for c',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes what breaks an element or a double-quoted attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x?a=1&b=2">it's</a>`)).toBe(
      `&lt;a href=&quot;x?a=1&amp;b=2&quot;&gt;it's&lt;/a&gt;`,
    );
  });
});

describe('loadTemplate', () => {
  it('renders a template file and names the file in errors', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'csgkit-template-'));
    try {
      const file = path.join(dir, 'card.html');
      await writeFile(file, '<h3>{{title}}</h3>\n');
      const card = await loadTemplate(file);
      expect(card({ title: 'A & B' })).toBe('<h3>A &amp; B</h3>\n');
      expect(() => card({})).toThrow('card.html: no value for {{title}} on line 1');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
