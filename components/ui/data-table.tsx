import type { Key, ReactNode } from 'react';

export interface Column<Row> {
  /** Leave out every column's header for a table of named rows only: no header row then. */
  header?: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Numbers line up on the right, in a monospaced face. */
  numeric?: boolean;
  /** This column names the row (a <th scope="row">). */
  rowHeader?: boolean;
  /** Extra classes for this column's cells (e.g. a smaller face, no wrapping). */
  className?: string;
  /** A test id for this column's cell, row by row. */
  testId?: (row: Row) => string;
}

// Full class strings on purpose: Tailwind finds classes by reading the source.
const CAPTION = {
  /** Only assistive technology reads the table's name. */
  hidden: 'sr-only',
  /** A line above the table that explains it. */
  shown: 'mb-2 text-left text-zinc-600 dark:text-zinc-400',
} as const;

/**
 * A long table scrolls inside a box of this height (keyboard users can focus
 * it to scroll), with its header row kept in view.
 */
const SCROLL_HEIGHT = { md: 'max-h-96', lg: 'max-h-[32rem]' } as const;

function cellClass<Row>(column: Column<Row>): string {
  const base = column.numeric
    ? 'px-3 py-2 text-right font-mono'
    : column.rowHeader
      ? 'px-3 py-2 text-left font-medium'
      : 'px-3 py-2 text-left';
  return column.className ? `${base} ${column.className}` : base;
}

/**
 * A table of rows with column headers that screen readers announce with
 * every cell; numbers right-aligned and monospaced. The one table look of
 * the site.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionShown = false,
  labelledBy,
  scroll,
  scrollLabel,
  testId,
  rowTestId,
  rowClassName,
  className = 'mt-3',
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  /** The table's name; visually hidden unless `captionShown`. */
  caption?: ReactNode;
  captionShown?: boolean;
  /** The id of a heading that already names the table, instead of a caption. */
  labelledBy?: string;
  scroll?: keyof typeof SCROLL_HEIGHT;
  /** The scrolling box's name for assistive technology. */
  scrollLabel?: string;
  testId?: string;
  rowTestId?: (row: Row) => string;
  /** Extra classes for a row (e.g. to stress one row, or to align cells to the top). */
  rowClassName?: (row: Row) => string;
  className?: string;
}) {
  const headed = columns.some((column) => column.header !== undefined);
  const table = (
    <table
      className={[className, 'w-full text-sm'].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
      data-testid={testId}
    >
      {caption && (
        <caption className={captionShown ? CAPTION.shown : CAPTION.hidden}>{caption}</caption>
      )}
      {headed && (
        <thead className={scroll ? 'sticky top-0 bg-white dark:bg-zinc-950' : undefined}>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={column.numeric ? 'px-3 py-2 text-right' : 'px-3 py-2 text-left'}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr
            key={rowKey(row, rowIndex)}
            data-testid={rowTestId?.(row)}
            className={['border-b border-zinc-100 dark:border-zinc-800', rowClassName?.(row)]
              .filter(Boolean)
              .join(' ')}
          >
            {columns.map((column, index) => {
              const props = {
                className: cellClass(column),
                'data-testid': column.testId?.(row),
                children: column.cell(row, rowIndex),
              };
              return column.rowHeader ? (
                <th key={index} scope="row" {...props} />
              ) : (
                <td key={index} {...props} />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div className={`${SCROLL_HEIGHT[scroll]} overflow-auto`} tabIndex={0} aria-label={scrollLabel}>
      {table}
    </div>
  );
}
