import { describe, expect, it } from 'vitest';
import { markdownToPlain } from '../../../renderer/core/library/markdownToPlain';

describe('markdownToPlain', () => {
  it('keeps link labels, drops emphasis marks and raw HTML, keeps list structure', () => {
    const md =
      'Voir **[art. 3](#/doc/c182/art-3)** et *ceci*.\n\n- a) premier\n- b) second <img src=x onerror=1>\n\n1. un\n2. deux';
    expect(markdownToPlain(md)).toBe('Voir art. 3 et ceci.\n\n- a) premier\n- b) second\n\n1. un\n2. deux');
  });

  it('decodes the entities marked produces so the clipboard holds what the reader saw', () => {
    expect(markdownToPlain("L'enfant & « la loi » < 18 ans")).toBe("L'enfant & « la loi » < 18 ans");
  });
});
