import { Lexer, type Token } from 'marked';

// Markdown → plain text for the clipboard: a person pastes an article into a judgment or a report,
// where `**` and `[label](#/doc/…)` would be noise. Links keep their label; structure keeps its breaks.

interface TokenLike {
  type: string;
  raw: string;
  text?: string;
  tokens?: Token[];
  items?: TokenLike[];
  ordered?: boolean;
  start?: number | '';
  header?: { text: string }[];
  rows?: { text: string }[][];
}

function inline(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      const t = token as TokenLike;
      if (t.type === 'br') return '\n';
      if (t.type === 'html') return '';
      if (t.tokens) return inline(t.tokens);
      return decodeEntities(t.text ?? t.raw);
    })
    .join('');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function block(token: TokenLike): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'html':
      return '';
    case 'list': {
      const first = typeof token.start === 'number' ? token.start : 1;
      return (token.items ?? [])
        .map((item, index) => `${token.ordered ? `${first + index}.` : '-'} ${blocks(item.tokens).trim()}`)
        .join('\n');
    }
    case 'table': {
      const rows = [token.header ?? [], ...(token.rows ?? [])];
      return rows.map((row) => row.map((cell) => decodeEntities(cell.text)).join(' | ')).join('\n');
    }
    case 'blockquote':
      return blocks(token.tokens)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'code':
      return token.text ?? '';
    default:
      return token.tokens ? inline(token.tokens) : decodeEntities(token.text ?? '');
  }
}

function blocks(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => block(token as TokenLike))
    .filter((text) => text.trim().length > 0)
    .join('\n\n');
}

export function markdownToPlain(markdown: string): string {
  return blocks(new Lexer({ gfm: true }).lex(markdown)).trim();
}
