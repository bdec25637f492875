import type { Key, ReactNode } from 'react';

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right, in a monospaced face. */
  numeric?: boolean;
  /** This column names the row (a <th scope="row">). */
  rowHeader?: boolean;
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
  className = 'mt-3',
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Visually hidden when given: the table's name for assistive technology. */
  caption?: string;
  className?: string;
}) {
  return (
    <table className={`${className} w-full text-sm`}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
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
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-zinc-100 dark:border-zinc-800">
            {columns.map((column, index) => {
              const className = column.numeric
                ? 'px-3 py-2 text-right font-mono'
                : column.rowHeader
                  ? 'px-3 py-2 text-left font-medium'
                  : 'px-3 py-2 text-left';
              return column.rowHeader ? (
                <th key={index} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={className}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
