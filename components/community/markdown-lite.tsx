import { Fragment } from 'react';
import { parseMarkdownLite, type Inline } from '@/lib/community/markdown-lite';

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'break':
        return <br key={index} />;
      case 'code':
        return (
          <code
            key={index}
            className="rounded bg-zinc-100 px-1 py-0.5 text-[0.9em] dark:bg-zinc-800"
          >
            {node.text}
          </code>
        );
      case 'strong':
        return (
          <strong key={index}>
            <InlineNodes nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={index}>
            <InlineNodes nodes={node.children} />
          </em>
        );
      case 'link':
        return (
          <a
            key={index}
            href={node.href}
            rel="nofollow ugc noopener noreferrer"
            target="_blank"
            className="text-brand-600 underline dark:text-brand-300"
          >
            {node.text}
          </a>
        );
    }
  });
}

/** A comment's text, rendered safely (see lib/community/markdown-lite). */
export function MarkdownLite({ source }: { source: string }) {
  return (
    <div className="space-y-2 break-words">
      {parseMarkdownLite(source).map((block, index) =>
        block.type === 'code' ? (
          <pre
            key={index}
            tabIndex={0}
            className="overflow-x-auto rounded-lg bg-zinc-100 p-3 text-sm dark:bg-zinc-800"
          >
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={index}>
            <InlineNodes nodes={block.children} />
          </p>
        ),
      )}
    </div>
  );
}
