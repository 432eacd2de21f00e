import { Marked } from 'marked';
import { escapeHtml } from '../../core/library';

// Pack Markdown → HTML string, for SafeHtml only (the string is not safe until sanitised there).
// Headings inside an entry's text are pushed below the reader's own h1–h3, so the outline of the
// page stays sound whatever the text holds. Raw HTML in Markdown (which the content compiler refuses)
// is shown as text, not parsed: a hostile pack then never even reaches the DOM parser with markup of
// its own, and DOMPurify remains the second line behind that.

const HEADING_SHIFT = 3;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + HEADING_SHIFT);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
