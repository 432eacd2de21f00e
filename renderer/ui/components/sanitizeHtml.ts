import DOMPurify from 'dompurify';

// The one sanitiser. A whitelist of the few tags pack Markdown needs and of two attributes; links
// survive only when they point inside the app (`#/…`), everything else (http, javascript:, data:,
// mailto:, protocol-relative…) loses its href and becomes plain text.

const INTERNAL_HREF = /^#\/[A-Za-z0-9._~/%-]*$/;

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  's',
  'del',
  'mark',
  'sup',
  'sub',
  'code',
  'pre',
  'blockquote',
  'hr',
  'ul',
  'ol',
  'li',
  'a',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

export function isInternalHref(href: string | null): boolean {
  return href !== null && INTERNAL_HREF.test(href);
}

let purifier: ReturnType<typeof DOMPurify> | undefined;

// A private instance: hooks set here must not change how anyone else's DOMPurify behaves.
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    if (isInternalHref(node.getAttribute('href'))) return;
    node.removeAttribute('href');
    node.setAttribute('class', 'link-neutralised');
  });
  purifier = instance;
  return instance;
}

export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'start'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
