/** Shared classes of the router lab's controls. */
export const fieldClass =
  'rounded-lg border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900 aria-invalid:border-red-600';
export const selectClass = `${fieldClass} pr-7`;
export const smallButton =
  'rounded-lg border border-zinc-300 px-2.5 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';
