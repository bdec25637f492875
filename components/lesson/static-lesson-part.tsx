'use client';

import { staticLessonPart, type StaticLessonPart } from '#lesson-static';
import { useLocale } from 'next-intl';
import { useEffect, useRef } from 'react';
import { attachCodeBlockBehaviour } from './code-block-behaviour';

// After a client-side navigation, one fetch of the lesson's page serves all its parts.
const sentPages = new Map<string, Promise<Document>>();

function sentPage(path: string): Promise<Document> {
  let page = sentPages.get(path);
  if (!page) {
    page = fetch(path, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error('not sent'))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    page.catch(() => sentPages.delete(path));
    sentPages.set(path, page);
  }
  return page;
}

/**
 * A static part of a lesson page (its body, its table of contents), sent
 * once: as HTML rendered on the server (see lib/content/lesson-static.server.tsx),
 * never again as React payload. In the browser React keeps that markup
 * untouched; the body's copy buttons and tabs get their behaviour here.
 * After a client-side navigation there is no server markup yet, so the part
 * is taken from the lesson's own prerendered page.
 */
export function StaticLessonPartView({
  part,
  courseSlug,
  lessonSlug,
  className,
}: {
  part: StaticLessonPart;
  courseSlug: string;
  lessonSlug: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const locale = useLocale();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const detach = part === 'body' ? attachCodeBlockBehaviour(element) : () => {};
    if (element.childNodes.length > 0) return detach;
    let current = true;
    sentPage(`/${locale}/courses/${courseSlug}/${lessonSlug}`)
      .then((page) => {
        const sent = page.querySelector(`[data-static-part="${part}"]`);
        if (current && sent && element.childNodes.length === 0)
          element.replaceChildren(
            ...[...sent.childNodes].map((node) => document.importNode(node, true)),
          );
      })
      .catch(() => {
        // Offline or gone: a full load of the page shows it.
      });
    return () => {
      current = false;
      detach();
    };
  }, [part, locale, courseSlug, lessonSlug]);

  const markup = staticLessonPart(part, courseSlug, lessonSlug);
  if (markup !== null)
    return (
      <div ref={ref} data-static-part={part} className={className}>
        {markup}
      </div>
    );
  // The same element, whose children React neither hydrates nor replaces.
  return (
    <div
      ref={ref}
      data-static-part={part}
      className={className}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: '' }}
    />
  );
}
