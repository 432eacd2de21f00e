import type { ReactNode } from 'react';

/** A heading whose level follows the document's structure (h2…h6), so the page outline stays sound. */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${Math.max(2, Math.min(6, level))}` as 'h2';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
