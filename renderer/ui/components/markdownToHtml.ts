import { Marked } from 'marked';

// Pack Markdown → HTML string, for SafeHtml only (the string is not safe until sanitised there).
// Headings inside an entry's text are pushed below the reader's own h1–h3, so the outline of the
// page stays sound whatever the text holds.

const HEADING_SHIFT = 3;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + HEADING_SHIFT);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
